/**
 * True when `e` (or an error in its `cause` chain: drizzle wraps the driver's error in a
 * DrizzleQueryError) is PostgreSQL's unique violation (SQLSTATE 23505), optionally on the
 * constraint or unique index named `constraint`. Both drivers (postgres.js, PGlite) expose the
 * SQLSTATE as `code`; postgres.js names the index `constraint_name`, PGlite `constraint`.
 */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  for (let err = e, depth = 0; err && typeof err === 'object' && depth < 5; err = (err as { cause?: unknown }).cause, depth++) {
    const { code, constraint_name, constraint: name } = err as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
    if (code === '23505') return constraint === undefined || constraint_name === constraint || name === constraint;
  }
  return false;
}
