import { existsSync } from 'node:fs';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { DbHandle } from './client';

/** Advisory lock key held while migrating, so app instances sharing a server migrate one at a time. */
const MIGRATION_LOCK = 727_001;

/** Applies the pending drizzle migrations in `dir`; applying them again changes nothing. */
export async function migrateDatabase(handle: DbHandle, dir: string): Promise<void> {
  if (!existsSync(dir)) throw new Error(`The migrations folder ${dir} does not exist; run from the project folder or set MIGRATIONS_DIR.`);
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: dir });
    return;
  }
  const conn = await handle.sql!.reserve();
  try {
    await conn`select pg_advisory_lock(${MIGRATION_LOCK})`;
    // The lock is held by the reserved connection; the migration runs on the pool.
    await migratePostgres(handle.db as unknown as PostgresJsDatabase, { migrationsFolder: dir });
  } finally {
    await conn`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => {});
    conn.release();
  }
}
