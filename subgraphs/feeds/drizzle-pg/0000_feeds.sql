CREATE SCHEMA "feeds";
--> statement-breakpoint
CREATE TABLE "feeds"."audit_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" text NOT NULL,
	"actor" text NOT NULL,
	"role" text NOT NULL,
	"action" text NOT NULL,
	"feed_id" text NOT NULL,
	"details" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feeds"."feeds" (
	"id" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"provider_id" text NOT NULL,
	"format" text,
	"detected_format" text,
	"interval_minutes" integer NOT NULL,
	"defaults" jsonb NOT NULL,
	"status" text NOT NULL,
	"rejection_reason" text,
	"registered_by" text,
	"etag" text,
	"last_modified" text,
	"content_hash" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"next_run_at" text NOT NULL,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feeds"."harvest_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"feed_id" text NOT NULL,
	"started_at" text NOT NULL,
	"finished_at" text NOT NULL,
	"outcome" text NOT NULL,
	"format" text,
	"item_count" integer DEFAULT 0 NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"withdrawn" integer DEFAULT 0 NOT NULL,
	"warnings" jsonb NOT NULL,
	"error" text,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feeds"."harvest_runs" ADD CONSTRAINT "harvest_runs_feed_id_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "feeds"."feeds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "harvest_runs_feed" ON "feeds"."harvest_runs" USING btree ("feed_id","id");