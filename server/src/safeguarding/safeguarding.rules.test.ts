import { describe, expect, it } from "vitest";
import { SAFEGUARDING_ACK_WITHIN_MINUTES, mayRaiseConcern, raisesConcernAtIntake } from "./safeguarding.rules.js";

describe("safeguarding rules", () => {
  it("a concern must be acknowledged by a manager within the hour", () => {
    expect(SAFEGUARDING_ACK_WITHIN_MINUTES).toBe(60);
  });

  it("any staff member who works with families may raise a concern; steering members and administrators may not", () => {
    expect(mayRaiseConcern("MANAGER")).toBe(true);
    expect(mayRaiseConcern("OFFICER")).toBe(true);
    expect(mayRaiseConcern("VOLUNTEER")).toBe(true);
    expect(mayRaiseConcern("STEERING")).toBe(false);
    expect(mayRaiseConcern("ADMIN")).toBe(false);
  });

  it("a referral entered by staff with its safeguarding flag raises a concern at intake", () => {
    expect(raisesConcernAtIntake({ safeguardingFlag: true, createdById: "s" })).toBe(true);
    expect(raisesConcernAtIntake({ safeguardingFlag: false, createdById: "s" })).toBe(false);
    expect(raisesConcernAtIntake({ safeguardingFlag: true, createdById: null })).toBe(false);
  });
});
