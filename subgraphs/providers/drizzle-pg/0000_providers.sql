CREATE SCHEMA "providers";
--> statement-breakpoint
CREATE TABLE "providers"."api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"provider_id" text,
	"key_hash" text NOT NULL,
	"created_at" text NOT NULL,
	"last_used_at" text,
	"revoked_at" text,
	CONSTRAINT "api_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "providers"."providers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"website" text,
	"description" text,
	"contact" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
