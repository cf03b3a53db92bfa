import { Readable } from 'node:stream';
import type { APIContext } from 'astro';
import type { Lang } from '../../i18n/ui';
import { fill } from '../../i18n/user-import';
import type { ImportReadResult } from './read-import';
import { MAX_IMPORT_BYTES } from './read-csv';

/**
 * The upload as a byte stream (the request body is the file itself, never buffered whole), or
 * the 413/400 Response to send when it is too large or missing.
 */
export function uploadStream(ctx: Pick<APIContext, 'request'>, lang: Lang): Readable | Response {
  const len = Number(ctx.request.headers.get('content-length') ?? 0);
  if (len > MAX_IMPORT_BYTES) return Response.json({ error: fill('tooLarge')[lang] }, { status: 413 });
  if (!ctx.request.body || len === 0 && ctx.request.headers.get('content-length') !== null) return Response.json({ error: fill('noBody')[lang] }, { status: 400 });
  return Readable.fromWeb(ctx.request.body as import('node:stream/web').ReadableStream<Uint8Array>);
}

/** The preview as JSON in `lang` (problems flattened to one message each). */
export function previewJson(r: ImportReadResult, lang: Lang) {
  return {
    rows: r.rows,
    valid: r.valid,
    problemCount: r.problemCount,
    problems: r.problems.map((p) => ({ line: p.line, column: p.column, message: p.message[lang] })),
    seats: r.seats,
    seatsMessage: r.seats.enough ? null : fill('seatsShort', { needed: r.seats.needed, free: r.seats.free })[lang],
    canImport: r.canImport,
    encoding: r.encoding ?? null,
    delimiter: r.delimiter ?? null,
  };
}
