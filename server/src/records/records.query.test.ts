import { describe, expect, it } from "vitest";
import { storedReference } from "./records.query.js";
import { searchSchema } from "./records.validation.js";

describe("a reference as typed", () => {
  it("is looked up as stored, with or without its prefix or dash, in any case", () => {
    expect(storedReference("7k2m9q")).toBe("R-7K2M9Q");
    expect(storedReference(" r-7k2m9q ")).toBe("R-7K2M9Q");
    expect(storedReference("R-7K2M9Q")).toBe("R-7K2M9Q");
    expect(storedReference("r7k2m9q")).toBe("R-7K2M9Q");
  });

  it("that begins with R is the reference's own first character unless six characters follow it", () => {
    // R-RK2M9Q typed without its prefix, with it, and without its dash.
    expect(storedReference("rk2m9q")).toBe("R-RK2M9Q");
    expect(storedReference("R-RK2M9Q")).toBe("R-RK2M9Q");
    expect(storedReference("RRK2M9Q")).toBe("R-RK2M9Q");
  });

  it("is checked against the reference alphabet and length first", () => {
    const ok = (reference: string) => searchSchema.safeParse({ reference }).success;
    expect(ok("r-7k2m9q")).toBe(true);
    expect(ok("RRK2M9Q")).toBe(true);
    expect(ok("R-7K2M9")).toBe(false);
    // 0, 1, I, L and O are not in the alphabet (they read as each other).
    expect(ok("R-7K2M9O")).toBe(false);
    expect(ok("R-7K2M9QQ")).toBe(false);
  });
});
