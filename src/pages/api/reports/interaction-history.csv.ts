import { organizationInfo } from '@/admin/organization-info';
import { historyCsvStream } from '@/reports/interaction-history-csv';
import { historyQuery } from '@/reports/interaction-history';
import { csvFileStrings } from '@/i18n/csv-files';
import { defineEndpoint } from '@/server/endpoint';

export const prerender = false;

/**
 * GET /api/reports/interaction-history.csv: every matching event as CSV (streamed page by page,
 * formulas neutralized). The query is checked and the first page read before the 200 starts.
 */
export const GET = defineEndpoint({
  action: 'reports.interaction-history.export',
  permission: 'module:report-builder:view',
  query: historyQuery,
  handler: async ({ api, db, lang, query, scope, requireService, audit }) => {
    if (query.serviceId !== undefined) await requireService(query.serviceId);
    const stream = await historyCsvStream(db, query, await scope(), lang, (await organizationInfo(db)).timeZone, api.request.signal);
    await audit({ action: 'reports.interaction-history.export', inputs: Object.fromEntries(api.url.searchParams), outcome: 'ok' });
    return new Response(stream, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${csvFileStrings.t(lang, 'file.interactionHistory')}.csv"`,
        'cache-control': 'no-store',
      },
    });
  },
});
