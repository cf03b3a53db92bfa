import { z } from 'zod';
import { countQueued } from '../../../../bulk/queue-closure/request-closure';
import { closureText } from '../../../../i18n/queue-closure';
import { defineEndpoint } from '../../../../server/endpoint';
import { dbId } from '../../../../server/input';

export const prerender = false;

const query = z.object({
  /** The service whose queue is counted (in the caller's scope). */
  serviceId: dbId(),
});

/** GET /api/bulk/queue-closure/count: how many attendances are queued in the service now (the search dialog; nothing written). */
export const GET = defineEndpoint({
  action: 'bulk.queue-closure.count',
  permission: 'manage:queue-closure',
  query,
  handler: async ({ db, query: q, requireService }) => {
    await requireService(q.serviceId, closureText.badService);
    return { serviceId: q.serviceId, queued: await countQueued(db, q.serviceId) };
  },
});
