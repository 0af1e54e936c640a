import { describe, expect, it } from "vitest";
import {
  AGE_AT_REFERRAL,
  PRIORITY_OVERRIDE,
  STATUTORY_STAGES,
  URGENT_KEY_DATE_KINDS,
  ageInYears,
  checkEligibility,
  deriveStatutoryDates,
  isStatutoryStage,
  isUrgentKind,
  isWithinAge,
  livesInArea,
  postcodeDistrict,
  sendConcernDescribed,
  replacesCurrent,
  supersedesEarlier,
} from "./triage.rules.js";

const facts = {
  dateOfBirth: "2012-05-14",
  receivedAt: new Date("2026-11-20T10:00:00Z"),
  timeZone: "Europe/London",
  needsOverview: "Autism",
  reasonForReferral: null,
  postcode: "ST4 7QB",
  areaName: "Stoke-on-Trent",
  areaPostcodeDistricts: ["ST4"],
};

describe("eligibility rules", () => {
  it("a child aged 0–25 at referral is within age", () => {
    expect(AGE_AT_REFERRAL).toEqual({ min: 0, max: 25 });
    expect([0, 16, 25].every(isWithinAge)).toBe(true);
    expect([-1, 26].some(isWithinAge)).toBe(false);
  });

  it("age is counted in whole years on the local date of the referral", () => {
    // 23:30 UTC on 19 November is 19 November in London in winter: the birthday is the next day.
    expect(ageInYears("2000-11-20", new Date("2026-11-19T23:30:00Z"), "Europe/London")).toBe(25);
    expect(ageInYears("2000-11-20", new Date("2026-11-20T00:30:00Z"), "Europe/London")).toBe(26);
  });

  it("a family lives in the area when their postcode's district is one of the service's", () => {
    expect(postcodeDistrict("st4 7qb")).toBe("ST4");
    expect(postcodeDistrict("not a postcode")).toBeNull();
    expect(livesInArea("ST4", ["st1", "st4"])).toBe(true);
    expect(livesInArea("M1", ["ST4"])).toBe(false);
  });

  it("a SEND concern is described by the needs overview or the reason for referral", () => {
    expect(sendConcernDescribed("Autism", null)).toBe(true);
    expect(sendConcernDescribed("  ", "School cannot meet his needs")).toBe(true);
    expect(sendConcernDescribed(null, " ")).toBe(false);
  });

  it("each criterion is met, not met, or not known yet, in words", () => {
    expect(checkEligibility(facts)).toEqual([
      { code: "AGE", met: true, label: "Aged 14 at referral (0–25)" },
      { code: "SEND_CONCERN", met: true, label: "SEND concern described" },
      { code: "RESIDENCE", met: true, label: "Lives in Stoke-on-Trent (ST4)" },
    ]);
    expect(checkEligibility({ ...facts, dateOfBirth: null, needsOverview: null, postcode: null }).map((c) => c.met)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe("priority rules", () => {
  it("tribunals, appeals, exclusion hearings, meetings and statutory deadlines make a referral urgent", () => {
    expect(URGENT_KEY_DATE_KINDS).toContain("TRIBUNAL");
    expect(isUrgentKind("DECISION_LETTER")).toBe(false);
  });

  it("an EHC needs assessment, draft plan, appeal or exclusion is a statutory process under way", () => {
    expect(STATUTORY_STAGES).toEqual(["EHC_NEEDS_ASSESSMENT", "DRAFT_PLAN", "APPEAL_TRIBUNAL", "EXCLUSION"]);
    expect(isStatutoryStage("SEN_SUPPORT")).toBe(false);
  });

  it("a manager may override the priority with any value from 0 to 200", () => {
    expect(PRIORITY_OVERRIDE).toEqual({ min: 0, max: 200 });
  });
});

describe("statutory timelines", () => {
  it("a request for an EHC needs assessment brings a decision in 6 weeks and a final plan in 20", () => {
    expect(deriveStatutoryDates("EHC_NEEDS_ASSESSMENT_REQUEST", "2026-01-05").map((d) => [d.kind, d.on])).toEqual([
      ["DECISION_TO_ASSESS_DUE", "2026-02-16"],
      ["FINAL_PLAN_DUE", "2026-05-25"],
    ]);
  });

  it("a draft plan may be commented on for 15 days", () => {
    expect(deriveStatutoryDates("DRAFT_PLAN_RECEIVED", "2026-03-01")[0]?.on).toBe("2026-03-16");
  });

  it("an appeal is due 2 months after the decision or 1 month after a mediation certificate, whichever is later", () => {
    const decision = deriveStatutoryDates("DECISION_LETTER", "2026-01-10")[0]!;
    expect(decision.on).toBe("2026-03-10");
    const lateCertificate = deriveStatutoryDates("MEDIATION_CERTIFICATE", "2026-03-01")[0]!;
    expect(lateCertificate.on).toBe("2026-04-01");
    expect(replacesCurrent({ on: lateCertificate.on, derived: true }, decision)).toBe(true);
    // A certificate soon after the decision does not bring the appeal forward.
    const earlyCertificate = deriveStatutoryDates("MEDIATION_CERTIFICATE", "2026-01-20")[0]!;
    expect(earlyCertificate.on).toBe("2026-02-20");
    expect(replacesCurrent({ on: earlyCertificate.on, derived: true }, decision)).toBe(false);
    // A deadline entered by hand is the current one whatever its date.
    expect(replacesCurrent({ on: "2026-02-01", derived: false }, decision)).toBe(true);
  });
});

describe("key date rules", () => {
  it("a new appeal deadline supersedes the earlier one", () => {
    expect(supersedesEarlier("APPEAL_DEADLINE")).toBe(true);
    expect(supersedesEarlier("TRIBUNAL")).toBe(false);
    expect(supersedesEarlier("MEETING")).toBe(false);
  });
});
