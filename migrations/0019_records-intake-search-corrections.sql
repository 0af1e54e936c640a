CREATE TYPE "public"."enquiry_topic" AS ENUM('SEN_SUPPORT_IN_SCHOOL', 'EHC_NEEDS_ASSESSMENT', 'EHC_PLAN', 'EXCLUSION', 'SCHOOL_PLACE', 'TRANSPORT', 'APPEAL_TRIBUNAL', 'HEALTH', 'SOCIAL_CARE', 'PREPARING_FOR_ADULTHOOD', 'PERSONAL_BUDGETS', 'LOCAL_OFFER', 'OTHER');--> statement-breakpoint
ALTER TYPE "public"."closure_reason" ADD VALUE 'INFORMATION_GIVEN';--> statement-breakpoint
CREATE TABLE "record_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"person_id" uuid,
	"field" text NOT NULL,
	"previous_value" jsonb,
	"new_value" jsonb,
	"reason" text,
	"changed_by_id" uuid NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "merged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "anonymous_enquiries" ADD COLUMN "topic" "enquiry_topic";--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "voided_by_id" uuid;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "record_corrections" ADD CONSTRAINT "record_corrections_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_corrections" ADD CONSTRAINT "record_corrections_changed_by_id_staff_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "record_corrections_entity_idx" ON "record_corrections" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "record_corrections_person_idx" ON "record_corrections" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_voided_by_id_staff_id_fk" FOREIGN KEY ("voided_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referrals_person_idx" ON "referrals" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "referrals_child_idx" ON "referrals" USING btree ("child_id");