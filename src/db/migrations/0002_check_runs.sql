CREATE TABLE "check_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"check_id" text NOT NULL,
	"status" text NOT NULL,
	"summary" jsonb NOT NULL,
	"findings" jsonb NOT NULL,
	"duration_ms" integer NOT NULL,
	"input" jsonb,
	"run_by" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "license_consumers" (
	"user_id" integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "license_usage" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"consumed" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "check_runs" ADD CONSTRAINT "check_runs_run_by_users_id_fk" FOREIGN KEY ("run_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_runs_check_id_at_idx" ON "check_runs" USING btree ("check_id","at");--> statement-breakpoint
CREATE INDEX "users_active_last_login_at_idx" ON "users" USING btree ("last_login_at" NULLS FIRST) WHERE "users"."active";