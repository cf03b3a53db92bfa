-- Two indexes were the leading columns of a wider one beside them: every lookup they served,
-- the wider index serves too, and each cost a write on every attendance status change and
-- every history event (a mass closure writes both 100,000 times). Safe to run twice.
DROP INDEX IF EXISTS "attendances_service_id_status_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "interaction_events_at_idx";
