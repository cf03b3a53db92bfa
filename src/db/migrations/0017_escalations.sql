-- Escalation records (issue 21): what an agent did on a call, behind one unguessable link. `id` is
-- 128 random bits in base32 (26 characters). `service_id` comes from the attendance, when given, and
-- widens who may read the record to the supervisors of that service. Runs are attached by id; the
-- timeline (`escalation_events`) is append-only. Safe to run twice.
CREATE TABLE IF NOT EXISTS "escalations" (
	"id" text PRIMARY KEY NOT NULL,
	"created_by" integer REFERENCES "users"("id") ON DELETE SET NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lang" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"assignee_id" integer REFERENCES "users"("id") ON DELETE SET NULL,
	"target" text,
	"article" text NOT NULL,
	"section" text,
	"article_hash" text NOT NULL,
	"query" text,
	"symptom" text NOT NULL,
	"told_customer" text,
	"attendance_id" bigint,
	"service_id" integer REFERENCES "services"("id") ON DELETE SET NULL,
	"kb_outcome" text,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "escalations_id_check" CHECK ("id" ~ '^[a-z2-7]{26}$'),
	CONSTRAINT "escalations_lang_check" CHECK ("lang" IN ('pt-BR', 'en')),
	CONSTRAINT "escalations_status_check" CHECK ("status" IN ('open', 'taken', 'resolved', 'cancelled')),
	CONSTRAINT "escalations_kb_outcome_check" CHECK ("kb_outcome" IS NULL OR "kb_outcome" IN ('covered', 'gap', 'wrong')),
	CONSTRAINT "escalations_resolved_outcome_check" CHECK (("status" = 'resolved') = ("kb_outcome" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "escalations_created_by_idx" ON "escalations" USING btree ("created_by", "created_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "escalations_assignee_idx" ON "escalations" USING btree ("assignee_id") WHERE "assignee_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "escalations_open_idx" ON "escalations" USING btree ("service_id") WHERE "status" IN ('open', 'taken');
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "escalations_outcome_idx" ON "escalations" USING btree ("article") WHERE "kb_outcome" IN ('gap', 'wrong');
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "escalation_runs" (
	"escalation_id" text NOT NULL REFERENCES "escalations"("id") ON DELETE CASCADE,
	"check_run_id" bigint NOT NULL REFERENCES "check_runs"("id") ON DELETE CASCADE,
	"origin" text NOT NULL,
	"rerun_of" bigint REFERENCES "check_runs"("id") ON DELETE SET NULL,
	"by_id" integer REFERENCES "users"("id") ON DELETE SET NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "escalation_runs_pk" PRIMARY KEY ("escalation_id", "check_run_id"),
	CONSTRAINT "escalation_runs_origin_check" CHECK ("origin" IN ('agent', 'rerun'))
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "escalation_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"escalation_id" text NOT NULL REFERENCES "escalations"("id") ON DELETE CASCADE,
	"kind" text NOT NULL,
	"author_id" integer REFERENCES "users"("id") ON DELETE SET NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"text" text,
	"details" jsonb,
	CONSTRAINT "escalation_events_kind_check" CHECK ("kind" IN ('created', 'note', 'rerun', 'assigned', 'status')),
	CONSTRAINT "escalation_events_text_check" CHECK ("text" IS NULL OR char_length("text") <= 4000)
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "escalation_events_escalation_idx" ON "escalation_events" USING btree ("escalation_id", "id");
