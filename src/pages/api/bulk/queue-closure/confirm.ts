import { closureInput } from '../../../../bulk/queue-closure/kind';
import { requestClosure } from '../../../../bulk/queue-closure/request-closure';
import { closureText } from '../../../../i18n/queue-closure';
import { defineEndpoint } from '../../../../server/endpoint';

export const prerender = false;

/** POST /api/bulk/queue-closure/confirm: records the range (service, newest id of the preview) and how many it holds queued, and enqueues the closure → `{ requestId, total }`. */
export const POST = defineEndpoint({
  action: 'bulk.queue-closure.confirm',
  permission: 'manage:queue-closure',
  body: { json: closureInput },
  handler: async ({ db, rt, user, lang, body, requireService }) => {
    await requireService(body.serviceId, closureText.badService);
    const request = await requestClosure(db, rt.jobs.boss, { userId: user.id, lang, input: body });
    return { requestId: request.id, total: request.total };
  },
});
