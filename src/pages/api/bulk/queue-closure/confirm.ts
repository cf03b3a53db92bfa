import type { APIRoute } from 'astro';
import { guardEndpoint } from '../../../../auth/guard';
import { getRuntime } from '../../../../server/runtime';
import { readJson, refuseOutOfScope } from '../../../../bulk/http-input';
import { closureInput } from '../../../../bulk/queue-closure/kind';
import { requestClosure } from '../../../../bulk/queue-closure/request-closure';
import { closureText } from '../../../../i18n/queue-closure';
import { requestLang } from '../../../../i18n/request-lang';

export const prerender = false;

/** POST /api/bulk/queue-closure/confirm: snapshots the queued attendances and enqueues the closure → `{ requestId, total }`. */
export const POST: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:queue-closure');
  if (user instanceof Response) return user;
  const body = await readJson(ctx, closureInput);
  if (body instanceof Response) return body;
  const rt = await getRuntime();
  const refused = await refuseOutOfScope(ctx, rt.handle.db, user, body.serviceId, 'bulk.queue-closure.confirm', closureText.badService);
  if (refused) return refused;
  const request = await requestClosure(rt.handle.db, rt.jobs.boss, { userId: user.id, lang: requestLang(ctx.request), input: body });
  return Response.json({ requestId: request.id, total: request.total });
};
