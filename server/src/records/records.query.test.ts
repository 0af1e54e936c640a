import { describe, expect, it } from "vitest";
import { storedReferences } from "./records.query.js";

describe("a reference as typed", () => {
  it("is looked up as stored, with or without its prefix, in any case", () => {
    expect(storedReferences("7k2m9q")).toEqual(["R-7K2M9Q"]);
    expect(storedReferences(" r-7k2m9q ")).toEqual(["R-7K2M9Q"]);
    expect(storedReferences("R-7K2M9Q")).toEqual(["R-7K2M9Q"]);
  });

  it("that begins with R may be the reference's own first character or its prefix without the dash", () => {
    // R-RK2M9Q typed without its prefix, and R-7K2M9Q typed without its dash.
    expect(storedReferences("rk2m9q")).toContain("R-RK2M9Q");
    expect(storedReferences("R7K2M9Q")).toContain("R-7K2M9Q");
  });
});
