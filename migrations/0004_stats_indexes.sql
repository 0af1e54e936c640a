CREATE TABLE "stats_daily" (
	"service_id" uuid NOT NULL,
	"day" date NOT NULL,
	"metric" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	"x" double precision,
	CONSTRAINT "stats_daily_service_id_day_metric_key_pk" PRIMARY KEY("service_id","day","metric","key")
);
--> statement-breakpoint
CREATE TABLE "stats_monthly" (
	"service_id" uuid NOT NULL,
	"month" date NOT NULL,
	"metric" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	"x" double precision,
	CONSTRAINT "stats_monthly_service_id_month_metric_key_pk" PRIMARY KEY("service_id","month","metric","key")
);
--> statement-breakpoint
ALTER TABLE "stats_daily" ADD CONSTRAINT "stats_daily_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_monthly" ADD CONSTRAINT "stats_monthly_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referrals_stats_responded_idx" ON "referrals" USING btree ("service_id","received_at","first_responded_at","response_target_at","response_deadline_at") WHERE "referrals"."first_responded_at" is not null;--> statement-breakpoint
CREATE INDEX "referrals_stats_unanswered_idx" ON "referrals" USING btree ("service_id","received_at","response_deadline_at") WHERE "referrals"."first_responded_at" is null;--> statement-breakpoint
CREATE INDEX "referrals_stats_late_idx" ON "referrals" USING btree ("service_id","response_deadline_at") WHERE "referrals"."first_responded_at" is null or "referrals"."first_responded_at" > "referrals"."response_deadline_at";--> statement-breakpoint
CREATE INDEX "referrals_stats_unsettled_idx" ON "referrals" USING btree ("service_id","received_at") WHERE "referrals"."status" not in ('SIGNPOSTED', 'CLOSED');--> statement-breakpoint
CREATE INDEX "referrals_stats_settled_idx" ON "referrals" USING btree ("service_id",coalesce("triaged_at", "updated_at"),"received_at") WHERE "referrals"."status" in ('SIGNPOSTED', 'CLOSED');--> statement-breakpoint
CREATE INDEX "cases_stats_opened_idx" ON "cases" USING btree ("service_id","opened_at","level");--> statement-breakpoint
CREATE INDEX "cases_stats_closed_idx" ON "cases" USING btree ("service_id","closed_at","opened_at","level") WHERE "cases"."closed_at" is not null;--> statement-breakpoint
CREATE INDEX "cases_stats_open_idx" ON "cases" USING btree ("service_id","opened_at","level") WHERE "cases"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "cases_stats_referral_idx" ON "cases" USING btree ("referral_id","opened_at");--> statement-breakpoint
CREATE INDEX "meetings_stats_idx" ON "meetings" USING btree ("service_id","scheduled_at","status");--> statement-breakpoint
CREATE INDEX "safeguarding_stats_idx" ON "safeguarding_concerns" USING btree ("service_id","raised_at");