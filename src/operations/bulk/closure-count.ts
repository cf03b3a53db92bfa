import { z } from 'zod';
import { organizationInfo } from '@/admin/organization-info';
import { previewClosure } from '@/bulk/queue-closure/preview-closure';
import { closureText } from '@/i18n/queue-closure';
import { dbId } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * What closing a service's queue would finish now: the count, the oldest and newest arrival, a
 * sample, and the organization's time zone. Nothing is written. Needs manage:queue-closure.
 */
export const closureCount = defineOperation({
  action: 'bulk.queue-closure.count',
  permission: 'manage:queue-closure',
  input: z.object({
    /** The service whose queue is counted (in the caller's scope). */
    serviceId: dbId(),
  }),
  handler: async ({ db, input, requireService }) => {
    await requireService(input.serviceId, closureText.badService);
    return previewClosure(db, input.serviceId, (await organizationInfo(db)).timeZone);
  },
});
