import { z } from 'zod';
import { confirmImport } from '@/bulk/user-import/confirm';
import { importUpload, previewJson, refuseEmptyUpload } from '@/bulk/user-import/http';
import { importStrings } from '@/i18n/user-import';
import { defineEndpoint } from '@/server/endpoint';
import { text } from '@/server/input';

export const prerender = false;

/** Query of the confirm call. */
const query = z.object({
  /** Original file name, for the audit record only. Default ''. */
  name: text(200).default(''),
});

/**
 * POST /api/bulk/user-import/confirm (body: the same CSV file). Checks it again; when every row
 * is valid and seats suffice, answers 202 `{ requestId }` and the import runs as a job (all or
 * nothing). Otherwise 422 with the preview, and nothing is written. Needs manage:user-import.
 */
export const POST = defineEndpoint({
  action: 'bulk.user-import.confirm',
  permission: 'manage:user-import',
  query,
  body: importUpload,
  handler: async ({ api, db, rt, user, lang, query: q, body, audit }) => {
    refuseEmptyUpload(api.request);
    const { request, read } = await confirmImport(db, rt.jobs.boss, body, user, lang, q.name);
    if (read.fileError) return Response.json({ error: read.fileError.message[lang] }, { status: read.fileError.status });
    if (!request) {
      await audit({
        action: 'bulk.user-import.confirm',
        inputs: { rows: read.rows },
        outcome: 'refused',
        details: { problems: read.problemCount, seats: read.seats },
      });
      return Response.json({ error: importStrings.l('hasProblems')[lang], preview: previewJson(read, lang) }, { status: 422 });
    }
    return Response.json({ requestId: request.id, rows: read.rows }, { status: 202 });
  },
});
