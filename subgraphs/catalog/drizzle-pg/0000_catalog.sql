CREATE SCHEMA "catalog";
--> statement-breakpoint
CREATE TABLE "catalog"."change_counter" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."occurrences" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "catalog"."occurrences_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"offering_id" text NOT NULL,
	"start" text NOT NULL,
	"end" text,
	"start_utc" text NOT NULL,
	"end_utc" text NOT NULL,
	"time_zone" text,
	"all_day" boolean NOT NULL,
	"weekday" integer NOT NULL,
	"start_minute" integer,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."offering_words" (
	"rowid" integer PRIMARY KEY NOT NULL,
	"words" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."offerings" (
	"rowid" integer GENERATED ALWAYS AS IDENTITY (sequence name "catalog"."offerings_rowid_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"id" text PRIMARY KEY NOT NULL,
	"feed_id" text NOT NULL,
	"item_key" text NOT NULL,
	"provider_id" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"description" text,
	"description_text" text,
	"url" text,
	"languages" jsonb NOT NULL,
	"languages_detected" boolean NOT NULL,
	"type" text,
	"format" text,
	"topics" jsonb NOT NULL,
	"target_groups" jsonb NOT NULL,
	"classification" jsonb NOT NULL,
	"level" text,
	"cost_kind" text NOT NULL,
	"cost_amount" double precision,
	"cost_currency" text,
	"registration" jsonb,
	"location_name" text,
	"location_address" text,
	"location_postcode" text,
	"location_locality" text,
	"district" text,
	"stadtbezirk" text,
	"coordinates_from" text,
	"latitude" double precision,
	"longitude" double precision,
	"workload_hours" double precision,
	"certificate" text,
	"accessibility" jsonb,
	"image" text,
	"licence" text,
	"status" text NOT NULL,
	"categories" jsonb NOT NULL,
	"source_url" text NOT NULL,
	"sort_start" text NOT NULL,
	"content_hash" text NOT NULL,
	"dedup_key" text,
	"change_seq" integer NOT NULL,
	"first_seen" text NOT NULL,
	"last_seen" text NOT NULL,
	"created_at" text DEFAULT to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	"updated_at" text NOT NULL,
	CONSTRAINT "offerings_rowid_unique" UNIQUE("rowid")
);
--> statement-breakpoint
CREATE TABLE "catalog"."provider_index" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog"."occurrences" ADD CONSTRAINT "occurrences_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "catalog"."offerings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "occurrences_offering" ON "catalog"."occurrences" USING btree ("offering_id","start_utc");--> statement-breakpoint
CREATE INDEX "occurrences_end" ON "catalog"."occurrences" USING btree ("end_utc");--> statement-breakpoint
CREATE INDEX "offering_words_words" ON "catalog"."offering_words" USING gin ("words");--> statement-breakpoint
CREATE INDEX "offerings_feed" ON "catalog"."offerings" USING btree ("feed_id");--> statement-breakpoint
CREATE INDEX "offerings_provider" ON "catalog"."offerings" USING btree ("provider_id","sort_start");--> statement-breakpoint
CREATE INDEX "offerings_sort" ON "catalog"."offerings" USING btree ("sort_start","id");--> statement-breakpoint
CREATE INDEX "offerings_change" ON "catalog"."offerings" USING btree ("change_seq");--> statement-breakpoint
CREATE INDEX "offerings_dedup" ON "catalog"."offerings" USING btree ("dedup_key");