ALTER TABLE "key_dates" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "key_dates" ADD COLUMN "voided_by_id" uuid;--> statement-breakpoint
ALTER TABLE "key_dates" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "key_dates" ADD CONSTRAINT "key_dates_voided_by_id_staff_id_fk" FOREIGN KEY ("voided_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;