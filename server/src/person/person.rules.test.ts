import { describe, expect, it } from "vitest";
import { initialsOf } from "./person.rules.js";

describe("initialsOf", () => {
  it("a child on a caseload list is shown by the initials of their first and last names", () => {
    expect(initialsOf("Amara Okafor-Jones")).toBe("A O");
    expect(initialsOf("  zoë   de la  cruz ")).toBe("Z C");
  });
  it("a single name gives one initial, and no name gives none", () => {
    expect(initialsOf("Sam")).toBe("S");
    expect(initialsOf("   ")).toBeNull();
    expect(initialsOf(null)).toBeNull();
  });
  it("keeps a letter outside the basic alphabet whole", () => {
    expect(initialsOf("Łucja Ó'Brien")).toBe("Ł Ó");
  });
});
