ALTER TYPE "public"."conflict_kind" ADD VALUE 'PARENT_GROUP';--> statement-breakpoint
ALTER TYPE "public"."conflict_kind" ADD VALUE 'COLLEAGUE';--> statement-breakpoint
ALTER TYPE "public"."conflict_kind" ADD VALUE 'AGENCY';--> statement-breakpoint
ALTER TYPE "public"."training_kind" ADD VALUE 'OBSERVATION';--> statement-breakpoint
CREATE TABLE "staff_appraisals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"appraiser_staff_id" uuid NOT NULL,
	"evidence_ref" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD COLUMN "date_of_birth" date;--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD COLUMN "postcode" text;--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD COLUMN "colleague_staff_id" uuid;--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "dbs_barred_list_checked" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "dbs_barred_list_checked_on" date;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "dbs_update_service" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "dbs_update_service_renewal_on" date;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "dbs_evidence_ref" text;--> statement-breakpoint
ALTER TABLE "staff_training" ADD COLUMN "evidence_ref" text;--> statement-breakpoint
ALTER TABLE "staff_appraisals" ADD CONSTRAINT "staff_appraisals_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_appraisals" ADD CONSTRAINT "staff_appraisals_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_appraisals" ADD CONSTRAINT "staff_appraisals_appraiser_staff_id_staff_id_fk" FOREIGN KEY ("appraiser_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_appraisals_staff_idx" ON "staff_appraisals" USING btree ("staff_id","held_on");--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD CONSTRAINT "conflict_declarations_colleague_staff_id_staff_id_fk" FOREIGN KEY ("colleague_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "meeting_follow_up_working_days" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "reopen_within_months" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
-- One home for service settings (decision 041): the reopen window moves onto the service.
UPDATE "services" SET "reopen_within_months" = cs."reopen_within_months" FROM "casework_settings" cs WHERE cs."service_id" = "services"."id";--> statement-breakpoint
DROP TABLE "casework_settings" CASCADE;
