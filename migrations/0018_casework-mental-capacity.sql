CREATE TABLE "mental_capacity_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"has_capacity" boolean NOT NULL,
	"assessed_on" date NOT NULL,
	"assessed_by" text NOT NULL,
	"notes" text,
	"recorded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mental_capacity_assessments" ADD CONSTRAINT "mental_capacity_assessments_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mental_capacity_assessments" ADD CONSTRAINT "mental_capacity_assessments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mental_capacity_assessments" ADD CONSTRAINT "mental_capacity_assessments_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mental_capacity_case_idx" ON "mental_capacity_assessments" USING btree ("case_id","assessed_on");