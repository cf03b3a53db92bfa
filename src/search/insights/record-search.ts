import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/rows';
import type { Lang } from '@/i18n/ui';
import { dayOf, MAX_NEW_QUERIES_PER_DAY } from './retention';

/** What became of a recorded search: counted, or refused because its day is full (and that refusal counted). */
export type RecordOutcome = 'recorded' | 'refused';

/**
 * Counts one search of `query` (already normalized) on `now`'s day, with the number of results
 * shown and how many of them answered it (strong). One row per day, language and query; a day
 * takes at most `maxNew` new queries per language, so the table cannot grow without bound. A
 * search refused for that is not dropped silently: it raises the day's refusal counter, which the
 * insights page shows.
 */
export async function recordSearch(
  db: Db,
  input: { query: string; lang: Lang; results: number; strong: number },
  now = new Date(),
  maxNew = MAX_NEW_QUERIES_PER_DAY,
): Promise<RecordOutcome> {
  const day = dayOf(now);
  const at = now.toISOString();
  const rows = await queryRows<{ query: string }>(
    db,
    sql`
    insert into search_queries (day, lang, query, results, strong, searches, opens, last_at)
    select ${day}::date, ${input.lang}, ${input.query}, ${input.results}, ${input.strong}, 1, 0, ${at}::timestamptz
    where exists (select 1 from search_queries where day = ${day}::date and lang = ${input.lang} and query = ${input.query})
       or (select count(*) from search_queries where day = ${day}::date and lang = ${input.lang}) < ${maxNew}
    on conflict (day, lang, query) do update
      set results = excluded.results, strong = excluded.strong, searches = search_queries.searches + 1, last_at = excluded.last_at
    returning query`,
  );
  if (rows.length > 0) return 'recorded';
  await db.execute(sql`
    insert into search_query_refusals (day, lang, refused, last_at) values (${day}::date, ${input.lang}, 1, ${at}::timestamptz)
    on conflict (day, lang) do update set refused = search_query_refusals.refused + 1, last_at = excluded.last_at`);
  return 'refused';
}
