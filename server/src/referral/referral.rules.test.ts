import { describe, expect, it } from "vitest";
import { timeReceivedSchema } from "./referral.validation.js";
import {
  intakeEligibility,
  DECIDES_FOR_THEMSELVES_FROM_AGE,
  MAX_BACKDATE_DAYS,
  OPEN_STATUSES,
  QUEUE_STATUSES,
  REFERENCE_ALPHABET,
  SELF_REFERRAL_SOURCES,
  SETTLED_STATUSES,
  decisionMakerFor,
  isInQueue,
  isPastTarget,
  needsFamilyConsent,
  personRoleFor,
  statusAfterTriage,
} from "./referral.rules.js";

describe("referral rules", () => {
  it("a young person aged 16 or over decides for themselves", () => {
    expect(DECIDES_FOR_THEMSELVES_FROM_AGE).toBe(16);
    expect(decisionMakerFor(16)).toBe("YOUNG_PERSON");
    expect(decisionMakerFor(25)).toBe("YOUNG_PERSON");
    expect(decisionMakerFor(15)).toBe("PARENT_CARER");
    expect(decisionMakerFor(null)).toBe("PARENT_CARER");
  });

  it("a referral waits in the queue while new, triaged or in the pool, and is open until signposted or closed", () => {
    expect(QUEUE_STATUSES).toEqual(["NEW", "TRIAGED", "POOLED"]);
    expect(OPEN_STATUSES).toEqual(["NEW", "TRIAGED", "POOLED", "ALLOCATED"]);
    expect(SETTLED_STATUSES).toEqual(["SIGNPOSTED", "CLOSED"]);
    expect(isInQueue("POOLED")).toBe(true);
    expect(isInQueue("ALLOCATED")).toBe(false);
  });

  it("a professional referral needs the family's consent to share", () => {
    expect(needsFamilyConsent("PROFESSIONAL")).toBe(true);
    expect(needsFamilyConsent("PARENT_CARER")).toBe(false);
    expect(needsFamilyConsent("YOUNG_PERSON")).toBe(false);
  });

  it("a parent, carer or young person may refer themselves on the public form; a professional may not", () => {
    expect(SELF_REFERRAL_SOURCES).toEqual(["PARENT_CARER", "YOUNG_PERSON"]);
  });

  it("the person we work with is the young person when they referred themselves, otherwise the parent or carer", () => {
    expect(personRoleFor("YOUNG_PERSON")).toBe("YOUNG_PERSON");
    expect(personRoleFor("PARENT_CARER")).toBe("PARENT_CARER");
    expect(personRoleFor("PROFESSIONAL")).toBe("PARENT_CARER");
  });

  it("a letter or answerphone message may be entered up to a year after it came, not further back", () => {
    expect(MAX_BACKDATE_DAYS).toBe(366);
    const now = new Date("2026-12-04T10:00:00Z");
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
    expect(timeReceivedSchema(now).safeParse(daysAgo(100)).success).toBe(true);
    expect(timeReceivedSchema(now).safeParse(daysAgo(366)).success).toBe(true);
    expect(timeReceivedSchema(now).safeParse(daysAgo(367)).success).toBe(false);
  });

  it("a reference never uses characters that are confused when read out (0, O, 1, I, L)", () => {
    expect(REFERENCE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it("triage signposts an ineligible referral and keeps an eligible one in the pool it was published to", () => {
    expect(statusAfterTriage("NEW", false)).toBe("SIGNPOSTED");
    expect(statusAfterTriage("NEW", true)).toBe("TRIAGED");
    expect(statusAfterTriage("TRIAGED", true)).toBe("TRIAGED");
    expect(statusAfterTriage("POOLED", true)).toBe("POOLED");
  });

  it("a referral is past its target once the target passed without a first response", () => {
    const target = new Date("2026-11-20T10:00:00Z");
    expect(isPastTarget({ firstRespondedAt: null, responseTargetAt: target }, new Date("2026-11-20T10:00:00Z"))).toBe(true);
    expect(isPastTarget({ firstRespondedAt: null, responseTargetAt: target }, new Date("2026-11-20T09:59:59Z"))).toBe(false);
    expect(
      isPastTarget({ firstRespondedAt: new Date("2026-11-21T00:00:00Z"), responseTargetAt: target }, new Date("2026-11-22T00:00:00Z")),
    ).toBe(false);
  });
});

describe("intakeEligibility", () => {
  it("a young person outside 0–25 is recorded as not eligible and signposted, not refused", () => {
    const d = intakeEligibility(27, null);
    expect(d).toMatchObject({ ineligible: true, reason: "Aged 27 at referral: outside 0–25" });
    expect(d.askForSignposting).toMatch(/Aged 27, so not eligible/);
    expect(intakeEligibility(26, "Lives in Leeds.").reason).toBe("Aged 26 at referral: outside 0–25. Lives in Leeds.");
  });

  it("an officer records an enquiry as not eligible by giving the reason", () => {
    expect(intakeEligibility(10, "Out of area.")).toMatchObject({ ineligible: true, reason: "Out of area." });
    expect(intakeEligibility(25, null)).toMatchObject({ ineligible: false, reason: null });
  });
});
