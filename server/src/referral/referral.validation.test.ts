import { describe, expect, it } from "vitest";
import { childSchema, createReferralSchema } from "./referral.validation.js";

const child = (dateOfBirth: string) => ({ fullName: "Ana Example", dateOfBirth });

describe("schemas kept per received day", () => {
  it("judge a date of birth against the local day received, in the service's time zone", () => {
    // 23:30 UTC on 5 December is already 6 December in Auckland.
    const at = new Date("2026-12-05T23:30:00Z");
    expect(childSchema(at, "Europe/London").safeParse(child("2026-12-06")).success).toBe(false);
    expect(childSchema(at, "Pacific/Auckland").safeParse(child("2026-12-06")).success).toBe(true);
    // The next day in London, the same birth date is no longer in the future.
    expect(childSchema(new Date("2026-12-06T00:30:00Z"), "Europe/London").safeParse(child("2026-12-06")).success).toBe(true);
  });

  it("are built once per local date and option, and the options are not mixed up", () => {
    const morning = new Date("2026-12-04T09:00:00Z");
    const evening = new Date("2026-12-04T17:00:00Z");
    expect(createReferralSchema(morning, "Europe/London")).toBe(createReferralSchema(evening, "Europe/London"));
    expect(createReferralSchema(morning, "Europe/London")).not.toBe(
      createReferralSchema(new Date("2026-12-05T09:00:00Z"), "Europe/London"),
    );
    const thirty = child("1996-06-01");
    expect(childSchema(morning, "Europe/London").safeParse(thirty).success).toBe(false);
    expect(childSchema(morning, "Europe/London", { outsideAgeAllowed: true }).safeParse(thirty).success).toBe(true);
    expect(childSchema(morning, "Europe/London").safeParse(thirty).success).toBe(false);
    // 09:00 UTC on 4 December is 4 December in New York too: the same local date, the same schema.
    expect(createReferralSchema(morning, "America/New_York")).toBe(createReferralSchema(morning, "Europe/London"));
  });
});
