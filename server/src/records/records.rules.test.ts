import { describe, expect, it } from "vitest";
import { hitAccess, normalisePostcode, phoneDigits } from "./records.rules.js";

describe("records rules", () => {
  it("a searcher sees a family in full only when they may read any record, entered it or hold it", () => {
    expect(hitAccess({ readsAny: true, entered: false, holds: false })).toBe("FULL");
    expect(hitAccess({ readsAny: false, entered: true, holds: false })).toBe("FULL");
    expect(hitAccess({ readsAny: false, entered: false, holds: true })).toBe("FULL");
    expect(hitAccess({ readsAny: false, entered: false, holds: false })).toBe("LIMITED");
  });

  it("phone numbers compare by their digits, +44 read as a leading 0", () => {
    expect(phoneDigits("+44 (0)7700 900123".replace("(0)", ""))).toBe("07700900123");
    expect(phoneDigits("07700-900 123")).toBe("07700900123");
  });

  it("postcodes compare upper-case without spaces", () => {
    expect(normalisePostcode(" st4 7qb ")).toBe("ST47QB");
  });
});
