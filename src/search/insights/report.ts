import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/rows';
import type { Lang } from '@/i18n/ui';
import { oldestKeptDay } from './retention';

/** One query of the insights page, summed over the kept days. */
export interface InsightRow {
  query: string;
  lang: Lang;
  /** Times searched. */
  searches: number;
  /** Results shown the last time. */
  results: number;
  /** Of those, the ones that answered the query (strong matches), the last time. */
  strong: number;
  /** Times a result was opened. */
  opens: number;
  /** Last searched or opened (ISO instant). */
  lastAt: string;
}

/** Searches of one day and language not recorded because the day held the maximum of new queries. */
export interface RefusalRow {
  day: string;
  lang: Lang;
  refused: number;
}

/** The lists authors act on. */
export interface InsightsReport {
  /** Gaps: queries whose last search had no result that answers them (none at all, or only "maybe"), most searched first. */
  zero: InsightRow[];
  /** Queries answered by some result, none of which was ever opened, most searched first. */
  unopened: InsightRow[];
  /** Days whose searches were refused (the day was full), newest first: a flood, or a cap to raise. */
  refused: RefusalRow[];
}

/**
 * The gaps (queries no article covers) and the queries whose results nobody opened, over the kept
 * days (one language or both), most searched first, `limit` of each; and the days that refused
 * searches. A row from before `strong` was kept counts its results instead.
 */
export async function insightsReport(db: Db, opts: { lang?: Lang; limit: number }, now = new Date()): Promise<InsightsReport> {
  const langFilter = opts.lang ? sql`and lang = ${opts.lang}` : sql``;
  const lastStrong = sql`(array_agg(coalesce(strong, results) order by last_at desc))[1]`;
  const list = (having: ReturnType<typeof sql>) =>
    queryRows<{ query: string; lang: Lang; searches: number; results: number; strong: number; opens: number; last_at: string | Date }>(
      db,
      sql`
        select query, lang, sum(searches)::int as searches, sum(opens)::int as opens,
               (array_agg(results order by last_at desc))[1] as results, ${lastStrong} as strong, max(last_at) as last_at
        from search_queries
        where day >= ${oldestKeptDay(now)}::date ${langFilter}
        group by lang, query
        having ${having}
        order by sum(searches) desc, max(last_at) desc
        limit ${opts.limit}`,
    ).then((rows) =>
      rows.map((r) => ({
        query: r.query,
        lang: r.lang,
        searches: Number(r.searches),
        results: Number(r.results),
        strong: Number(r.strong),
        opens: Number(r.opens),
        lastAt: new Date(r.last_at).toISOString(),
      })),
    );
  const [zero, unopened, refused] = await Promise.all([
    list(sql`${lastStrong} = 0`),
    list(sql`${lastStrong} > 0 and sum(opens) = 0`),
    queryRows<{ day: string | Date; lang: Lang; refused: number }>(
      db,
      sql`select day, lang, refused from search_query_refusals where day >= ${oldestKeptDay(now)}::date ${langFilter} and refused > 0 order by day desc, lang`,
    ),
  ]);
  const dayText = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));
  return { zero, unopened, refused: refused.map((r) => ({ day: dayText(r.day), lang: r.lang, refused: Number(r.refused) })) };
}
