import { closureInput } from '@/bulk/queue-closure/kind';
import { requestClosure } from '@/bulk/queue-closure/request-closure';
import { closureText } from '@/i18n/queue-closure';
import { defineOperation } from '@/server/operation';

/**
 * Confirms a queue closure: records the range (service, newest id of the preview) and how many it
 * holds queued, and enqueues the job → `{ requestId, total }`. Needs manage:queue-closure.
 */
export const closureConfirm = defineOperation({
  action: 'bulk.queue-closure.confirm',
  permission: 'manage:queue-closure',
  input: closureInput,
  handler: async ({ db, rt, user, lang, input, requireService }) => {
    await requireService(input.serviceId, closureText.badService);
    const request = await requestClosure(db, rt.jobs.boss, { userId: user.id, lang, input });
    return { requestId: request.id, total: request.total };
  },
});
