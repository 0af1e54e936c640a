import { describe, expect, it } from "vitest";
import { SAFEGUARDING_ACK_WITHIN_MINUTES, mayRaiseBeforeAllocation, raisesConcernAtIntake } from "./safeguarding.rules.js";

describe("safeguarding rules", () => {
  it("a concern must be acknowledged by a manager within the hour", () => {
    expect(SAFEGUARDING_ACK_WITHIN_MINUTES).toBe(60);
  });

  it("any staff member who raises concerns may raise one on a referral not yet allocated", () => {
    expect(mayRaiseBeforeAllocation("MANAGER")).toBe(true);
    expect(mayRaiseBeforeAllocation("OFFICER")).toBe(true);
    expect(mayRaiseBeforeAllocation("VOLUNTEER")).toBe(true);
    expect(mayRaiseBeforeAllocation("STEERING")).toBe(false);
    expect(mayRaiseBeforeAllocation("ADMIN")).toBe(false);
  });

  it("a referral entered by staff with its safeguarding flag raises a concern at intake", () => {
    expect(raisesConcernAtIntake({ safeguardingFlag: true, createdById: "s" })).toBe(true);
    expect(raisesConcernAtIntake({ safeguardingFlag: false, createdById: "s" })).toBe(false);
    expect(raisesConcernAtIntake({ safeguardingFlag: true, createdById: null })).toBe(false);
  });
});
