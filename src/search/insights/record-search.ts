import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { Lang } from '../../i18n/ui';
import { dayOf, MAX_NEW_QUERIES_PER_DAY } from './retention';

/**
 * Counts one search of `query` (already normalized) on `now`'s day, with the number of results
 * shown. One row per day, language and query; a day takes at most MAX_NEW_QUERIES_PER_DAY new
 * queries per language, so a flood of invented queries cannot grow the table without bound.
 * Returns false when the query was not recorded because the day is full.
 */
export async function recordSearch(db: Db, input: { query: string; lang: Lang; results: number }, now = new Date()): Promise<boolean> {
  const day = dayOf(now);
  const at = now.toISOString();
  const rows = await queryRows<{ query: string }>(db, sql`
    insert into search_queries (day, lang, query, results, searches, opens, last_at)
    select ${day}::date, ${input.lang}, ${input.query}, ${input.results}, 1, 0, ${at}::timestamptz
    where exists (select 1 from search_queries where day = ${day}::date and lang = ${input.lang} and query = ${input.query})
       or (select count(*) from search_queries where day = ${day}::date and lang = ${input.lang}) < ${MAX_NEW_QUERIES_PER_DAY}
    on conflict (day, lang, query) do update
      set results = excluded.results, searches = search_queries.searches + 1, last_at = excluded.last_at
    returning query`);
  return rows.length > 0;
}
