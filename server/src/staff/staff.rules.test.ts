import { describe, expect, it } from "vitest";
import {
  CASE_HOLDING_ROLES,
  DBS_WARNING_DAYS,
  confidentialitySignedBy,
  dbsValidOn,
  dueSoon,
  holdsCases,
  trainingCurrentOn,
} from "./staff.rules.js";

const today = "2026-11-20";

describe("staff rules", () => {
  it("managers, officers and volunteers hold cases; steering members and administrators do not", () => {
    expect(CASE_HOLDING_ROLES).toEqual(["MANAGER", "OFFICER", "VOLUNTEER"]);
    expect(holdsCases("VOLUNTEER")).toBe(true);
    expect(holdsCases("STEERING")).toBe(false);
    expect(holdsCases("ADMIN")).toBe(false);
  });

  it("an enhanced DBS check is valid until its renewal date", () => {
    expect(dbsValidOn({ dbsEnhanced: true, dbsRenewalDueOn: today }, today)).toBe(true);
    expect(dbsValidOn({ dbsEnhanced: true, dbsRenewalDueOn: null }, today)).toBe(true);
    expect(dbsValidOn({ dbsEnhanced: true, dbsRenewalDueOn: "2026-11-19" }, today)).toBe(false);
    expect(dbsValidOn({ dbsEnhanced: false, dbsRenewalDueOn: "2030-01-01" }, today)).toBe(false);
  });

  it("training counts until it expires, and for good when it has no expiry date", () => {
    expect(trainingCurrentOn({ expiresOn: today }, today)).toBe(true);
    expect(trainingCurrentOn({ expiresOn: null }, today)).toBe(true);
    expect(trainingCurrentOn({ expiresOn: "2026-11-19" }, today)).toBe(false);
  });

  it("the confidentiality policy counts as signed from the day it was signed", () => {
    expect(confidentialitySignedBy(today, today)).toBe(true);
    expect(confidentialitySignedBy("2026-11-21", today)).toBe(false);
    expect(confidentialitySignedBy(null, today)).toBe(false);
  });

  it("a renewal or expiry is due soon from 30 days before it, until the day itself", () => {
    expect(DBS_WARNING_DAYS).toBe(30);
    expect(dueSoon("2026-12-20", today)).toBe(true);
    expect(dueSoon("2026-12-21", today)).toBe(false);
    expect(dueSoon(today, today)).toBe(true);
    expect(dueSoon("2026-11-19", today)).toBe(false);
    expect(dueSoon(null, today)).toBe(false);
  });
});
