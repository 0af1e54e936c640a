import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { DEFAULT_OFFICE_HOURS } from "../clock/working-time.js";
import {
  CONSENT_MAX_MONTHS,
  MISSED_MEETINGS_FOR_CLOSURE,
  conductActionAfter,
  consentValidOn,
  followUpDue,
  inactiveFromSql,
  isShortNotice,
  latestReviewOn,
  mayCloseWith,
  needsConsent,
  decisionMakerWithCapacity,
  mayRecordCapacity,
  isEscalation,
  jointWorkerMayWrite,
  mayJointWork,
  mayReopenAfter,
  mayReopenUntil,
  CASEWORK_SETTING_DEFAULTS,
  issuesEvaluation,
  mayCloseAsWorked,
  wasWorked,
  isThirdPartyContact,
  INTERNAL_ACTIVITY_KINDS,
  needsSummary,
  whyConsentNotValid,
} from "./casework.rules.js";

const consent = { granted: true, givenOn: "2026-01-10", reviewOn: "2026-07-10", withdrawnOn: null, partyName: "Ms Patel" };

describe("consent rules", () => {
  it("a consent allows contact from the day it was given until its review date, unless withdrawn or refused", () => {
    expect(consentValidOn(consent, "2026-01-10")).toBe(true);
    expect(consentValidOn(consent, "2026-07-10")).toBe(true);
    expect(consentValidOn(consent, "2026-07-11")).toBe(false);
    expect(consentValidOn(consent, "2026-01-09")).toBe(false);
    expect(consentValidOn({ ...consent, withdrawnOn: "2026-03-01" }, "2026-03-01")).toBe(false);
    expect(consentValidOn({ ...consent, withdrawnOn: "2026-03-01" }, "2026-02-28")).toBe(true);
    expect(consentValidOn({ ...consent, granted: false }, "2026-02-01")).toBe(false);
  });

  it("says why a consent does not allow a contact", () => {
    expect(whyConsentNotValid({ ...consent, granted: false }, "2026-02-01")).toMatch(/refused consent/);
    expect(whyConsentNotValid(consent, "2026-08-01")).toMatch(/due for review on 2026-07-10/);
  });

  it("consent is reviewed within 12 months of being given", () => {
    expect(CONSENT_MAX_MONTHS).toBe(12);
    expect(latestReviewOn("2026-01-10")).toBe("2027-01-10");
  });
});

describe("activity rules", () => {
  it("advice, information and professional contacts say what was discussed or given", () => {
    expect(needsSummary("ADVICE_GIVEN")).toBe(true);
    expect(needsSummary("PHONE_CALL")).toBe(false);
  });

  it("a contact with a professional needs a current consent for that party", () => {
    expect(needsConsent("PROFESSIONAL_CONTACT", false)).toBe(true);
    expect(needsConsent("PROFESSIONAL_CONTACT", true)).toBe(true);
    expect(needsConsent("EMAIL", true)).toBe(false);
  });

  it("any contact not with the family is a third-party contact and needs a current consent for that party", () => {
    for (const kind of ["PHONE_CALL", "EMAIL", "LETTER", "FACE_TO_FACE", "MEETING_ATTENDED", "INFORMATION_GIVEN"] as const) {
      expect(isThirdPartyContact(kind, false)).toBe(true);
      expect(needsConsent(kind, false)).toBe(true);
      expect(needsConsent(kind, true)).toBe(false);
    }
    for (const kind of INTERNAL_ACTIVITY_KINDS) expect(needsConsent(kind, false)).toBe(false);
  });
});

describe("meeting rules", () => {
  it("less than two weeks' notice is short notice", () => {
    const at = new Date("2026-11-20T10:00:00Z");
    expect(isShortNotice(at, "2026-11-07", "Europe/London")).toBe(true);
    expect(isShortNotice(at, "2026-11-06", "Europe/London")).toBe(false);
    expect(isShortNotice(at, null, "Europe/London")).toBe(false);
  });

  it("the follow-up review is due the given working days after the meeting, skipping weekends", () => {
    // Friday 20 November 2026 + 2 working days: Tuesday 24 November.
    expect(followUpDue({ hours: DEFAULT_OFFICE_HOURS, closureDays: [] }, new Date("2026-11-20T10:00:00Z"), 2)).toBe("2026-11-24");
  });

  it("two meetings missed without notice put the case forward for closure", () => {
    expect(MISSED_MEETINGS_FOR_CLOSURE).toBe(2);
  });
});

