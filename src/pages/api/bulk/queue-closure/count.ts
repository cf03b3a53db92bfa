import { z } from 'zod';
import { organizationInfo } from '../../../../admin/organization-info';
import { previewClosure } from '../../../../bulk/queue-closure/preview-closure';
import { closureText } from '../../../../i18n/queue-closure';
import { defineEndpoint } from '../../../../server/endpoint';
import { dbId } from '../../../../server/input';

export const prerender = false;

const query = z.object({
  /** The service whose queue is counted (in the caller's scope). */
  serviceId: dbId(),
});

/**
 * GET /api/bulk/queue-closure/count: what closing the service's queue would finish now — the count,
 * the oldest and newest arrival, a sample, and the organization's time zone (nothing written).
 */
export const GET = defineEndpoint({
  action: 'bulk.queue-closure.count',
  permission: 'manage:queue-closure',
  query,
  handler: async ({ db, query: q, requireService }) => {
    await requireService(q.serviceId, closureText.badService);
    return previewClosure(db, q.serviceId, (await organizationInfo(db)).timeZone);
  },
});
