ALTER TABLE "consents" ADD COLUMN "given_by" "person_role";--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "may_share" text;