import type { APIRoute } from 'astro';
import { guardEndpoint } from '../../../auth/guard';
import { managedServiceIds } from '../../../auth/session';
import { audit } from '../../../audit/record';
import { getRuntime } from '../../../server/runtime';
import { readQuery } from '../../../bulk/http-input';
import { historyCsvStream } from '../../../reports/interaction-history-csv';
import { historyQuery } from '../../../reports/interaction-history';
import { requestLang } from '../../../i18n/request-lang';

export const prerender = false;

/** GET /api/reports/interaction-history.csv: every matching event as CSV (streamed page by page, formulas neutralized). */
export const GET: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'module:report-builder:view');
  if (user instanceof Response) return user;
  const q = readQuery(ctx, historyQuery);
  if (q instanceof Response) return q;
  const { db } = (await getRuntime()).handle;
  const lang = requestLang(ctx.request);
  await audit(db, { actor: user, action: 'reports.interaction-history.export', inputs: Object.fromEntries(ctx.url.searchParams), outcome: 'ok', ip: ctx.clientAddress });
  return new Response(historyCsvStream(db, q, await managedServiceIds(db, user), lang, ctx.request.signal), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${lang === 'en' ? 'interaction-history' : 'historico-de-interacoes'}.csv"`,
      'cache-control': 'no-store',
    },
  });
};
