import { boolean, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { CONDUCT_RECORDED_BY } from "../core/vocabulary.js";

export interface OfficeHoursSetting {
  timeZone: string;
  days: number[];
  open: string;
  close: string;
}

/** A service setting: who may record a conduct incident (decision 042). */
export const conductRecordedBy = pgEnum("conduct_recorded_by", CONDUCT_RECORDED_BY.values);

/** A SENDIASS service: the tenant. Every other row carries its `service_id`. */
export const services = pgTable("services", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  officeHours: jsonb("office_hours")
    .$type<OfficeHoursSetting>()
    .notNull()
    .default({ timeZone: "Europe/London", days: [1, 2, 3, 4, 5], open: "08:00", close: "17:00" }),
  /** The service's own closure days (ISO dates), on top of bank holidays. */
  closureDays: jsonb("closure_days").$type<string[]>().notNull().default([]),
  responseTargetDays: integer("response_target_days").notNull().default(1),
  responseMaxDays: integer("response_max_days").notNull().default(2),
  /** Area served: local authority name and postcode districts (e.g. "ST1"). */
  areaName: text("area_name").notNull(),
  /** Shown to families on the public form and in the response promise. */
  helplinePhone: text("helpline_phone"),
  areaPostcodeDistricts: jsonb("area_postcode_districts").$type<string[]>().notNull().default([]),
  /** Small-number suppression threshold k for steering statistics. */
  suppressionK: integer("suppression_k").notNull().default(5),
  volunteerMaxLevel: integer("volunteer_max_level").notNull().default(2),
  supervisionOfficerWeeks: integer("supervision_officer_weeks").notNull().default(6),
  supervisionVolunteerWeeks: integer("supervision_volunteer_weeks").notNull().default(4),
  inactiveCaseDays: integer("inactive_case_days").notNull().default(28),
  retentionYears: integer("retention_years").notNull().default(6),
  // Overdue thresholds (overdue/overdue.rules.ts reads them per service; settings/ changes them).
  /** Hours an allocation may wait to be picked up. */
  acceptWithinHours: integer("accept_within_hours").notNull().default(24),
  /** Minutes a manager has to acknowledge a safeguarding concern. */
  safeguardingAckMinutes: integer("safeguarding_ack_minutes").notNull().default(60),
  /** Days of warning before a DBS renewal falls due. */
  dbsWarningDays: integer("dbs_warning_days").notNull().default(30),
  /** Days of warning ahead of an urgent key date. */
  keyDateWarningDays: integer("key_date_warning_days").notNull().default(7),
  /** Largest file the case folder accepts, in MB (decision 038). */
  documentFileMaxMb: integer("document_file_max_mb").notNull().default(20),
  /** Most a referral's or family's folder may hold, every version counted, in MB (decision 038). */
  documentFolderMaxMb: integer("document_folder_max_mb").notNull().default(200),
  /** Working days after an attended meeting until the follow-up review with the family is due [001 (7)]. */
  meetingFollowUpWorkingDays: integer("meeting_follow_up_working_days").notNull().default(10),
  /** Months after closing in which a case may be reopened rather than a new referral entered (docs/casework-rules.md). */
  reopenWithinMonths: integer("reopen_within_months").notNull().default(3),
  /** Who may record a conduct incident (decision 042); default: whoever works the case, and managers. */
  conductRecordedBy: conductRecordedBy("conduct_recorded_by").notNull().default("CASE_WORKERS"),
  isDemo: boolean("is_demo").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
