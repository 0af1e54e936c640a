-- Records search (issue 19, decision 033): typo-tolerant name search with pg_trgm, and exact lookups
-- by phone, email and postcode as the search normalises them. Custom because drizzle cannot create an
-- extension, and the trigram indexes need it first. PGlite loads pg_trgm itself (db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "people_full_name_trgm_idx" ON "people" USING gin ("full_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "children_full_name_trgm_idx" ON "children" USING gin ("full_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "people_phone_digits_idx" ON "people" ("service_id", (regexp_replace(regexp_replace("phone", '[^0-9]', '', 'g'), '^44', '0'))) WHERE "phone" IS NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "people_email_lower_idx" ON "people" ("service_id", lower("email")) WHERE "email" IS NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "people_postcode_norm_idx" ON "people" ("service_id", upper(replace("postcode", ' ', ''))) WHERE "postcode" IS NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "children_dob_idx" ON "children" ("service_id", "date_of_birth");
