import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { Lang } from '../../i18n/ui';
import { oldestKeptDay } from './retention';

/** One query of the insights page, summed over the kept days. */
export interface InsightRow {
  query: string;
  lang: Lang;
  /** Times searched. */
  searches: number;
  /** Results shown the last time. */
  results: number;
  /** Times a result was opened. */
  opens: number;
  /** Last searched or opened (ISO instant). */
  lastAt: string;
}

/** The two lists authors act on. */
export interface InsightsReport {
  /** Queries whose last search showed nothing, most searched first. */
  zero: InsightRow[];
  /** Queries that showed results but none of which was ever opened, most searched first. */
  unopened: InsightRow[];
}

/**
 * The queries that found nothing and those whose results nobody opened, over the kept days (one
 * language or both), most searched first, `limit` of each.
 */
export async function insightsReport(db: Db, opts: { lang?: Lang; limit: number }, now = new Date()): Promise<InsightsReport> {
  const langFilter = opts.lang ? sql`and lang = ${opts.lang}` : sql``;
  const list = (having: ReturnType<typeof sql>) =>
    queryRows<{ query: string; lang: Lang; searches: number; results: number; opens: number; last_at: string | Date }>(
      db,
      sql`
        select query, lang, sum(searches)::int as searches, sum(opens)::int as opens,
               (array_agg(results order by last_at desc))[1] as results, max(last_at) as last_at
        from search_queries
        where day >= ${oldestKeptDay(now)}::date ${langFilter}
        group by lang, query
        having ${having}
        order by sum(searches) desc, max(last_at) desc
        limit ${opts.limit}`,
    ).then((rows) => rows.map((r) => ({ query: r.query, lang: r.lang, searches: Number(r.searches), results: Number(r.results), opens: Number(r.opens), lastAt: new Date(r.last_at).toISOString() })));
  const [zero, unopened] = await Promise.all([
    list(sql`(array_agg(results order by last_at desc))[1] = 0`),
    list(sql`(array_agg(results order by last_at desc))[1] > 0 and sum(opens) = 0`),
  ]);
  return { zero, unopened };
}
