ALTER TYPE "public"."meeting_status" ADD VALUE 'FAMILY_ATTENDED_ALONE';--> statement-breakpoint
ALTER TYPE "public"."overdue_kind" ADD VALUE 'CLOSURE_PROPOSAL_AWAITING_MANAGER';