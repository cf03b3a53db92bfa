import type { APIRoute } from 'astro';
import { guardEndpoint } from '../../../../auth/guard';
import { getRuntime } from '../../../../server/runtime';
import { readJson, refuseOutOfScope } from '../../../../bulk/http-input';
import { confirmBody } from '../../../../bulk/attendance-transfer/schemas';
import { notInService, requestTransfer } from '../../../../bulk/attendance-transfer/confirm';
import { transferText } from '../../../../i18n/attendance-transfer';
import { requestLang } from '../../../../i18n/request-lang';

export const prerender = false;

/** POST /api/bulk/attendance-transfer/confirm: writes the request and its items, enqueues the job → `{ requestId }`. */
export const POST: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:attendance-transfer');
  if (user instanceof Response) return user;
  const body = await readJson(ctx, confirmBody);
  if (body instanceof Response) return body;
  const rt = await getRuntime();
  const db = rt.handle.db;
  const lang = requestLang(ctx.request);
  const refused = await refuseOutOfScope(ctx, db, user, body.serviceId, 'bulk.attendance-transfer.confirm', transferText.badService);
  if (refused) return refused;
  const outside = await notInService(db, body.serviceId, body.items.map((i) => i.attendanceId));
  if (outside.length) return Response.json({ error: transferText.notInService[lang], outside }, { status: 400 });
  const request = await requestTransfer(db, rt.jobs.boss, { userId: user.id, lang, body });
  return Response.json({ requestId: request.id, total: request.total });
};
