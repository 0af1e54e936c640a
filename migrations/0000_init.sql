CREATE TYPE "public"."conflict_kind" AS ENUM('FAMILY', 'EDUCATION_SETTING');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('MANAGER', 'OFFICER', 'VOLUNTEER', 'STEERING', 'ADMIN');--> statement-breakpoint
CREATE TYPE "public"."training_kind" AS ENUM('IPSEA_LEVEL_1', 'IPSEA_LEVEL_2', 'IPSEA_LEVEL_3', 'INDEPENDENT_SUPPORT', 'SAFEGUARDING', 'INDUCTION');--> statement-breakpoint
CREATE TYPE "public"."contact_method" AS ENUM('PHONE', 'EMAIL', 'TEXT', 'LETTER');--> statement-breakpoint
CREATE TYPE "public"."diagnosis_status" AS ENUM('NONE', 'BEING_ASSESSED', 'DIAGNOSED');--> statement-breakpoint
CREATE TYPE "public"."person_role" AS ENUM('PARENT_CARER', 'YOUNG_PERSON');--> statement-breakpoint
CREATE TYPE "public"."primary_need" AS ENUM('COMMUNICATION_INTERACTION', 'COGNITION_LEARNING', 'SOCIAL_EMOTIONAL_MENTAL_HEALTH', 'SENSORY_PHYSICAL', 'NOT_KNOWN');--> statement-breakpoint
CREATE TYPE "public"."current_stage" AS ENUM('NO_SUPPORT_YET', 'SEN_SUPPORT', 'EHC_NEEDS_ASSESSMENT', 'DRAFT_PLAN', 'EHC_PLAN', 'ANNUAL_REVIEW', 'APPEAL_TRIBUNAL', 'EXCLUSION', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."eligibility" AS ENUM('PENDING', 'ELIGIBLE', 'INELIGIBLE');--> statement-breakpoint
CREATE TYPE "public"."how_heard" AS ENUM('SCHOOL', 'HEALTH', 'LOCAL_AUTHORITY', 'LOCAL_OFFER', 'FRIEND_FAMILY', 'SOCIAL_MEDIA', 'EVENT', 'SEARCH_ENGINE', 'PREVIOUS_USE', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."key_date_kind" AS ENUM('MEETING', 'TRIBUNAL', 'APPEAL_DEADLINE', 'EXCLUSION_HEARING', 'EHC_NEEDS_ASSESSMENT_REQUEST', 'DECISION_TO_ASSESS_DUE', 'FINAL_PLAN_DUE', 'DRAFT_PLAN_RECEIVED', 'DRAFT_PLAN_COMMENTS_DUE', 'DECISION_LETTER', 'MEDIATION_CERTIFICATE', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."professional_type" AS ENUM('SEN_ASSESSMENT_TEAM', 'INDEPENDENT_SUPPORT', 'SOCIAL_WORKER', 'FAMILY_SUPPORT_WORKER', 'HEALTH', 'SCHOOL_STAFF', 'SERVICE_COORDINATOR', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."referral_channel" AS ENUM('HELPLINE', 'ANSWERPHONE', 'EMAIL', 'WEB_FORM', 'LETTER', 'IN_PERSON', 'PROFESSIONAL');--> statement-breakpoint
CREATE TYPE "public"."referral_source" AS ENUM('PARENT_CARER', 'YOUNG_PERSON', 'PROFESSIONAL');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('NEW', 'TRIAGED', 'POOLED', 'ALLOCATED', 'SIGNPOSTED', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."activity_kind" AS ENUM('PHONE_CALL', 'EMAIL', 'LETTER', 'FACE_TO_FACE', 'HOME_VISIT', 'ADVICE_GIVEN', 'INFORMATION_GIVEN', 'PROFESSIONAL_CONTACT', 'MEETING_PREPARED', 'MEETING_ATTENDED', 'LITERATURE_SENT', 'NOTE');--> statement-breakpoint
CREATE TYPE "public"."allocation_kind" AS ENUM('DIRECT', 'CLAIMED');--> statement-breakpoint
CREATE TYPE "public"."case_status" AS ENUM('OPEN', 'INACTIVE', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."closure_reason" AS ENUM('OUTCOME_ACHIEVED', 'FAMILY_WITHDREW', 'NO_CONTACT', 'MISSED_MEETINGS', 'CONDUCT_REMOVAL', 'SIGNPOSTED_ELSEWHERE', 'MOVED_AWAY', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."conduct_action" AS ENUM('WARNING', 'REMOVAL');--> statement-breakpoint
CREATE TYPE "public"."consent_method" AS ENUM('VERBAL', 'WRITTEN', 'EMAIL', 'WEB_FORM');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('SCHEDULED', 'ATTENDED', 'MISSED_WITHOUT_NOTICE', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."supervision_kind" AS ENUM('INDIVIDUAL', 'GROUP');--> statement-breakpoint
CREATE TYPE "public"."complaint_outcome" AS ENUM('OPEN', 'UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD', 'RESOLVED', 'WITHDRAWN');--> statement-breakpoint
CREATE TYPE "public"."feedback_kind" AS ENUM('COMPLAINT', 'COMMENT', 'COMPLIMENT');--> statement-breakpoint
CREATE TYPE "public"."overdue_kind" AS ENUM('RESPONSE_TARGET_REACHED', 'RESPONSE_MAXIMUM_BREACHED', 'ALLOCATION_NOT_ACCEPTED', 'CONSENT_REVIEW_DUE', 'MEETING_FOLLOW_UP_DUE', 'CASE_INACTIVE', 'SUPERVISION_DUE', 'DBS_RENEWAL_DUE', 'TRAINING_EXPIRED', 'SAFEGUARDING_NOT_ACKNOWLEDGED', 'KEY_DATE_APPROACHING', 'COMPLAINT_RESPONSE_DUE');--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"office_hours" jsonb DEFAULT '{"timeZone":"Europe/London","days":[1,2,3,4,5],"open":"08:00","close":"17:00"}'::jsonb NOT NULL,
	"closure_days" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"response_target_days" integer DEFAULT 1 NOT NULL,
	"response_max_days" integer DEFAULT 2 NOT NULL,
	"area_name" text NOT NULL,
	"area_postcode_districts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"suppression_k" integer DEFAULT 5 NOT NULL,
	"volunteer_max_level" integer DEFAULT 2 NOT NULL,
	"supervision_officer_weeks" integer DEFAULT 6 NOT NULL,
	"supervision_volunteer_weeks" integer DEFAULT 4 NOT NULL,
	"inactive_case_days" integer DEFAULT 28 NOT NULL,
	"retention_years" integer DEFAULT 6 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "conflict_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"kind" "conflict_kind" NOT NULL,
	"subject" text NOT NULL,
	"declared_on" date NOT NULL,
	"withdrawn_on" date
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "staff_role" NOT NULL,
	"password_hash" text NOT NULL,
	"capacity" integer DEFAULT 20 NOT NULL,
	"dbs_enhanced" boolean DEFAULT false NOT NULL,
	"dbs_checked_on" date,
	"dbs_renewal_due_on" date,
	"confidentiality_signed_on" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_training" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"kind" "training_kind" NOT NULL,
	"completed_on" date NOT NULL,
	"expires_on" date
);
--> statement-breakpoint
CREATE TABLE "rate_limit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"counts" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "children" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"full_name" text,
	"date_of_birth" date,
	"education_setting" text,
	"needs_overview" text,
	"diagnosis_status" "diagnosis_status" DEFAULT 'NONE' NOT NULL,
	"primary_need" "primary_need" DEFAULT 'NOT_KNOWN' NOT NULL,
	"ethnicity" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"erased_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"role" "person_role" NOT NULL,
	"full_name" text,
	"email" text,
	"phone" text,
	"address" text,
	"postcode" text,
	"preferred_contact" "contact_method",
	"accessibility_needs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"interpreter_language" text,
	"ethnicity" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"erased_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "anonymous_enquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"channel" "referral_channel" NOT NULL,
	"received_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "key_dates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"kind" "key_date_kind" NOT NULL,
	"on" date NOT NULL,
	"derived_from_id" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"status" "referral_status" DEFAULT 'NEW' NOT NULL,
	"channel" "referral_channel" NOT NULL,
	"source" "referral_source" NOT NULL,
	"professional_type" "professional_type",
	"referrer_name" text,
	"referrer_organisation" text,
	"family_consented_to_share" boolean DEFAULT false NOT NULL,
	"person_id" uuid,
	"child_id" uuid,
	"reason_for_referral" text,
	"current_stage" "current_stage" DEFAULT 'NO_SUPPORT_YET' NOT NULL,
	"how_heard" "how_heard" DEFAULT 'OTHER' NOT NULL,
	"topic" text,
	"age_at_referral" integer,
	"postcode_district" text,
	"received_at" timestamp with time zone NOT NULL,
	"response_target_at" timestamp with time zone NOT NULL,
	"response_deadline_at" timestamp with time zone NOT NULL,
	"first_responded_at" timestamp with time zone,
	"eligibility" "eligibility" DEFAULT 'PENDING' NOT NULL,
	"ineligible_reason" text,
	"signposting" text,
	"level" integer,
	"safeguarding_flag" boolean DEFAULT false NOT NULL,
	"excluded_or_no_place" boolean DEFAULT false NOT NULL,
	"child_in_need_or_looked_after" boolean DEFAULT false NOT NULL,
	"priority_override" integer,
	"priority_override_reason" text,
	"triage_notes" text,
	"triaged_at" timestamp with time zone,
	"triaged_by_id" uuid,
	"possible_duplicate_of_id" uuid,
	"published_to_pool_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"erased_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "waiting_list_snapshots" (
	"service_id" uuid NOT NULL,
	"taken_on" date NOT NULL,
	"waiting" integer NOT NULL,
	"past_maximum" integer NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"kind" "activity_kind" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"minutes" integer DEFAULT 0 NOT NULL,
	"with_family" boolean DEFAULT false NOT NULL,
	"consent_id" uuid,
	"summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"kind" "allocation_kind" NOT NULL,
	"allocated_by_id" uuid,
	"allocated_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"status" "case_status" DEFAULT 'OPEN' NOT NULL,
	"level" integer NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"last_activity_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closure_reason" "closure_reason",
	"closure_note" text,
	"missed_meetings" integer DEFAULT 0 NOT NULL,
	"put_forward_for_closure_at" timestamp with time zone,
	"conduct_warnings" integer DEFAULT 0 NOT NULL,
	"removed_from_service_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "conduct_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"description" text,
	"action" "conduct_action" NOT NULL,
	"signposting" text,
	"recorded_by_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"party_name" text NOT NULL,
	"party_organisation" text,
	"party_type" text NOT NULL,
	"granted" boolean NOT NULL,
	"given_on" date NOT NULL,
	"method" "consent_method" NOT NULL,
	"review_on" date NOT NULL,
	"withdrawn_on" date,
	"recorded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"notice_received_on" date,
	"status" "meeting_status" DEFAULT 'SCHEDULED' NOT NULL,
	"family_present" boolean,
	"key_points" text,
	"actions" text,
	"follow_up_due_on" date,
	"follow_up_done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safeguarding_concerns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"raised_by_id" uuid NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"summary" text,
	"acknowledged_by_id" uuid,
	"acknowledged_at" timestamp with time zone,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "supervision_attendees" (
	"supervision_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	CONSTRAINT "supervision_attendees_supervision_id_staff_id_pk" PRIMARY KEY("supervision_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "supervisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"kind" "supervision_kind" NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"kind" "feedback_kind" NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"from_whom" text,
	"what" text,
	"measures_taken" text,
	"outcome" "complaint_outcome" DEFAULT 'OPEN' NOT NULL,
	"escalated_to" text,
	"response_due_on" date,
	"responded_at" timestamp with time zone,
	"logged_by_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"closure_month" date NOT NULL,
	"level" integer NOT NULL,
	"channel" "referral_channel" NOT NULL,
	"returned" boolean DEFAULT false NOT NULL,
	CONSTRAINT "evaluation_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "evaluation_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"closure_month" date NOT NULL,
	"level" integer NOT NULL,
	"channel" "referral_channel" NOT NULL,
	"answers" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "overdue_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"kind" "overdue_kind" NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"assignee_staff_id" uuid,
	"raised_at" timestamp with time zone NOT NULL,
	"cleared_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"actor_staff_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid,
	"fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"correlation_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD CONSTRAINT "conflict_declarations_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD CONSTRAINT "conflict_declarations_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_training" ADD CONSTRAINT "staff_training_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_training" ADD CONSTRAINT "staff_training_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "children" ADD CONSTRAINT "children_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anonymous_enquiries" ADD CONSTRAINT "anonymous_enquiries_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_dates" ADD CONSTRAINT "key_dates_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_dates" ADD CONSTRAINT "key_dates_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_triaged_by_id_staff_id_fk" FOREIGN KEY ("triaged_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_id_staff_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waiting_list_snapshots" ADD CONSTRAINT "waiting_list_snapshots_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_allocated_by_id_staff_id_fk" FOREIGN KEY ("allocated_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD CONSTRAINT "conduct_incidents_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD CONSTRAINT "conduct_incidents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_incidents" ADD CONSTRAINT "conduct_incidents_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" ADD CONSTRAINT "safeguarding_concerns_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" ADD CONSTRAINT "safeguarding_concerns_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" ADD CONSTRAINT "safeguarding_concerns_raised_by_id_staff_id_fk" FOREIGN KEY ("raised_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" ADD CONSTRAINT "safeguarding_concerns_acknowledged_by_id_staff_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_attendees" ADD CONSTRAINT "supervision_attendees_supervision_id_supervisions_id_fk" FOREIGN KEY ("supervision_id") REFERENCES "public"."supervisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_attendees" ADD CONSTRAINT "supervision_attendees_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_attendees" ADD CONSTRAINT "supervision_attendees_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisions" ADD CONSTRAINT "supervisions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisions" ADD CONSTRAINT "supervisions_supervisor_id_staff_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_logged_by_id_staff_id_fk" FOREIGN KEY ("logged_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_invitations" ADD CONSTRAINT "evaluation_invitations_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_responses" ADD CONSTRAINT "evaluation_responses_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overdue_items" ADD CONSTRAINT "overdue_items_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overdue_items" ADD CONSTRAINT "overdue_items_assignee_staff_id_staff_id_fk" FOREIGN KEY ("assignee_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conflict_staff_idx" ON "conflict_declarations" USING btree ("staff_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_email_key" ON "staff" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "staff_service_idx" ON "staff" USING btree ("service_id","role");--> statement-breakpoint
CREATE INDEX "staff_training_staff_idx" ON "staff_training" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "rate_limit_events_key_idx" ON "rate_limit_events" USING btree ("bucket","key","at");--> statement-breakpoint
CREATE INDEX "sessions_staff_idx" ON "sessions" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "children_service_idx" ON "children" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "people_service_idx" ON "people" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "anonymous_enquiries_service_idx" ON "anonymous_enquiries" USING btree ("service_id","received_on");--> statement-breakpoint
CREATE INDEX "key_dates_referral_idx" ON "key_dates" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "key_dates_service_on_idx" ON "key_dates" USING btree ("service_id","on");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_reference_key" ON "referrals" USING btree ("service_id","reference");--> statement-breakpoint
CREATE INDEX "referrals_queue_idx" ON "referrals" USING btree ("service_id","status","response_deadline_at");--> statement-breakpoint
CREATE INDEX "referrals_received_idx" ON "referrals" USING btree ("service_id","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "waiting_list_snapshots_key" ON "waiting_list_snapshots" USING btree ("service_id","taken_on");--> statement-breakpoint
CREATE INDEX "activities_case_idx" ON "activities" USING btree ("case_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activities_service_idx" ON "activities" USING btree ("service_id","occurred_at");--> statement-breakpoint
CREATE INDEX "allocations_staff_idx" ON "allocations" USING btree ("staff_id","ended_at");--> statement-breakpoint
CREATE INDEX "allocations_case_idx" ON "allocations" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_referral_key" ON "cases" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "cases_service_status_idx" ON "cases" USING btree ("service_id","status");--> statement-breakpoint
CREATE INDEX "conduct_case_idx" ON "conduct_incidents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "consents_case_idx" ON "consents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "meetings_case_idx" ON "meetings" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "safeguarding_service_idx" ON "safeguarding_concerns" USING btree ("service_id","acknowledged_at");--> statement-breakpoint
CREATE INDEX "supervision_attendees_staff_idx" ON "supervision_attendees" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "supervisions_service_idx" ON "supervisions" USING btree ("service_id","held_on");--> statement-breakpoint
CREATE INDEX "complaints_service_idx" ON "complaints" USING btree ("service_id","received_at");--> statement-breakpoint
CREATE INDEX "evaluation_invitations_service_idx" ON "evaluation_invitations" USING btree ("service_id","closure_month");--> statement-breakpoint
CREATE INDEX "evaluation_responses_service_idx" ON "evaluation_responses" USING btree ("service_id","closure_month");--> statement-breakpoint
CREATE UNIQUE INDEX "overdue_items_key" ON "overdue_items" USING btree ("kind","subject_id","due_at");--> statement-breakpoint
CREATE INDEX "overdue_items_open_idx" ON "overdue_items" USING btree ("service_id","cleared_at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("service_id","entity_type","entity_id");