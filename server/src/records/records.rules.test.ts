import { describe, expect, it } from "vitest";
import { hitAccess, normalisePostcode, personCorrectable, personReadable, voidable } from "./records.rules.js";

describe("records rules", () => {
  it("a searcher sees a family in full only when they may read any record, entered it or hold it", () => {
    expect(hitAccess({ readsAny: true, entered: false, holds: false })).toBe("FULL");
    expect(hitAccess({ readsAny: false, entered: true, holds: false })).toBe("FULL");
    expect(hitAccess({ readsAny: false, entered: false, holds: true })).toBe("FULL");
    expect(hitAccess({ readsAny: false, entered: false, holds: false })).toBe("LIMITED");
  });

  it("postcodes compare upper-case without spaces", () => {
    expect(normalisePostcode(" st4 7qb ")).toBe("ST47QB");
  });

  it("the family record opens for managers, and otherwise only on a family the viewer entered or holds", () => {
    expect(personReadable({ readsAny: true, theirs: false })).toBe(true);
    expect(personReadable({ readsAny: false, theirs: true })).toBe(true);
    expect(personReadable({ readsAny: false, theirs: false })).toBe(false);
    expect(personCorrectable({ writesAny: false, theirs: false })).toBe(false);
  });

  it("an entry made in error is voided by a manager or the case's holder, not by someone who once held it", () => {
    expect(voidable({ writesAny: true, holds: false, recordedBySelf: false })).toBe(true);
    expect(voidable({ writesAny: false, holds: true, recordedBySelf: false })).toBe(true);
    expect(voidable({ writesAny: false, holds: false, recordedBySelf: true })).toBe(false);
  });
});
