import { z } from 'zod';
import { readImport } from '@/bulk/user-import/read-import';
import { importUpload, previewJson, refuseEmptyUpload } from '@/bulk/user-import/http';
import { problemsCsvResponse } from '@/bulk/user-import/problems-csv';
import { csvFileStrings } from '@/i18n/csv-files';
import { defineEndpoint } from '@/server/endpoint';

export const prerender = false;

/** Query of the preview call. */
const query = z.object({
  /** `csv`: every problem as a CSV report instead of the JSON preview. Default: JSON. */
  format: z.enum(['json', 'csv']).default('json'),
});

/**
 * POST /api/bulk/user-import/preview (body: the CSV file). A dry run: counts, per-row problems
 * and license room; nothing is written; the JSON keeps the first 1,000 problems and counts them all.
 * `?format=csv` streams the problems as a CSV report (formulas neutralized). Needs manage:user-import.
 */
export const POST = defineEndpoint({
  action: 'bulk.user-import.preview',
  permission: 'manage:user-import',
  query,
  body: importUpload,
  handler: async ({ api, db, user, lang, query: q, body }) => {
    refuseEmptyUpload(api.request);
    if (q.format === 'csv') return problemsCsvResponse(db, body, user, lang, `${csvFileStrings.t(lang, 'file.importProblems')}.csv`);
    const r = await readImport(db, body, { actor: user });
    if (r.fileError) return Response.json({ error: r.fileError.message[lang] }, { status: r.fileError.status });
    return Response.json(previewJson(r, lang));
  },
});
