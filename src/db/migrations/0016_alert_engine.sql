-- Alert engine (issue 20): how a stored run ended (`result`, or `timeout`/`error` when the runner turned a
-- time limit or a thrown error into a fail result), so a rule can count an errored run as bad or keep its
-- state; and the sweep moment that last gave an alert state a verdict, so two sweeps at once count one.
ALTER TABLE "check_runs" ADD COLUMN IF NOT EXISTS "outcome" text DEFAULT 'result' NOT NULL;
--> statement-breakpoint
ALTER TABLE "alert_states" ADD COLUMN IF NOT EXISTS "verdict_at" timestamp with time zone;
