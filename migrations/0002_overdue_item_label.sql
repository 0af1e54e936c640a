ALTER TABLE "overdue_items" ADD COLUMN "referral_id" uuid;--> statement-breakpoint
ALTER TABLE "overdue_items" ADD COLUMN "label" text DEFAULT '' NOT NULL;