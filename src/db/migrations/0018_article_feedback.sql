-- "Este artigo ajudou?", issue 21: one vote per article and signed-in user (changeable, so a flood
-- of votes from one account stays one row), with an optional plain-text comment. The article is
-- its id without the language prefix (`email/emails-not-arriving`); `lang` is the language of the
-- page the vote was cast on. The search insights page counts them per article and lists the
-- comments of "not helpful" votes. Safe to run twice.
CREATE TABLE IF NOT EXISTS "article_feedback" (
	"id" serial PRIMARY KEY NOT NULL,
	"article" text NOT NULL,
	"user_id" integer NOT NULL,
	"helpful" boolean NOT NULL,
	"comment" text,
	"lang" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
	CONSTRAINT "article_feedback_article_user_key" UNIQUE ("article", "user_id"),
	CONSTRAINT "article_feedback_article_check" CHECK (char_length("article") BETWEEN 1 AND 200),
	CONSTRAINT "article_feedback_comment_check" CHECK (char_length("comment") <= 1000),
	CONSTRAINT "article_feedback_lang_check" CHECK ("lang" IN ('pt-BR', 'en'))
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "article_feedback_user_id_idx" ON "article_feedback" ("user_id");
