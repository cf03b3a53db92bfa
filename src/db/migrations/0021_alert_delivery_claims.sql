-- A delivery attempt holds its row until this moment (a crashed attempt's claim runs out), so two
-- workers never send the same queued delivery at once; cleared when the attempt ends.
ALTER TABLE "alert_deliveries" ADD COLUMN "claimed_until" timestamp with time zone;
--> statement-breakpoint
-- When the requester was told by e-mail that the bulk request ended (at most once).
ALTER TABLE "bulk_requests" ADD COLUMN "ended_notice_at" timestamp with time zone;
