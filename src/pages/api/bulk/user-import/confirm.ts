import type { APIRoute } from 'astro';
import { z } from 'zod';
import { guardEndpoint } from '../../../../auth/guard';
import { getRuntime } from '../../../../server/runtime';
import { requestLang } from '../../../../i18n/request-lang';
import { confirmImport } from '../../../../bulk/user-import/confirm';
import { previewJson, uploadStream } from '../../../../bulk/user-import/http';
import { audit } from '../../../../audit/record';
import { fill } from '../../../../i18n/user-import';

export const prerender = false;

/** Query of the confirm call. */
const query = z.object({
  /** Original file name, for the audit record only. Default ''. */
  name: z.string().max(200).default(''),
});

/**
 * POST /api/bulk/user-import/confirm (body: the same CSV file). Checks it again; when every row
 * is valid and seats suffice, answers 202 `{ requestId }` and the import runs as a job (all or
 * nothing). Otherwise 422 with the preview, and nothing is written. Needs manage:user-import.
 */
export const POST: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:user-import');
  if (user instanceof Response) return user;
  const lang = requestLang(ctx.request);
  const q = query.safeParse(Object.fromEntries(ctx.url.searchParams));
  const body = uploadStream(ctx, lang);
  if (body instanceof Response) return body;
  const rt = await getRuntime();
  const { request, read } = await confirmImport(rt.handle.db, rt.jobs.boss, body, user, lang, q.success ? q.data.name : '');
  if (read.fileError) return Response.json({ error: read.fileError.message[lang] }, { status: read.fileError.status });
  if (!request) {
    await audit(rt.handle.db, { actor: user, action: 'bulk.user-import.confirm', inputs: { rows: read.rows }, outcome: 'refused', details: { problems: read.problemCount, seats: read.seats }, ip: ctx.clientAddress });
    return Response.json({ error: fill('hasProblems')[lang], preview: previewJson(read, lang) }, { status: 422 });
  }
  return Response.json({ requestId: request.id, rows: read.rows }, { status: 202 });
};
