ALTER TABLE "anonymous_enquiries" ADD COLUMN "stats_key" integer GENERATED ALWAYS AS (stats_record_key(id)) STORED;--> statement-breakpoint
ALTER TABLE "key_dates" ADD COLUMN "stats_key" integer GENERATED ALWAYS AS (stats_record_key(id)) STORED;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "stats_key" integer GENERATED ALWAYS AS (stats_record_key(id)) STORED;--> statement-breakpoint
ALTER TABLE "case_level_changes" ADD COLUMN "stats_key" integer GENERATED ALWAYS AS (stats_record_key(id)) STORED;--> statement-breakpoint
ALTER TABLE "case_reopenings" ADD COLUMN "stats_key" integer GENERATED ALWAYS AS (stats_record_key(id)) STORED;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "stats_key" integer GENERATED ALWAYS AS (stats_record_key(id)) STORED;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD COLUMN "stats_key" integer GENERATED ALWAYS AS (stats_record_key(id)) STORED;--> statement-breakpoint
ALTER TABLE "monitoring_notes" ADD COLUMN "stats_key" integer GENERATED ALWAYS AS (stats_record_key(id)) STORED;--> statement-breakpoint
ALTER TABLE "session_evaluations" ADD COLUMN "stats_key" integer GENERATED ALWAYS AS (stats_record_key(id)) STORED;--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" ADD COLUMN "stats_key" integer GENERATED ALWAYS AS (stats_record_key(id)) STORED;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "stats_key" integer GENERATED ALWAYS AS (stats_record_key(id)) STORED;--> statement-breakpoint
ALTER TABLE "evaluation_invitations" ADD COLUMN "stats_key" integer GENERATED ALWAYS AS (stats_record_key(id)) STORED;--> statement-breakpoint
ALTER TABLE "evaluation_responses" ADD COLUMN "stats_key" integer GENERATED ALWAYS AS (stats_record_key(id)) STORED;