ALTER TABLE "stats_daily" ADD COLUMN "ks" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_monthly" ADD COLUMN "ks" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_monthly" ADD COLUMN "p" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_monthly" ADD COLUMN "px" double precision;--> statement-breakpoint
ALTER TABLE "stats_national_daily" ADD COLUMN "ks" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_national_monthly" ADD COLUMN "ks" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_national_monthly" ADD COLUMN "p" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_national_monthly" ADD COLUMN "px" double precision;