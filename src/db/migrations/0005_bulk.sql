CREATE TABLE "bulk_items" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" text NOT NULL,
	"item_key" text NOT NULL,
	"seq" integer NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"payload" jsonb,
	"label" text DEFAULT '' NOT NULL,
	"reason" jsonb,
	"applied_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "bulk_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"service_id" integer,
	"requested_by" integer,
	"state" text DEFAULT 'waiting' NOT NULL,
	"input" jsonb,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"error" jsonb,
	"lang" text DEFAULT 'pt-BR' NOT NULL,
	"job_id" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bulk_items" ADD CONSTRAINT "bulk_items_request_id_bulk_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."bulk_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_requests" ADD CONSTRAINT "bulk_requests_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_requests" ADD CONSTRAINT "bulk_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bulk_items_request_id_item_key_idx" ON "bulk_items" USING btree ("request_id","item_key");--> statement-breakpoint
CREATE INDEX "bulk_items_request_id_seq_idx" ON "bulk_items" USING btree ("request_id","seq");--> statement-breakpoint
CREATE INDEX "bulk_requests_state_idx" ON "bulk_requests" USING btree ("state") WHERE "bulk_requests"."state" in ('waiting', 'running');--> statement-breakpoint
CREATE INDEX "bulk_requests_requested_by_idx" ON "bulk_requests" USING btree ("requested_by");--> statement-breakpoint
CREATE UNIQUE INDEX "bulk_requests_one_running_per_service_idx" ON "bulk_requests" USING btree (coalesce("service_id", 0)) WHERE "bulk_requests"."state" = 'running';