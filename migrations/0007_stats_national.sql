CREATE TABLE "stats_national_daily" (
	"day" date NOT NULL,
	"metric" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	"x" double precision,
	CONSTRAINT "stats_national_daily_day_metric_key_pk" PRIMARY KEY("day","metric","key")
);
--> statement-breakpoint
CREATE TABLE "stats_national_monthly" (
	"month" date NOT NULL,
	"metric" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	"x" double precision,
	CONSTRAINT "stats_national_monthly_month_metric_key_pk" PRIMARY KEY("month","metric","key")
);
