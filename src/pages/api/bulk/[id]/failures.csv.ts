import type { APIRoute } from 'astro';
import { loadAccessibleRequest } from '../../../../bulk/endpoint';
import { failedItems } from '../../../../bulk/status';
import { delimiterFor, toCsv } from '../../../../bulk/csv-writer';
import { requestLang } from '../../../../i18n/request-lang';
import { bt } from '../../../../i18n/bulk';
import type { Localized } from '../../../../bulk/types';

export const prerender = false;

/** GET /api/bulk/<id>/failures.csv: failed and skipped items, headers in the caller's language, formulas neutralized. */
export const GET: APIRoute = async (ctx) => {
  const l = await loadAccessibleRequest(ctx);
  if (l instanceof Response) return l;
  const lang = requestLang(ctx.request);
  const items = await failedItems(l.db, l.request.id);
  const csv = toCsv(
    [bt(lang, 'csv.item'), bt(lang, 'csv.label'), bt(lang, 'csv.state'), bt(lang, 'csv.reason')],
    items.map((i) => [i.itemKey, i.label, bt(lang, `state.${i.state}` as 'state.failed'), i.reason ? (i.reason as Localized)[lang] : '']),
    delimiterFor(lang),
  );
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${lang === 'en' ? 'failures' : 'falhas'}-${l.request.id.slice(0, 8)}.csv"`,
      'cache-control': 'no-store',
    },
  });
};
