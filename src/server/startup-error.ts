/**
 * Why the server could not start, for the operator: unlike a request's error (log-error.ts), a
 * start-up error's message is what tells them what to fix ("in use by process 4242", "Could not
 * connect to the PostgreSQL server in DATABASE_URL (postgres://omni:***@db/omni)"), and it carries
 * no request data. Each message along the cause chain is logged (first line only; a failed query's
 * "Failed query: … params: …" text is left out all the same), with its code and a hint for the
 * codes whose fix is known.
 */

const HINTS: Record<string, string> = {
  ECONNREFUSED: 'nothing listens at that host and port: start PostgreSQL or fix the port in DATABASE_URL',
  ENOTFOUND: 'the host name in DATABASE_URL does not resolve: fix the host',
  EAI_AGAIN: 'the host name in DATABASE_URL could not be resolved now: check DNS',
  ETIMEDOUT: 'the connection timed out: check the host, port and firewall of DATABASE_URL',
  CONNECT_TIMEOUT: 'the connection timed out: check the host, port and firewall of DATABASE_URL',
  '28P01': 'the password in DATABASE_URL is wrong',
  '28000': 'the server refuses this user or address: check the user in DATABASE_URL and pg_hba.conf',
  '3D000': 'the database in DATABASE_URL does not exist: create it (createdb) and start again',
  '42501': 'the user in DATABASE_URL lacks a privilege the migrations need: grant it (owner of the database)',
  '53300': "the PostgreSQL server has no free connections: raise max_connections or lower the instances' pools",
};

/** The lines logged for a start-up error (exported for its test). */
export function startupErrorLines(e: unknown): string[] {
  const lines: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 6; depth++) {
    const err = cur as { message?: unknown; code?: unknown; constructor?: { name?: string }; cause?: unknown };
    const name = err.constructor?.name && err.constructor.name !== 'Object' ? err.constructor.name : 'Error';
    const code = typeof err.code === 'string' || typeof err.code === 'number' ? String(err.code) : undefined;
    const raw = typeof err.message === 'string' ? err.message : '';
    const message = /^failed query/i.test(raw)
      ? '(a database statement failed)'
      : raw
          .split('\n')
          .slice(0, depth === 0 ? 20 : 1)
          .join('\n')
          .slice(0, 2000);
    const hint = code ? HINTS[code] : undefined;
    lines.push(`${depth === 0 ? '' : '  caused by '}${name}${code ? `(${code})` : ''}: ${message}${hint ? `\n  hint: ${hint}` : ''}`);
    cur = err.cause;
  }
  return lines;
}

/** Logs why the runtime (database, migrations, jobs) could not start. */
export function logStartupError(e: unknown): void {
  console.error(`[startup] the server could not open its database:\n${startupErrorLines(e).join('\n')}`);
}
