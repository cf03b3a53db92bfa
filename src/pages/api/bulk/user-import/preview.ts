import type { APIRoute } from 'astro';
import { guardEndpoint } from '../../../../auth/guard';
import { getRuntime } from '../../../../server/runtime';
import { requestLang } from '../../../../i18n/request-lang';
import { readImport } from '../../../../bulk/user-import/read-import';
import { previewJson, uploadStream } from '../../../../bulk/user-import/http';
import { delimiterFor, toCsv } from '../../../../bulk/csv-writer';
import type { ImportProblem } from '../../../../bulk/user-import/validate-row';

export const prerender = false;

const csvHeader = { 'pt-BR': ['linha', 'coluna', 'problema'], en: ['line', 'column', 'problem'] };

/**
 * POST /api/bulk/user-import/preview (body: the CSV file). A dry run: counts, per-row problems
 * and license room; nothing is written. `?format=csv` answers with every problem as a CSV report
 * (formulas neutralized). Needs manage:user-import.
 */
export const POST: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:user-import');
  if (user instanceof Response) return user;
  const lang = requestLang(ctx.request);
  const body = uploadStream(ctx, lang);
  if (body instanceof Response) return body;
  const { db } = (await getRuntime()).handle;
  const asCsv = ctx.url.searchParams.get('format') === 'csv';
  const all: ImportProblem[] = [];
  const r = await readImport(db, body, { actor: user, onProblem: asCsv ? (p) => all.push(p) : undefined });
  if (r.fileError) return Response.json({ error: r.fileError.message[lang] }, { status: r.fileError.status });
  if (!asCsv) return Response.json(previewJson(r, lang));
  const rows = all.map((p) => [p.line, p.column, p.message[lang]]);
  if (!r.seats.enough) rows.push(['', '', previewJson(r, lang).seatsMessage ?? '']);
  return new Response(toCsv(csvHeader[lang], rows, delimiterFor(lang)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${lang === 'en' ? 'import-problems' : 'problemas-importacao'}.csv"`,
      'cache-control': 'no-store',
    },
  });
};
