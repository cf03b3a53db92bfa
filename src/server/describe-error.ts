/**
 * What the server log may say about an unexpected error: each error's class and code along the
 * cause chain, and the stack frames of the outermost one. Never the messages: a database error's
 * message carries the SQL text and its parameters (drizzle's "Failed query: … params: …"), and a
 * PostgreSQL message can quote the offending value.
 */
export function describeError(e: unknown): string {
  const parts: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 5; depth++) {
    if (cur instanceof Error || (typeof cur === 'object' && cur !== null)) {
      const err = cur as { name?: string; code?: unknown; constructor?: { name?: string }; cause?: unknown };
      const name = err.constructor?.name && err.constructor.name !== 'Object' ? err.constructor.name : (err.name ?? 'Error');
      parts.push(typeof err.code === 'string' || typeof err.code === 'number' ? `${name}(${String(err.code)})` : name);
      cur = err.cause;
    } else {
      parts.push(typeof cur);
      break;
    }
  }
  const frames =
    e instanceof Error && e.stack
      ? e.stack
          .split('\n')
          .filter((l) => /^\s+at /.test(l))
          .slice(0, 8)
      : [];
  return [parts.join(' ← '), ...frames].join('\n');
}

/** The SQLSTATE of a database error anywhere in the cause chain, or null. */
export function sqlState(e: unknown): string | null {
  let cur: unknown = e;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return null;
}
