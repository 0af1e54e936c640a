ALTER TABLE "key_dates" ADD COLUMN "superseded_by_id" uuid;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "ended_on" date;