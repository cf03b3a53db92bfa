-- Search insights, issues 23 and 24. `strong` is how many of the shown results answered the query
-- (a "strong" match); a query whose last search had none is a gap: no article covers it. Rows from
-- before this column have it NULL (their `results` alone tells). `search_query_refusals` counts,
-- per day and language, the searches not recorded because the day already held the maximum of new
-- queries, so that a full day is visible on the insights page instead of silently dropping queries.
-- Safe to run twice.
ALTER TABLE "search_queries" ADD COLUMN IF NOT EXISTS "strong" integer CONSTRAINT "search_queries_strong_check" CHECK ("strong" >= 0);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "search_query_refusals" (
	"day" date NOT NULL,
	"lang" text NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"last_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_query_refusals_pk" PRIMARY KEY ("day", "lang"),
	CONSTRAINT "search_query_refusals_lang_check" CHECK ("lang" IN ('pt-BR', 'en')),
	CONSTRAINT "search_query_refusals_refused_check" CHECK ("refused" >= 0)
);
