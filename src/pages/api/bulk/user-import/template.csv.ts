import type { APIRoute } from 'astro';
import { guardEndpoint } from '../../../../auth/guard';
import { requestLang } from '../../../../i18n/request-lang';
import { importTemplate } from '../../../../bulk/user-import/templates';

export const prerender = false;

/** GET /api/bulk/user-import/template.csv?lang=pt-BR|en: the empty template (manage:user-import). */
export const GET: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:user-import');
  if (user instanceof Response) return user;
  const lang = requestLang(ctx.request);
  return new Response(importTemplate(lang), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${lang === 'en' ? 'user-import-template' : 'modelo-importacao-usuarios'}.csv"` },
  });
};
