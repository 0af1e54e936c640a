CREATE TYPE "public"."joint_working_role" AS ENUM('CO_WORKER', 'SHADOW');--> statement-breakpoint
ALTER TYPE "public"."meeting_status" ADD VALUE 'FAMILY_ATTENDED_ALONE';--> statement-breakpoint
ALTER TYPE "public"."overdue_kind" ADD VALUE 'CLOSURE_PROPOSAL_AWAITING_MANAGER';--> statement-breakpoint
CREATE TABLE "case_coworkers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"role" "joint_working_role" NOT NULL,
	"added_by_id" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_level_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"from_level" integer NOT NULL,
	"to_level" integer NOT NULL,
	"reason" text NOT NULL,
	"changed_by_id" uuid NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_reopenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"previous_closed_at" timestamp with time zone NOT NULL,
	"previous_closure_reason" "closure_reason",
	"reason" text NOT NULL,
	"reopened_by_id" uuid NOT NULL,
	"reopened_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_settings" (
	"service_id" uuid PRIMARY KEY NOT NULL,
	"reopen_within_months" integer DEFAULT 3 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "key_dates" ADD COLUMN "superseded_by_id" uuid;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "given_by" "person_role";--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "may_share" text;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "case_coworkers" ADD CONSTRAINT "case_coworkers_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_coworkers" ADD CONSTRAINT "case_coworkers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_coworkers" ADD CONSTRAINT "case_coworkers_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_coworkers" ADD CONSTRAINT "case_coworkers_added_by_id_staff_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_level_changes" ADD CONSTRAINT "case_level_changes_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_level_changes" ADD CONSTRAINT "case_level_changes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_level_changes" ADD CONSTRAINT "case_level_changes_changed_by_id_staff_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reopenings" ADD CONSTRAINT "case_reopenings_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reopenings" ADD CONSTRAINT "case_reopenings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reopenings" ADD CONSTRAINT "case_reopenings_reopened_by_id_staff_id_fk" FOREIGN KEY ("reopened_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_settings" ADD CONSTRAINT "casework_settings_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_coworkers_case_idx" ON "case_coworkers" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_coworkers_staff_idx" ON "case_coworkers" USING btree ("staff_id","ended_at");--> statement-breakpoint
CREATE INDEX "case_level_changes_case_idx" ON "case_level_changes" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_level_changes_stats_idx" ON "case_level_changes" USING btree ("service_id","changed_at");--> statement-breakpoint
CREATE INDEX "case_reopenings_case_idx" ON "case_reopenings" USING btree ("case_id");