-- The administration console (issue 12). Safe to run twice.
-- Demo markers: the demo organization, its example mailboxes (pointing at servers that do not
-- exist until an admin points them at real ones) and the external services the demo stands in for
-- (their heartbeats are reported by the demo itself until an admin issues a real token).
ALTER TABLE "organization" ADD COLUMN IF NOT EXISTS "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "mailboxes" ADD COLUMN IF NOT EXISTS "example" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "scheduled_tasks" ADD COLUMN IF NOT EXISTS "demo_simulated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Keyset pages of the bulk history (newest first) and of the audit trail filtered by action or actor.
CREATE INDEX IF NOT EXISTS "bulk_requests_created_at_id_idx" ON "bulk_requests" USING btree ("created_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "audit_records_action_id_idx" ON "audit_records" USING btree ("action", "id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "audit_records_actor_email_id_idx" ON "audit_records" USING btree ("actor_email", "id");
