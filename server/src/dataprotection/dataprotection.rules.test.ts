import { describe, expect, it } from "vitest";
import { PERSONAL_COLUMNS } from "./dataprotection.rules.js";

describe("data protection rules", () => {
  it("erasure keeps the statistical skeleton: categories, levels, channels, age at referral and postcode district", () => {
    const erased = Object.values(PERSONAL_COLUMNS).flat() as string[];
    for (const kept of ["ethnicity", "age_at_referral", "postcode_district", "level", "channel", "primary_need", "received_at"]) {
      expect(erased).not.toContain(kept);
    }
  });

  it("erasure removes every name, contact detail and free-text note of a family", () => {
    expect(PERSONAL_COLUMNS.people).toEqual(expect.arrayContaining(["full_name", "email", "phone", "address", "postcode"]));
    expect(PERSONAL_COLUMNS.children).toEqual(expect.arrayContaining(["full_name", "date_of_birth"]));
    expect(PERSONAL_COLUMNS.activities).toEqual(["summary", "void_reason"]);
    expect(PERSONAL_COLUMNS.record_corrections).toEqual(["previous_value", "new_value", "reason"]);
  });
});
