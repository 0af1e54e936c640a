import { IANAZone } from "luxon";
import { z } from "zod";
import { isoDate } from "../core/text.js";
import { CONDUCT_RECORDED_BY } from "../core/vocabulary.js";
import {
  FOLDER_SMALLER_THAN_FILE,
  SETTING_LIMITS,
  folderHoldsLargestFile,
  opensBeforeCloses,
  type NumericSetting,
} from "./settings.rules.js";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 09:00.");
const bounded = (key: NumericSetting) => {
  const [min, max] = SETTING_LIMITS[key];
  return z.number().int("Enter a whole number.").min(min, `At least ${min}.`).max(max, `At most ${max}.`);
};

export const settingsSchema = z
  .object({
    officeHours: z
      .object({
        timeZone: z.string().refine((tz) => IANAZone.isValidZone(tz), "Enter a time zone like Europe/London."),
        days: z
          .array(z.number().int().min(1, "Days are 1 (Monday) to 7 (Sunday).").max(7, "Days are 1 (Monday) to 7 (Sunday)."))
          .min(1, "Choose at least one working day.")
          .refine((d) => new Set(d).size === d.length, "Each day once."),
        open: time,
        close: time,
      })
      .superRefine((h, ctx) => {
        if (!opensBeforeCloses(h.open, h.close))
          ctx.addIssue({ code: "custom", path: ["close"], message: "Closing time must be after opening time." });
      }),
    closureDays: z.array(isoDate("Enter closure days as real dates.")).max(366, "At most 366 closure days."),
    responseTargetDays: bounded("responseTargetDays"),
    responseMaxDays: bounded("responseMaxDays"),
    suppressionK: bounded("suppressionK"),
    volunteerMaxLevel: bounded("volunteerMaxLevel"),
    supervisionOfficerWeeks: bounded("supervisionOfficerWeeks"),
    supervisionVolunteerWeeks: bounded("supervisionVolunteerWeeks"),
    inactiveCaseDays: bounded("inactiveCaseDays"),
    acceptWithinHours: bounded("acceptWithinHours"),
    safeguardingAckMinutes: bounded("safeguardingAckMinutes"),
    dbsWarningDays: bounded("dbsWarningDays"),
    keyDateWarningDays: bounded("keyDateWarningDays"),
    meetingFollowUpWorkingDays: bounded("meetingFollowUpWorkingDays").optional().nullable(),
    reopenWithinMonths: bounded("reopenWithinMonths").optional().nullable(),
    conductRecordedBy: z.enum(CONDUCT_RECORDED_BY.values).optional().nullable(),
    areaPostcodeDistricts: z
      .array(
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{1,2}[0-9][A-Z0-9]?$/, "Enter postcode districts like ST4."),
      )
      .max(200, "At most 200 postcode districts."),
    // Added after the rest (decision 038): a form that does not send them keeps the service's values.
    documentFileMaxMb: bounded("documentFileMaxMb").optional().nullable(),
    documentFolderMaxMb: bounded("documentFolderMaxMb").optional().nullable(),
  })
  .superRefine((s, ctx) => {
    if (s.documentFileMaxMb && s.documentFolderMaxMb && !folderHoldsLargestFile(s.documentFileMaxMb, s.documentFolderMaxMb))
      ctx.addIssue({ code: "custom", path: ["documentFolderMaxMb"], message: FOLDER_SMALLER_THAN_FILE });
    if (s.responseMaxDays < s.responseTargetDays)
      ctx.addIssue({ code: "custom", path: ["responseMaxDays"], message: "The maximum cannot be shorter than the target." });
    const seen = new Map<string, number>();
    s.closureDays.forEach((d, i) => {
      if (seen.has(d)) ctx.addIssue({ code: "custom", path: ["closureDays", i], message: `${d} is already a closure day.` });
      seen.set(d, i);
    });
  });
export type ServiceSettings = z.infer<typeof settingsSchema>;