describe("conduct and closure rules", () => {
  it("the first incident of abusive behaviour is a warning, the next a removal", () => {
    expect(conductActionAfter(0)).toBe("WARNING");
    expect(conductActionAfter(1)).toBe("REMOVAL");
  });

  it("a case is closed for conduct only through a conduct incident", () => {
    expect(mayCloseWith("CONDUCT_REMOVAL")).toBe(false);
    expect(mayCloseWith("OUTCOME_ACHIEVED")).toBe(true);
  });
});

describe("a case's life", () => {
  it("a case falls inactive the service's inactive days after its last activity, or after it opened", () => {
    expect(new PgDialect().sqlToQuery(inactiveFromSql(sql`c`, sql`sv`)).sql).toBe(
      "(coalesce(c.last_activity_at, c.opened_at) + make_interval(days => sv.inactive_case_days))",
    );
  });
});

describe("closing rules", () => {
  it("a case was worked when its allocation was picked up or any activity was recorded", () => {
    expect(wasWorked({ accepted: false, activities: 0 })).toBe(false);
    expect(wasWorked({ accepted: true, activities: 0 })).toBe(true);
    expect(wasWorked({ accepted: false, activities: 1 })).toBe(true);
  });

  it("a case nobody worked cannot close as outcome achieved", () => {
    expect(mayCloseAsWorked("OUTCOME_ACHIEVED", false)).toBe(false);
    expect(mayCloseAsWorked("OUTCOME_ACHIEVED", true)).toBe(true);
    expect(mayCloseAsWorked("NO_CONTACT", false)).toBe(true);
  });

  it("only a worked case issues an evaluation code", () => {
    expect(issuesEvaluation(false)).toBe(false);
    expect(issuesEvaluation(true)).toBe(true);
  });

  it("a consent ends with the case on the day it closes", () => {
    expect(consentValidOn({ ...consent, endedOn: "2026-03-01" }, "2026-02-28")).toBe(true);
    expect(consentValidOn({ ...consent, endedOn: "2026-03-01" }, "2026-03-01")).toBe(false);
    expect(whyConsentNotValid({ ...consent, endedOn: "2026-03-01" }, "2026-03-02")).toMatch(/when the case closed/);
  });
});

describe("level changes, reopening and joint working", () => {
  it("a move to a higher level is an escalation", () => {
    expect(isEscalation(2, 4)).toBe(true);
    expect(isEscalation(3, 2)).toBe(false);
  });

  it("a closed case can be reopened for three months by default, then the family is re-referred", () => {
    expect(CASEWORK_SETTING_DEFAULTS.reopenWithinMonths).toBe(3);
    expect(mayReopenUntil(new Date("2026-01-31T10:00:00Z"), 3).toISOString()).toBe("2026-05-01T10:00:00.000Z");
  });

  it("a family removed for conduct is not taken back by reopening", () => {
    expect(mayReopenAfter("CONDUCT_REMOVAL")).toBe(false);
    expect(mayReopenAfter("NO_CONTACT")).toBe(true);
  });

  it("joint working is for level-4 cases: a co-worker writes, a shadow reads", () => {
    expect(mayJointWork(4)).toBe(true);
    expect(mayJointWork(3)).toBe(false);
    expect(jointWorkerMayWrite("CO_WORKER")).toBe(true);
    expect(jointWorkerMayWrite("SHADOW")).toBe(false);
  });
});

describe("16 and over", () => {
  it("a young person aged 16 or over decides for themselves unless the latest assessment found they lack capacity", () => {
    expect(decisionMakerWithCapacity("YOUNG_PERSON", null)).toBe("YOUNG_PERSON");
    expect(decisionMakerWithCapacity("YOUNG_PERSON", { hasCapacity: true })).toBe("YOUNG_PERSON");
    expect(decisionMakerWithCapacity("YOUNG_PERSON", { hasCapacity: false })).toBe("PARENT_CARER");
    expect(decisionMakerWithCapacity("PARENT_CARER", { hasCapacity: true })).toBe("PARENT_CARER");
  });

  it("capacity is assessed only for a young person aged 16 or over", () => {
    expect(mayRecordCapacity("YOUNG_PERSON")).toBe(true);
    expect(mayRecordCapacity("PARENT_CARER")).toBe(false);
  });
});
