import { importTemplate, templateExample } from '@/bulk/user-import/templates';
import { csvFileStrings } from '@/i18n/csv-files';
import { defineEndpoint } from '@/server/endpoint';

export const prerender = false;

/**
 * GET /api/bulk/user-import/template.csv?lang=pt-BR|en: the template (manage:user-import): the header
 * and one example row (a service and profile the caller may give, by name; an example.invalid
 * e-mail the import refuses until the row is replaced).
 */
export const GET = defineEndpoint({
  action: 'bulk.user-import.template',
  permission: 'manage:user-import',
  handler: async ({ db, user, lang }) =>
    new Response(importTemplate(lang, await templateExample(db, user, lang)), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${csvFileStrings.t(lang, 'file.importTemplate')}.csv"`,
      },
    }),
});
