import { lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { searchQueries } from '../../db/schema';
import { oldestKeptDay } from './retention';

/** Deletes the insights of days older than the retention period; returns how many rows went. */
export async function purgeSearchQueries(db: Db, now = new Date()): Promise<number> {
  const rows = await db
    .delete(searchQueries)
    .where(lt(searchQueries.day, sql`${oldestKeptDay(now)}::date`))
    .returning({ day: searchQueries.day });
  return rows.length;
}
