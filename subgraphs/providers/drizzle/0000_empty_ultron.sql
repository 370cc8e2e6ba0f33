CREATE TABLE `providers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`website` text,
	`description` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
