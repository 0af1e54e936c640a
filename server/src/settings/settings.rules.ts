/*
 * Service settings an administrator may change (decision 030): one typed list of fields, each with
 * its limits, so adding a setting is one entry here, one column on `services` and one form field.
 */

/** Bounds of each numeric setting: [min, max]. */
export const SETTING_LIMITS = {
  responseTargetDays: [1, 20],
  responseMaxDays: [1, 30],
  suppressionK: [3, 50],
  volunteerMaxLevel: [1, 4],
  supervisionOfficerWeeks: [1, 26],
  supervisionVolunteerWeeks: [1, 26],
  inactiveCaseDays: [7, 365],
  acceptWithinHours: [1, 168],
  safeguardingAckMinutes: [5, 1440],
  dbsWarningDays: [1, 180],
  keyDateWarningDays: [1, 60],
  documentFileMaxMb: [1, 100],
  documentFolderMaxMb: [10, 5000],
  meetingFollowUpWorkingDays: [1, 60],
  reopenWithinMonths: [1, 24],
} as const satisfies Record<string, readonly [number, number]>;
export type NumericSetting = keyof typeof SETTING_LIMITS;

/** A family's document folder must hold at least one file of the largest size a folder accepts (decision 038). */
export const folderHoldsLargestFile = (fileMaxMb: number, folderMaxMb: number) => folderMaxMb >= fileMaxMb;
export const FOLDER_SMALLER_THAN_FILE = "A folder must hold at least one largest file.";

/** Office hours are whole days 1 (Monday) to 7 (Sunday), opening before closing, in one IANA time zone. */
export const opensBeforeCloses = (open: string, close: string) => open < close;

/**
 * Changing office hours or closure days does not move the response target or maximum of referrals
 * already received: those were promised to the family when they arrived (decision 030).
 */
export const RECOMPUTE_OPEN_REFERRAL_CLOCKS = false;
