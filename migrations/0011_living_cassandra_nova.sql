ALTER TABLE "services" ADD COLUMN "accept_within_hours" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "safeguarding_ack_minutes" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "dbs_warning_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "key_date_warning_days" integer DEFAULT 7 NOT NULL;