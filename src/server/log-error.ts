import { randomUUID } from 'node:crypto';
import { describeError, sqlState } from './describe-error';

/** What may be logged of an error: its class, its SQLSTATE or system code, and where it was thrown. */
export interface SafeError {
  /** Short id a person can quote; the same id is in the log line. */
  id: string;
  /** Classes and codes along the cause chain, e.g. `DrizzleQueryError ← PostgresError(42P01)`. */
  kind: string;
  /** SQLSTATE (`23505`), when a database error is in the chain. */
  code?: string;
}

/**
 * The loggable summary of an error (see describeError): never its message, since a failed query's
 * message carries the SQL and every parameter (passwords of an import, e-mails), and a database
 * error's detail carries the values of the row.
 */
export function safeError(e: unknown): SafeError {
  const kind = describeError(e).split('\n')[0];
  return { id: randomUUID().slice(0, 8), kind, code: sqlState(e) ?? undefined };
}

/**
 * Logs an unexpected error as `[tag] error <id>: <classes and codes>` plus its stack frames,
 * without any message (describeError), and returns the summary so the caller can show the id.
 */
export function logError(tag: string, e: unknown): SafeError {
  const s = safeError(e);
  console.error(`[${tag}] error ${s.id}: ${describeError(e)}`);
  return s;
}
