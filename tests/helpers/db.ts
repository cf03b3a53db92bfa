import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, redactUrl, type DbHandle } from '@/db/client';

export const MIGRATIONS_DIR = 'src/db/migrations';

/** Which driver the database tests run on: the real server when TEST_DATABASE_URL is set. */
export const testDriver = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or a new database
 * on the server named by TEST_DATABASE_URL (dropped by `close()`). Fails loudly when the variable
 * is set but the server cannot be reached.
 */
export async function getTestDb(): Promise<DbHandle & { url?: string }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return openDatabase({ dataDir: 'memory://', migrationsDir: MIGRATIONS_DIR });
  const admin = postgres(base, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  const name = `omni_test_${randomBytes(6).toString('hex')}`;
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (cause) {
    await admin.end({ timeout: 1 });
    throw new Error(`TEST_DATABASE_URL is set (${redactUrl(base)}) but its server cannot be used; start it or unset the variable.`, { cause });
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), migrationsDir: MIGRATIONS_DIR, poolSize: 4 });
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
