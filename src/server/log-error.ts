import { randomUUID } from 'node:crypto';

/** What may be logged of an error: its class, its SQLSTATE or system code, and where it was thrown. */
export interface SafeError {
  /** Short id a person can quote; the same id is in the log line. */
  id: string;
  /** Class name, e.g. `DrizzleQueryError`, and the cause's (`PostgresError`) when there is one. */
  kind: string;
  /** SQLSTATE (`23505`) or system code (`ECONNREFUSED`), when known. */
  code?: string;
}

const codeOf = (e: unknown): string | undefined => {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === 'string' || typeof c === 'number' ? String(c).slice(0, 40) : undefined;
};
const nameOf = (e: unknown) => (e instanceof Error ? e.constructor?.name || e.name : typeof e);

/**
 * The loggable summary of an error. Never its message: a failed query's message carries the SQL
 * and every parameter (passwords of an import, e-mails), and a database error's detail carries
 * the values of the row.
 */
export function safeError(e: unknown): SafeError {
  const cause = e instanceof Error ? (e as { cause?: unknown }).cause : undefined;
  const kind = cause instanceof Error ? `${nameOf(e)} < ${nameOf(cause)}` : nameOf(e);
  return { id: randomUUID().slice(0, 8), kind, code: codeOf(cause) ?? codeOf(e) };
}

/** The stack frames of an error without its first line (the message). */
const framesOf = (e: unknown) =>
  e instanceof Error && e.stack
    ? e.stack
        .split('\n')
        .filter((l) => /^\s+at /.test(l))
        .slice(0, 6)
        .join('\n')
    : '';

/**
 * Logs an unexpected error as `[tag] error <id>: <class> <code>` plus its stack frames, without the
 * message (see safeError), and returns the summary so the caller can show the id.
 */
export function logError(tag: string, e: unknown): SafeError {
  const s = safeError(e);
  console.error(`[${tag}] error ${s.id}: ${s.kind}${s.code ? ` (code ${s.code})` : ''}\n${framesOf(e)}`);
  return s;
}
