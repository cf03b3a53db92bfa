import type { APIRoute } from 'astro';
import { guardEndpoint } from '../../../../auth/guard';
import { getRuntime } from '../../../../server/runtime';
import { requestLang } from '../../../../i18n/request-lang';
import { readImport } from '../../../../bulk/user-import/read-import';
import { previewJson, uploadStream } from '../../../../bulk/user-import/http';
import { problemsCsvResponse } from '../../../../bulk/user-import/problems-csv';

export const prerender = false;

/**
 * POST /api/bulk/user-import/preview (body: the CSV file). A dry run: counts, per-row problems
 * and license room; nothing is written; the JSON keeps the first 1,000 problems and counts them all.
 * `?format=csv` streams the problems as a CSV report (formulas neutralized). Needs manage:user-import.
 */
export const POST: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:user-import');
  if (user instanceof Response) return user;
  const lang = requestLang(ctx.request);
  const body = uploadStream(ctx, lang);
  if (body instanceof Response) return body;
  const { db } = (await getRuntime()).handle;
  if (ctx.url.searchParams.get('format') === 'csv') return problemsCsvResponse(db, body, user, lang, lang === 'en' ? 'import-problems.csv' : 'problemas-importacao.csv');
  const r = await readImport(db, body, { actor: user });
  if (r.fileError) return Response.json({ error: r.fileError.message[lang] }, { status: r.fileError.status });
  return Response.json(previewJson(r, lang));
};
