CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`role` text NOT NULL,
	`action` text NOT NULL,
	`feed_id` text NOT NULL,
	`details` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `feeds` ADD `rejection_reason` text;--> statement-breakpoint
ALTER TABLE `feeds` ADD `registered_by` text;