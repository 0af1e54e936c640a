import type { ConductRecordedBy } from "../core/vocabulary.js";
/** Office hours in the service's time zone: days 1 (Monday) to 7 (Sunday), times "HH:MM". */
export interface OfficeHours {
  timeZone: string;
  days: number[];
  open: string;
  close: string;
}

/** Everything an administrator may set for their service (decision 030). */
export interface ServiceSettings {
  officeHours: OfficeHours;
  closureDays: string[];
  responseTargetDays: number;
  responseMaxDays: number;
  suppressionK: number;
  volunteerMaxLevel: number;
  supervisionOfficerWeeks: number;
  supervisionVolunteerWeeks: number;
  inactiveCaseDays: number;
  acceptWithinHours: number;
  safeguardingAckMinutes: number;
  dbsWarningDays: number;
  keyDateWarningDays: number;
  /** Working days from an attended meeting to the follow-up review with the family. */
  meetingFollowUpWorkingDays: number;
  /** Months after closing in which a case may be reopened. */
  reopenWithinMonths: number;
  /** Who may record a conduct incident (decision 042). */
  conductRecordedBy: ConductRecordedBy;
  areaPostcodeDistricts: string[];
  documentFileMaxMb: number;
  documentFolderMaxMb: number;
}
