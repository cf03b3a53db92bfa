import type { APIRoute } from 'astro';
import { guardEndpoint } from '../../../../auth/guard';
import { requestLang } from '../../../../i18n/request-lang';
import { getRuntime } from '../../../../server/runtime';
import { importIdsCsv } from '../../../../bulk/user-import/templates';

export const prerender = false;

/** GET /api/bulk/user-import/ids.csv?lang=…: profile ids and the caller's service ids (manage:user-import). */
export const GET: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:user-import');
  if (user instanceof Response) return user;
  const lang = requestLang(ctx.request);
  const { db } = (await getRuntime()).handle;
  return new Response(await importIdsCsv(db, user, lang), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${lang === 'en' ? 'profile-and-service-ids' : 'ids-perfis-e-servicos'}.csv"` },
  });
};
