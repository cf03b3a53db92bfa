import { readImport } from '../../../../bulk/user-import/read-import';
import { importUpload, previewJson, refuseEmptyUpload } from '../../../../bulk/user-import/http';
import { delimiterFor, toCsv } from '../../../../bulk/csv-writer';
import type { ImportProblem } from '../../../../bulk/user-import/validate-row';
import { defineEndpoint } from '../../../../server/endpoint';
import { z } from 'zod';

export const prerender = false;

const csvHeader = { 'pt-BR': ['linha', 'coluna', 'problema'], en: ['line', 'column', 'problem'] };

/** Query of the preview call. */
const query = z.object({
  /** `csv`: every problem as a CSV report instead of the JSON preview. Default: JSON. */
  format: z.enum(['json', 'csv']).default('json'),
});

/**
 * POST /api/bulk/user-import/preview (body: the CSV file). A dry run: counts, per-row problems
 * and license room; nothing is written. `?format=csv` answers with every problem as a CSV report
 * (formulas neutralized). Needs manage:user-import.
 */
export const POST = defineEndpoint({
  action: 'bulk.user-import.preview',
  permission: 'manage:user-import',
  query,
  body: importUpload,
  handler: async ({ api, db, user, lang, query: q, body }) => {
    refuseEmptyUpload(api.request);
    const asCsv = q.format === 'csv';
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
  },
});
