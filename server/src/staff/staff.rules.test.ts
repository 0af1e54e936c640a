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
import { appraisalDueOn, complianceIssues, type ComplianceFacts } from "./staff.rules.js";

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

describe("complianceIssues", () => {
  const today = "2026-11-20";
  const complete: ComplianceFacts = {
    role: "VOLUNTEER",
    startedOn: "2026-01-05",
    dbsEnhanced: true,
    dbsCheckedOn: "2026-01-01",
    dbsRenewalDueOn: "2029-01-01",
    dbsBarredListChecked: true,
    dbsUpdateService: true,
    dbsUpdateServiceRenewalOn: "2027-06-01",
    confidentialitySignedOn: "2026-01-05",
    training: [
      { kind: "INDUCTION", expiresOn: null },
      { kind: "SAFEGUARDING", expiresOn: "2028-01-01" },
      { kind: "IPSEA_LEVEL_1", expiresOn: null },
      { kind: "OBSERVATION", expiresOn: null },
    ],
    lastAppraisalOn: "2026-10-01",
  };
  const items = (f: Partial<ComplianceFacts>) => complianceIssues({ ...complete, ...f }, today).map((i) => `${i.item}:${i.state}`);

  it("complete, current records raise nothing", () => {
    expect(items({})).toEqual([]);
  });

  it("lists missing, expired and due-soon records", () => {
    expect(items({ dbsBarredListChecked: false, training: [], lastAppraisalOn: "2026-08-25" })).toEqual([
      "BARRED_LIST:MISSING",
      "INDUCTION:MISSING",
      "SAFEGUARDING:MISSING",
      "IPSEA_LEVEL_1:MISSING",
      "OBSERVATION:MISSING",
      "APPRAISAL:DUE_SOON",
    ]);
    expect(items({ dbsRenewalDueOn: "2026-11-19", dbsUpdateServiceRenewalOn: "2026-12-01", lastAppraisalOn: null })).toEqual([
      "DBS:EXPIRED",
      "UPDATE_SERVICE:DUE_SOON",
      "APPRAISAL:EXPIRED",
    ]);
  });

  it("an administrator needs only the confidentiality policy", () => {
    expect(items({ role: "ADMIN", dbsEnhanced: false, training: [], confidentialitySignedOn: null })).toEqual(["CONFIDENTIALITY:MISSING"]);
  });

  it("appraisals fall due three months after the last one", () => {
    expect(appraisalDueOn("2026-11-30", "2026-01-01")).toBe("2027-02-28");
    expect(appraisalDueOn(null, "2026-01-15")).toBe("2026-04-15");
  });
});
