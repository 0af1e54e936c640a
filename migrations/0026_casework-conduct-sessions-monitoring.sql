CREATE TYPE "public"."conduct_recorded_by" AS ENUM('CASE_WORKERS', 'MANAGERS_ONLY');--> statement-breakpoint
CREATE TYPE "public"."agency_type" AS ENUM('EDUCATION', 'LOCAL_AUTHORITY', 'HEALTH', 'SOCIAL_CARE', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."conduct_review_status" AS ENUM('AWAITING_REVIEW', 'UPHELD', 'DISMISSED');--> statement-breakpoint
CREATE TYPE "public"."monitoring_kind" AS ENUM('POOR_PRACTICE', 'POSITIVE_OUTCOME');--> statement-breakpoint
CREATE TYPE "public"."poor_practice_category" AS ENUM('STATUTORY_TIMESCALES', 'PROVISION_NOT_DELIVERED', 'COMMUNICATION', 'UNLAWFUL_EXCLUSION', 'ASSESSMENT_REFUSED', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."session_kind" AS ENUM('INFORMATION', 'TRAINING');--> statement-breakpoint
CREATE TYPE "public"."session_topic" AS ENUM('SEN_SUPPORT', 'EHC_NEEDS_ASSESSMENT', 'DRAFT_EHCP', 'ANNUAL_REVIEWS', 'EXCLUSIONS', 'TRIBUNALS_AND_MEDIATION', 'PREPARING_FOR_ADULTHOOD', 'GETTING_THE_MOST_FROM_MEETINGS', 'OTHER');--> statement-breakpoint
ALTER TYPE "public"."overdue_kind" ADD VALUE 'CONDUCT_REVIEW_AWAITING_MANAGER';--> statement-breakpoint
CREATE TABLE "activity_expenses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"incurred_on" date NOT NULL,
	"miles" numeric(6, 1) DEFAULT 0 NOT NULL,
	"amount_pence" integer DEFAULT 0 NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conduct_referral_flags" (
	"referral_id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"matched_on" text NOT NULL,
	"flagged_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"kind" "session_kind" NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"topic" "session_topic" NOT NULL,
	"facilitator" text NOT NULL,
	"attendance" integer NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"kind" "monitoring_kind" NOT NULL,
	"category" "poor_practice_category",
	"agency_type" "agency_type",
	"month" date NOT NULL,
	"summary" text NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_attendees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"attended" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"usefulness" integer NOT NULL,
	"impartiality" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "conduct_recorded_by" "conduct_recorded_by" DEFAULT 'CASE_WORKERS' NOT NULL;--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD COLUMN "recorded_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD COLUMN "review_status" "conduct_review_status" DEFAULT 'AWAITING_REVIEW' NOT NULL;--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD COLUMN "reviewed_by_id" uuid;--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD COLUMN "letter_sent_on" date;--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD COLUMN "letter_recorded_by_id" uuid;--> statement-breakpoint
ALTER TABLE "activity_expenses" ADD CONSTRAINT "activity_expenses_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_expenses" ADD CONSTRAINT "activity_expenses_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_expenses" ADD CONSTRAINT "activity_expenses_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_referral_flags" ADD CONSTRAINT "conduct_referral_flags_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_referral_flags" ADD CONSTRAINT "conduct_referral_flags_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_referral_flags" ADD CONSTRAINT "conduct_referral_flags_incident_id_conduct_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."conduct_incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_notes" ADD CONSTRAINT "monitoring_notes_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_notes" ADD CONSTRAINT "monitoring_notes_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendees" ADD CONSTRAINT "session_attendees_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendees" ADD CONSTRAINT "session_attendees_session_id_group_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."group_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendees" ADD CONSTRAINT "session_attendees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_evaluations" ADD CONSTRAINT "session_evaluations_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_evaluations" ADD CONSTRAINT "session_evaluations_session_id_group_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."group_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_expenses_activity_key" ON "activity_expenses" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "activity_expenses_staff_idx" ON "activity_expenses" USING btree ("service_id","incurred_on");--> statement-breakpoint
CREATE INDEX "conduct_referral_flags_incident_idx" ON "conduct_referral_flags" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "group_sessions_stats_idx" ON "group_sessions" USING btree ("service_id","held_on");--> statement-breakpoint
CREATE INDEX "monitoring_notes_stats_idx" ON "monitoring_notes" USING btree ("service_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "session_attendees_key" ON "session_attendees" USING btree ("session_id","person_id");--> statement-breakpoint
CREATE INDEX "session_attendees_person_idx" ON "session_attendees" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "session_evaluations_session_idx" ON "session_evaluations" USING btree ("session_id");--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD CONSTRAINT "conduct_incidents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD CONSTRAINT "conduct_incidents_reviewed_by_id_staff_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD CONSTRAINT "conduct_incidents_letter_recorded_by_id_staff_id_fk" FOREIGN KEY ("letter_recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_reopenings_stats_closed_idx" ON "case_reopenings" USING btree ("service_id","previous_closed_at");--> statement-breakpoint
CREATE INDEX "case_reopenings_stats_reopened_idx" ON "case_reopenings" USING btree ("service_id","reopened_at");--> statement-breakpoint
CREATE INDEX "conduct_person_idx" ON "conduct_incidents" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "conduct_awaiting_idx" ON "conduct_incidents" USING btree ("service_id","review_status");--> statement-breakpoint
-- Incidents recorded before the manager's review existed acted at once: they count as upheld, and belong to the case's family.
UPDATE "conduct_incidents" ci SET "review_status" = 'UPHELD', "person_id" = r."person_id"
  FROM "cases" c JOIN "referrals" r ON r."id" = c."referral_id" WHERE c."id" = ci."case_id";
