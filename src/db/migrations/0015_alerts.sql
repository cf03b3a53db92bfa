-- Alerts (issue 20): contacts, rules, one state per rule and record, append-only events, one delivery per
-- event and contact (its message id is the webhook-id and the e-mail Message-ID), silences. Also gives the
-- new grant admin:alerts to the Administrator profile of an existing organization.
CREATE TABLE IF NOT EXISTS "alert_contacts" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"format" text,
	"target_enc" text NOT NULL,
	"target_hint" text NOT NULL,
	"signing_secret_enc" text,
	"mailbox_id" integer,
	"lang" text DEFAULT 'pt-BR' NOT NULL,
	"send_resolved" boolean DEFAULT true NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"last_ok_at" timestamp with time zone,
	"last_error_at" timestamp with time zone,
	"last_error" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "alert_deliveries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" bigint NOT NULL,
	"contact_id" integer NOT NULL,
	"message_id" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"reply" text,
	"last_attempt_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "alert_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"state_id" bigint,
	"rule_id" integer,
	"kind" text NOT NULL,
	"check_run_id" bigint,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"by" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "alert_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"check_id" text NOT NULL,
	"record" jsonb NOT NULL,
	"min_status" text DEFAULT 'fail' NOT NULL,
	"pending_runs" integer DEFAULT 2 NOT NULL,
	"recover_runs" integer DEFAULT 2 NOT NULL,
	"repeat_minutes" integer,
	"max_repeats" integer DEFAULT 3 NOT NULL,
	"contact_id" integer NOT NULL,
	"escalate_contact_id" integer,
	"escalate_after_minutes" integer,
	"on_error" text DEFAULT 'keep' NOT NULL,
	"flap_window" integer DEFAULT 10 NOT NULL,
	"flap_transitions" integer DEFAULT 4 NOT NULL,
	"grid_id" integer,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "alert_silences" (
	"id" serial PRIMARY KEY NOT NULL,
	"rule_id" integer,
	"record_key" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"until_green" boolean DEFAULT false NOT NULL,
	"comment" text NOT NULL,
	"created_by" integer,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "alert_states" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"rule_id" integer NOT NULL,
	"record_key" text NOT NULL,
	"record_label" text,
	"state" text DEFAULT 'normal' NOT NULL,
	"since" timestamp with time zone DEFAULT now() NOT NULL,
	"red_since" timestamp with time zone,
	"bad_streak" integer DEFAULT 0 NOT NULL,
	"good_streak" integer DEFAULT 0 NOT NULL,
	"recent" text DEFAULT '' NOT NULL,
	"last_run_id" bigint,
	"firing_sent" boolean DEFAULT false NOT NULL,
	"firing_event_id" bigint,
	"repeats" integer DEFAULT 0 NOT NULL,
	"next_repeat_at" timestamp with time zone,
	"escalate_at" timestamp with time zone,
	"escalated" boolean DEFAULT false NOT NULL,
	"acked_by" integer,
	"acked_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_contacts" ADD CONSTRAINT "alert_contacts_mailbox_id_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."mailboxes"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_contacts" ADD CONSTRAINT "alert_contacts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_event_id_alert_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."alert_events"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_contact_id_alert_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."alert_contacts"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_state_id_alert_states_id_fk" FOREIGN KEY ("state_id") REFERENCES "public"."alert_states"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_check_run_id_check_runs_id_fk" FOREIGN KEY ("check_run_id") REFERENCES "public"."check_runs"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_contact_id_alert_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."alert_contacts"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_escalate_contact_id_alert_contacts_id_fk" FOREIGN KEY ("escalate_contact_id") REFERENCES "public"."alert_contacts"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_grid_id_schedule_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."schedule_grids"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_silences" ADD CONSTRAINT "alert_silences_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_silences" ADD CONSTRAINT "alert_silences_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_states" ADD CONSTRAINT "alert_states_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_states" ADD CONSTRAINT "alert_states_last_run_id_check_runs_id_fk" FOREIGN KEY ("last_run_id") REFERENCES "public"."check_runs"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_states" ADD CONSTRAINT "alert_states_acked_by_users_id_fk" FOREIGN KEY ("acked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "alert_deliveries_event_contact_idx" ON "alert_deliveries" USING btree ("event_id","contact_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "alert_deliveries_status_idx" ON "alert_deliveries" USING btree ("status");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "alert_events_rule_at_idx" ON "alert_events" USING btree ("rule_id","at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "alert_events_state_idx" ON "alert_events" USING btree ("state_id");
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "alert_states_rule_record_idx" ON "alert_states" USING btree ("rule_id","record_key");
--> statement-breakpoint
UPDATE "profiles" SET "permissions" = array_append("permissions", 'admin:alerts') WHERE "name" = 'Administrator' AND NOT ('admin:alerts' = ANY("permissions"));
