import { importIdsCsv } from '@/bulk/user-import/templates';
import { csvFileStrings } from '@/i18n/csv-files';
import { defineEndpoint } from '@/server/endpoint';

export const prerender = false;

/** GET /api/bulk/user-import/ids.csv?lang=…: profile ids and the caller's service ids (manage:user-import). */
export const GET = defineEndpoint({
  action: 'bulk.user-import.ids',
  permission: 'manage:user-import',
  handler: async ({ db, user, lang }) =>
    new Response(await importIdsCsv(db, user, lang), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${csvFileStrings.t(lang, 'file.importIds')}.csv"` },
    }),
});
