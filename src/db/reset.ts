import { sql } from 'drizzle-orm';
import type { Db } from './client';

/** Drops every table of the app, its migration journal and pg-boss's schema. Demo and tests only. */
export async function wipeDatabase(db: Db): Promise<void> {
  await db.execute(sql`drop schema if exists public cascade`);
  await db.execute(sql`create schema public`);
  await db.execute(sql`drop schema if exists drizzle cascade`);
  await db.execute(sql`drop schema if exists pgboss cascade`);
}
