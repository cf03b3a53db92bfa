import { check, date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tstz } from './_helpers';

/**
 * Search insights: what people searched, per day, language and normalized query (no user, no
 * address). Kept 90 days. Authors read it on /admin/search to see what to write next.
 */
export const searchQueries = pgTable(
  'search_queries',
  {
    /** The day (UTC) the searches happened. */
    day: date('day').notNull(),
    /** `pt-BR` or `en`: the language of the page searched from. */
    lang: text('lang', { enum: ['pt-BR', 'en'] }).notNull(),
    /** The query folded (lower case, no accents), single-spaced, 1–200 characters. */
    query: text('query').notNull(),
    /** Results the dialog showed for it, the last time that day. */
    results: integer('results').notNull(),
    /**
     * Of those results, how many answered the query (strong matches), the last time that day; 0 is
     * a gap (no article covers it). NULL on rows recorded before it was kept.
     */
    strong: integer('strong'),
    /** Times it was searched that day. */
    searches: integer('searches').notNull().default(1),
    /** Times one of its results was opened that day. */
    opens: integer('opens').notNull().default(0),
    /** When it was last searched or opened. */
    lastAt: tstz('last_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'search_queries_day_lang_query_pk', columns: [t.day, t.lang, t.query] }),
    index('search_queries_lang_query_idx').on(t.lang, t.query),
    check('search_queries_lang_check', sql`${t.lang} IN ('pt-BR', 'en')`),
    check('search_queries_query_check', sql`char_length(${t.query}) BETWEEN 1 AND 200`),
    check('search_queries_counts_check', sql`${t.results} >= 0 AND ${t.searches} >= 0 AND ${t.opens} >= 0`),
    check('search_queries_strong_check', sql`${t.strong} >= 0`),
  ],
);

/**
 * Searches not recorded because their day already held the maximum of new queries, per day and
 * language: shown on the insights page, so that a full day is never silent.
 */
export const searchQueryRefusals = pgTable(
  'search_query_refusals',
  {
    day: date('day').notNull(),
    lang: text('lang', { enum: ['pt-BR', 'en'] }).notNull(),
    /** Searches refused that day. */
    refused: integer('refused').notNull().default(0),
    /** The last refusal. */
    lastAt: tstz('last_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'search_query_refusals_pk', columns: [t.day, t.lang] }),
    check('search_query_refusals_lang_check', sql`${t.lang} IN ('pt-BR', 'en')`),
    check('search_query_refusals_refused_check', sql`${t.refused} >= 0`),
  ],
);

export type SearchQueryRow = typeof searchQueries.$inferSelect;
