import { describe, expect, it } from "vitest";
import { IDEMPOTENCY_KEY_PATTERN, keepsAnswer } from "./idempotency.rules.js";

describe("idempotency rules", () => {
  it("a key is 16 to 128 letters, digits, - or _ (a UUID qualifies)", () => {
    expect(IDEMPOTENCY_KEY_PATTERN.test("0b6d0f0e-5a4e-4a7f-9a3c-3a1f2b8c9d10")).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test("short")).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test("x".repeat(129))).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test("has spaces in the key")).toBe(false);
  });

  it("the answers of sign-in, closing a case and evaluations are never kept", () => {
    expect(keepsAnswer(["createReferral"])).toBe(true);
    expect(keepsAnswer(["login"])).toBe(false);
    expect(keepsAnswer(["closeCase"])).toBe(false);
    expect(keepsAnswer(["submitEvaluation"])).toBe(false);
    expect(keepsAnswer(["createReferral", "closeCase"])).toBe(false);
    expect(keepsAnswer([])).toBe(false);
  });
});
