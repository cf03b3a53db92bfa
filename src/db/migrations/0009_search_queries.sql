-- Search insights: one row per day, language and normalized query (folded, single-spaced, at most
-- 200 characters). No user, no address. `results` is the count the dialog showed the last time
-- that day; `searches` and `opens` count that day's searches and opened results. Rows older than
-- 90 days are purged daily (pg-boss job `purge-search-queries`). Safe to run twice.
CREATE TABLE IF NOT EXISTS "search_queries" (
	"day" date NOT NULL,
	"lang" text NOT NULL,
	"query" text NOT NULL,
	"results" integer NOT NULL,
	"searches" integer DEFAULT 1 NOT NULL,
	"opens" integer DEFAULT 0 NOT NULL,
	"last_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_queries_day_lang_query_pk" PRIMARY KEY ("day", "lang", "query"),
	CONSTRAINT "search_queries_lang_check" CHECK ("lang" IN ('pt-BR', 'en')),
	CONSTRAINT "search_queries_query_check" CHECK (char_length("query") BETWEEN 1 AND 200),
	CONSTRAINT "search_queries_counts_check" CHECK ("results" >= 0 AND "searches" >= 0 AND "opens" >= 0)
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "search_queries_lang_query_idx" ON "search_queries" USING btree ("lang", "query");
