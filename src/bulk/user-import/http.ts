import type { Lang } from '@/i18n/ui';
import { importStrings } from '@/i18n/user-import';
import type { ImportReadResult } from './read-import';
import { MAX_IMPORT_BYTES } from './read-csv';
import { HttpError } from '@/server/http-error';

/** How the import endpoints read their upload: the raw body as a stream, at most 20 MB. */
export const importUpload = { stream: true, maxBytes: MAX_IMPORT_BYTES, tooLarge: importStrings.l('tooLarge') } as const;

/** 400 "no file was sent" when the request carries no body. */
export function refuseEmptyUpload(request: Request): void {
  if (!request.body || request.headers.get('content-length') === '0') throw new HttpError(400, importStrings.l('noBody'));
}

/** The preview as JSON in `lang` (problems flattened to one message each). */
export function previewJson(r: ImportReadResult, lang: Lang) {
  return {
    rows: r.rows,
    valid: r.valid,
    problemCount: r.problemCount,
    problems: r.problems.map((p) => ({ line: p.line, column: p.column, message: p.message[lang] })),
    seats: r.seats,
    seatsMessage: r.seats.enough ? null : importStrings.l('seatsShort', { needed: r.seats.needed, free: r.seats.free })[lang],
    understood: r.understood.map((u) => ({ field: u.field, value: u.value, id: u.id, name: u.name[lang] })),
    canImport: r.canImport,
    encoding: r.encoding ?? null,
    delimiter: r.delimiter ?? null,
  };
}

/** What POST /api/bulk/user-import/preview answers (and a refused confirm carries as `preview`). */
export type ImportPreview = ReturnType<typeof previewJson>;
