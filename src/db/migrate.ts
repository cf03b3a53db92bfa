import { existsSync } from 'node:fs';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { DbHandle } from './client';
import { LOCK_KEYS, withAdvisoryLock } from './advisory-lock';

/** Applies the pending drizzle migrations in `dir`; applying them again changes nothing. */
export async function migrateDatabase(handle: DbHandle, dir: string): Promise<void> {
  if (!existsSync(dir)) throw new Error(`The migrations folder ${dir} does not exist; run from the project folder or set MIGRATIONS_DIR.`);
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: dir });
    return;
  }
  // Instances starting at once migrate one at a time; the later ones then find nothing to apply.
  await withAdvisoryLock(handle, LOCK_KEYS.migrate, () => migratePostgres(handle.db as unknown as PostgresJsDatabase, { migrationsFolder: dir }));
}
