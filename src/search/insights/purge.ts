import { lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { searchQueries, searchQueryRefusals } from '@/db/schema';
import { oldestKeptDay } from './retention';

/** Deletes the insights (and refusal counts) of days older than the retention period; returns how many query rows went. */
export async function purgeSearchQueries(db: Db, now = new Date()): Promise<number> {
  await db.delete(searchQueryRefusals).where(lt(searchQueryRefusals.day, sql`${oldestKeptDay(now)}::date`));
  const rows = await db
    .delete(searchQueries)
    .where(lt(searchQueries.day, sql`${oldestKeptDay(now)}::date`))
    .returning({ day: searchQueries.day });
  return rows.length;
}
