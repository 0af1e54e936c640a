import { describe, expect, it } from "vitest";
import { SAFEGUARDING_ACK_WITHIN_MINUTES, mayRaiseBeforeAllocation } from "./safeguarding.rules.js";

describe("safeguarding rules", () => {
  it("a concern must be acknowledged by a manager within the hour", () => {
    expect(SAFEGUARDING_ACK_WITHIN_MINUTES).toBe(60);
  });

  it("only a manager may raise a concern on a referral not yet allocated", () => {
    expect(mayRaiseBeforeAllocation("MANAGER")).toBe(true);
    expect(mayRaiseBeforeAllocation("OFFICER")).toBe(false);
    expect(mayRaiseBeforeAllocation("VOLUNTEER")).toBe(false);
  });
});
