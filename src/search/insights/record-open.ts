import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { searchQueries } from '@/db/schema';
import type { Lang } from '@/i18n/ui';
import { dayOf } from './retention';

/**
 * Counts that a result of `query` (normalized) was opened, on the row of `now`'s day. Only a query
 * recorded that day counts (the dialog records it first), so this never adds a row. Returns
 * whether a row was counted.
 */
export async function recordOpen(db: Db, input: { query: string; lang: Lang }, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(searchQueries)
    .set({ opens: sql`${searchQueries.opens} + 1`, lastAt: sql`${now.toISOString()}::timestamptz` })
    .where(and(eq(searchQueries.day, dayOf(now)), eq(searchQueries.lang, input.lang), eq(searchQueries.query, input.query)))
    .returning({ query: searchQueries.query });
  return rows.length > 0;
}
