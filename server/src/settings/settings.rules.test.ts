import { describe, expect, it } from "vitest";
import { getTableConfig } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { ACCEPT_WITHIN_HOURS, KEY_DATE_WARNING_DAYS } from "../overdue/overdue.rules.js";
import { DBS_WARNING_DAYS } from "../staff/staff.rules.js";
import { SAFEGUARDING_ACK_WITHIN_MINUTES } from "../safeguarding/safeguarding.rules.js";
import { RECOMPUTE_OPEN_REFERRAL_CLOCKS, SETTING_LIMITS, opensBeforeCloses, folderHoldsLargestFile } from "./settings.rules.js";
import { settingsSchema } from "./settings.validation.js";
import { CASEWORK_SETTING_DEFAULTS } from "../casework/casework.rules.js";

const columnDefault = (name: string) => getTableConfig(services).columns.find((c) => c.name === name)?.default;

describe("settings rules", () => {
  it("a new service starts from the policies' thresholds: 24 hours to accept, 60 minutes to acknowledge, 30 days before DBS renewal, 7 before a key date", () => {
    expect(columnDefault("accept_within_hours")).toBe(ACCEPT_WITHIN_HOURS);
    expect(columnDefault("safeguarding_ack_minutes")).toBe(SAFEGUARDING_ACK_WITHIN_MINUTES);
    expect(columnDefault("dbs_warning_days")).toBe(DBS_WARNING_DAYS);
    expect(columnDefault("key_date_warning_days")).toBe(KEY_DATE_WARNING_DAYS);
    expect(columnDefault("reopen_within_months")).toBe(CASEWORK_SETTING_DEFAULTS.reopenWithinMonths);
  });

  it("office hours open before they close", () => {
    expect(opensBeforeCloses("08:00", "17:00")).toBe(true);
    expect(opensBeforeCloses("17:00", "08:00")).toBe(false);
    expect(opensBeforeCloses("09:00", "09:00")).toBe(false);
  });

  it("referrals already received keep their response clocks when settings change", () => {
    expect(RECOMPUTE_OPEN_REFERRAL_CLOCKS).toBe(false);
  });

  it("every numeric setting has limits and a field in the input", () => {
    for (const key of Object.keys(SETTING_LIMITS)) expect(Object.keys(settingsSchema.shape)).toContain(key);
  });
});

describe("folderHoldsLargestFile", () => {
  it("asks a family's folder to hold at least one file of the largest size", () => {
    expect(folderHoldsLargestFile(20, 200)).toBe(true);
    expect(folderHoldsLargestFile(20, 20)).toBe(true);
    expect(folderHoldsLargestFile(30, 20)).toBe(false);
  });
});
