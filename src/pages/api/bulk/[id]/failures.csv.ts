import { accessibleRequest, bulkRequestParams } from '@/bulk/accessible-request';
import '@/bulk/kinds';
import { problemsOf } from '@/bulk/status';
import { delimiterFor, toCsv } from '@/lib/csv-writer';
import { bulkStrings } from '@/i18n/bulk';
import { csvFileStrings } from '@/i18n/csv-files';
import { defineEndpoint } from '@/server/endpoint';

export const prerender = false;

/** GET /api/bulk/<id>/failures.csv: failed and skipped items, headers in the caller's language, formulas neutralized. */
export const GET = defineEndpoint({
  action: 'bulk.failures',
  permission: null,
  params: bulkRequestParams,
  handler: async (c) => {
    const { lang } = c;
    const request = await accessibleRequest(c, 'bulk.failures');
    const items = await problemsOf(c.db, request);
    const csv = toCsv(
      [bulkStrings.t(lang, 'csv.item'), bulkStrings.t(lang, 'csv.label'), bulkStrings.t(lang, 'csv.state'), bulkStrings.t(lang, 'csv.reason')],
      items.map((i) => [i.itemKey, i.label, bulkStrings.t(lang, `state.${i.state}` as 'state.failed'), i.reason ? i.reason[lang] : '']),
      delimiterFor(lang),
    );
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${csvFileStrings.t(lang, 'file.failures', { id: request.id.slice(0, 8) })}.csv"`,
        'cache-control': 'no-store',
      },
    });
  },
});
