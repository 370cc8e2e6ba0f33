CREATE TABLE `change_counter` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `occurrences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`offering_id` text NOT NULL,
	`start` text NOT NULL,
	`end` text,
	`start_utc` text NOT NULL,
	`end_utc` text NOT NULL,
	`time_zone` text,
	`all_day` integer NOT NULL,
	`weekday` integer NOT NULL,
	`start_minute` integer,
	`status` text NOT NULL,
	FOREIGN KEY (`offering_id`) REFERENCES `offerings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `occurrences_offering` ON `occurrences` (`offering_id`,`start_utc`);--> statement-breakpoint
CREATE INDEX `occurrences_end` ON `occurrences` (`end_utc`);--> statement-breakpoint
CREATE TABLE `offerings` (
	`id` text PRIMARY KEY NOT NULL,
	`feed_id` text NOT NULL,
	`item_key` text NOT NULL,
	`provider_id` text NOT NULL,
	`title` text NOT NULL,
	`summary` text,
	`description` text,
	`description_text` text,
	`url` text,
	`languages` text NOT NULL,
	`languages_detected` integer NOT NULL,
	`type` text,
	`format` text,
	`topics` text NOT NULL,
	`target_groups` text NOT NULL,
	`classification` text NOT NULL,
	`level` text,
	`cost_kind` text NOT NULL,
	`cost_amount` real,
	`cost_currency` text,
	`registration` text,
	`location_name` text,
	`location_address` text,
	`location_postcode` text,
	`location_locality` text,
	`district` text,
	`stadtbezirk` text,
	`coordinates_from` text,
	`latitude` real,
	`longitude` real,
	`workload_hours` real,
	`certificate` text,
	`accessibility` text,
	`image` text,
	`licence` text,
	`status` text NOT NULL,
	`categories` text NOT NULL,
	`source_url` text NOT NULL,
	`sort_start` text NOT NULL,
	`content_hash` text NOT NULL,
	`dedup_key` text,
	`change_seq` integer NOT NULL,
	`first_seen` text NOT NULL,
	`last_seen` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `offerings_feed` ON `offerings` (`feed_id`);--> statement-breakpoint
CREATE INDEX `offerings_provider` ON `offerings` (`provider_id`,`sort_start`);--> statement-breakpoint
CREATE INDEX `offerings_sort` ON `offerings` (`sort_start`,`id`);--> statement-breakpoint
CREATE INDEX `offerings_change` ON `offerings` (`change_seq`);--> statement-breakpoint
CREATE INDEX `offerings_dedup` ON `offerings` (`dedup_key`);--> statement-breakpoint
CREATE TABLE `provider_index` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL
);
