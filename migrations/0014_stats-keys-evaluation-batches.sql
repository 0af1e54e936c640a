CREATE TABLE "evaluation_pending" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"answers" jsonb NOT NULL
);
--> statement-breakpoint
DROP INDEX "evaluation_responses_service_idx";--> statement-breakpoint
ALTER TABLE "evaluation_responses" ADD COLUMN "batch_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluation_responses" ADD COLUMN "batch_month" date DEFAULT (date_trunc('month', now()))::date NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_daily" ADD COLUMN "ks" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_monthly" ADD COLUMN "ks" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_monthly" ADD COLUMN "p" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_monthly" ADD COLUMN "px" double precision;--> statement-breakpoint
ALTER TABLE "stats_national_daily" ADD COLUMN "ks" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_national_monthly" ADD COLUMN "ks" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_national_monthly" ADD COLUMN "p" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_national_monthly" ADD COLUMN "px" double precision;--> statement-breakpoint
ALTER TABLE "evaluation_pending" ADD CONSTRAINT "evaluation_pending_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_pending_service_idx" ON "evaluation_pending" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "evaluation_responses_service_idx" ON "evaluation_responses" USING btree ("service_id","batch_month");--> statement-breakpoint
ALTER TABLE "evaluation_responses" DROP COLUMN "closure_month";--> statement-breakpoint
ALTER TABLE "evaluation_responses" DROP COLUMN "level";--> statement-breakpoint
ALTER TABLE "evaluation_responses" DROP COLUMN "channel";