import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable.js";

/** An error as drizzle throws it: its own message, the driver's error as `cause`. */
const wrapped = (code: string) =>
  Object.assign(new Error("Failed query: select 1"), { cause: Object.assign(new Error("driver"), { code }) });

describe("isDatabaseUnavailable", () => {
  it.each([
    "57P01",
    "57P02",
    "57P03",
    "53300",
    "08006",
    "08001",
    "CONNECTION_CLOSED",
    "CONNECTION_ENDED",
    "CONNECT_TIMEOUT",
    "ECONNREFUSED",
    "ECONNRESET",
  ])("reads %s, wrapped or not, as the database gone away", (code) => {
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code }))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(code))).toBe(true);
  });
  it.each(["23505", "40001", "40P01", "22P02", "42P01", "ENOENT"])("does not read %s as the database gone away", (code) => {
    expect(isDatabaseUnavailable(wrapped(code))).toBe(false);
  });
  it("answers false for anything without a code, and for a cycle of causes", () => {
    const cycle: { cause?: unknown } = new Error("loop");
    cycle.cause = cycle;
    expect([undefined, null, "text", new Error("plain"), cycle].map(isDatabaseUnavailable)).toEqual([false, false, false, false, false]);
  });
});
