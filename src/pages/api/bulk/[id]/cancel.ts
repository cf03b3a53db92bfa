import type { APIRoute } from 'astro';
import { loadAccessibleRequest } from '../../../../bulk/endpoint';
import { cancelBulkRequest } from '../../../../bulk/requests';
import { audit } from '../../../../audit/record';
import { requestLang } from '../../../../i18n/request-lang';
import { bt } from '../../../../i18n/bulk';

export const prerender = false;

/** POST /api/bulk/<id>/cancel: cancels a request still waiting (409 once it runs). */
export const POST: APIRoute = async (ctx) => {
  const l = await loadAccessibleRequest(ctx);
  if (l instanceof Response) return l;
  const lang = requestLang(ctx.request);
  const ok = await cancelBulkRequest(l.db, l.boss, l.request.id);
  await audit(l.db, { actor: l.user, action: `bulk.${l.request.kind}.cancel`, target: `bulk-request:${l.request.id}`, outcome: ok ? 'ok' : 'refused', ip: ctx.clientAddress });
  if (!ok) return Response.json({ error: bt(lang, 'notWaiting') }, { status: 409 });
  return Response.json({ ok: true, message: bt(lang, 'cancelled') });
};
