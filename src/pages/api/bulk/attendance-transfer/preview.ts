import type { APIRoute } from 'astro';
import { guardEndpoint } from '../../../../auth/guard';
import { getRuntime } from '../../../../server/runtime';
import { readJson, refuseOutOfScope } from '../../../../bulk/http-input';
import { previewBody } from '../../../../bulk/attendance-transfer/schemas';
import { previewTransfer } from '../../../../bulk/attendance-transfer/preview';
import { transferText } from '../../../../i18n/attendance-transfer';
import { requestLang } from '../../../../i18n/request-lang';

export const prerender = false;

/** POST /api/bulk/attendance-transfer/preview: the dry run (nothing written). */
export const POST: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:attendance-transfer');
  if (user instanceof Response) return user;
  const body = await readJson(ctx, previewBody);
  if (body instanceof Response) return body;
  const { db } = (await getRuntime()).handle;
  const refused = await refuseOutOfScope(ctx, db, user, body.filter.serviceId, 'bulk.attendance-transfer.preview', transferText.badService);
  if (refused) return refused;
  return Response.json(await previewTransfer(db, body, requestLang(ctx.request)));
};
