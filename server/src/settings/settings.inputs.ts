import type { z } from "zod";
import { Int } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { inputType } from "../graphql/input-type.js";
import { ConductRecordedBy } from "../graphql/enums.js";
import { settingsSchema } from "./settings.validation.js";

export const OfficeHoursInput = inputType("OfficeHoursInput", settingsSchema.shape.officeHours, {
  fields: { timeZone: () => String, days: () => [Int], open: () => String, close: () => String },
});

export const ServiceSettingsInput = inputType("ServiceSettingsInput", settingsSchema, {
  description:
    "Every setting of the service, as it should be from now on; settings added later (meeting follow-up, reopen window) may be left out.",
  fields: {
    officeHours: () => OfficeHoursInput,
    closureDays: () => [GraphQLLocalDate],
    responseTargetDays: () => Int,
    responseMaxDays: () => Int,
    suppressionK: () => Int,
    volunteerMaxLevel: () => Int,
    supervisionOfficerWeeks: () => Int,
    supervisionVolunteerWeeks: () => Int,
    inactiveCaseDays: () => Int,
    acceptWithinHours: () => Int,
    safeguardingAckMinutes: () => Int,
    dbsWarningDays: () => Int,
    keyDateWarningDays: () => Int,
    meetingFollowUpWorkingDays: { type: () => Int, description: "Absent: unchanged." },
    reopenWithinMonths: { type: () => Int, description: "Absent: unchanged." },
    conductRecordedBy: { type: () => ConductRecordedBy, description: "Who may record a conduct incident. Absent: unchanged." },
    areaPostcodeDistricts: () => [String],
    documentFileMaxMb: () => Int,
    documentFolderMaxMb: () => Int,
  },
});
export type ServiceSettingsInput = z.input<typeof settingsSchema>;
