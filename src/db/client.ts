import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from './schema';
import { claimDataDir } from './lock';
import { migrateDatabase } from './migrate';

export type Schema = typeof schema;
/** One type for both drivers: everything in the app is written against it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DbHandle {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** The embedded instance, when the driver is PGlite (pg-boss runs on it). */
  pglite?: PGlite;
  /** The postgres.js client, when the driver is PostgreSQL. */
  sql?: postgres.Sql;
  /** The URL, when the driver is PostgreSQL (pg-boss opens its own pool). */
  url?: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder, or `memory://` for an in-memory database. */
  dataDir?: string;
  /** Folder of the drizzle migrations; applied on open. */
  migrationsDir: string;
  /** Connections in the postgres.js pool. Default 10. */
  poolSize?: number;
}

/** Opens the database with the right driver and applies pending migrations. */
export async function openDatabase(opts: OpenOptions): Promise<DbHandle> {
  let handle: DbHandle;
  if (opts.url) {
    const sql = postgres(opts.url, { max: opts.poolSize ?? 10, onnotice: () => {}, connect_timeout: 10 });
    try {
      await sql`select 1`;
    } catch (cause) {
      await sql.end({ timeout: 1 });
      throw new Error(`Could not connect to the PostgreSQL server in DATABASE_URL (${redactUrl(opts.url)}). Check that it runs and the URL is right.`, {
        cause,
      });
    }
    handle = { db: drizzlePostgres(sql, { schema }) as unknown as Db, driver: 'postgres', sql, url: opts.url, close: () => sql.end({ timeout: 5 }) };
  } else {
    const dir = opts.dataDir ?? './data';
    const inMemory = dir.startsWith('memory://');
    const release = inMemory ? () => {} : claimDataDir(dir);
    let pglite: PGlite;
    try {
      pglite = await PGlite.create(inMemory ? undefined : dir);
    } catch (cause) {
      release();
      throw new Error(`Could not open the embedded database in ${dir}. If it was copied or half-written, move it away and start again.`, { cause });
    }
    handle = {
      db: drizzlePglite(pglite, { schema }) as unknown as Db,
      driver: 'pglite',
      pglite,
      close: async () => {
        if (!pglite.closed) await pglite.close();
        release();
      },
    };
  }
  try {
    await migrateDatabase(handle, opts.migrationsDir);
  } catch (cause) {
    await handle.close();
    throw new Error(`Could not apply the database migrations from ${opts.migrationsDir}.`, { cause });
  }
  return handle;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
