import { importTemplate } from '@/bulk/user-import/templates';
import { csvFileStrings } from '@/i18n/csv-files';
import { defineEndpoint } from '@/server/endpoint';

export const prerender = false;

/** GET /api/bulk/user-import/template.csv?lang=pt-BR|en: the empty template (manage:user-import). */
export const GET = defineEndpoint({
  action: 'bulk.user-import.template',
  permission: 'manage:user-import',
  handler: ({ lang }) =>
    new Response(importTemplate(lang), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${csvFileStrings.t(lang, 'file.importTemplate')}.csv"`,
      },
    }),
});
