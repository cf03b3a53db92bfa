import type { DbHandle } from './client';

/** Advisory lock keys of start-up steps that app instances sharing one server take one at a time. */
export const LOCK_KEYS = {
  /** Applying migrations (src/db/migrate.ts). */
  migrate: 727_001,
  /** Checking for an empty database and seeding the demo organization into it. */
  seed: 727_002,
} as const;

/**
 * Runs `fn` while holding a session advisory lock on PostgreSQL, so instances starting at once
 * on one database take turns (the second sees what the first did). PGlite has one owner process:
 * `fn` just runs. The lock is held by a reserved connection; `fn` uses the pool as usual.
 */
export async function withAdvisoryLock<T>(handle: DbHandle, key: number, fn: () => Promise<T>): Promise<T> {
  if (handle.driver === 'pglite') return fn();
  const conn = await handle.sql!.reserve();
  try {
    await conn`select pg_advisory_lock(${key})`;
    return await fn();
  } finally {
    await conn`select pg_advisory_unlock(${key})`.catch(() => {});
    conn.release();
  }
}
