import type { APIRoute } from 'astro';
import { loadAccessibleRequest } from '../../../../bulk/endpoint';
import { statusOf } from '../../../../bulk/status';
import { requestLang } from '../../../../i18n/request-lang';

export const prerender = false;

/** GET /api/bulk/<id>: state, counts, result and the first failures (requester, admins, supervisors of the service). */
export const GET: APIRoute = async (ctx) => {
  const l = await loadAccessibleRequest(ctx);
  if (l instanceof Response) return l;
  return Response.json(await statusOf(l.db, l.request, requestLang(ctx.request)));
};
