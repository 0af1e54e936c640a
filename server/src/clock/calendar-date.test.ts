import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DateTime } from "luxon";
import { ageOn, daysBetween, localDate, shortDate } from "./calendar-date.js";

const zones = ["Europe/London", "UTC", "America/New_York", "Pacific/Auckland"];
const instant = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T23:59:59Z"), noInvalidDate: true });
const isoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("calendar dates agree with Luxon", () => {
  it("localDate", () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (at, zone) => {
        expect(localDate(at, zone)).toBe(DateTime.fromJSDate(at, { zone }).toISODate());
      }),
      { numRuns: 2000 },
    );
  });

  it("localDate either side of the clocks changing in London", () => {
    expect(localDate(new Date("2026-03-28T23:30:00Z"), "Europe/London")).toBe("2026-03-28");
    expect(localDate(new Date("2026-10-24T23:30:00Z"), "Europe/London")).toBe("2026-10-25");
    expect(localDate(new Date("2026-10-25T23:30:00Z"), "Europe/London")).toBe("2026-10-25");
  });

  it("daysBetween", () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const luxon = Math.round(DateTime.fromISO(b, { zone: "UTC" }).diff(DateTime.fromISO(a, { zone: "UTC" }), "days").days);
        expect(daysBetween(a, b)).toBe(luxon);
      }),
      { numRuns: 2000 },
    );
  });

  it("ageOn, including 29 February birthdays", () => {
    const luxonAge = (dob: string, on: string) =>
      Math.floor(DateTime.fromISO(on, { zone: "Europe/London" }).diff(DateTime.fromISO(dob, { zone: "Europe/London" }), "years").years);
    fc.assert(
      fc.property(isoDate, isoDate, (dob, on) => {
        expect(ageOn(dob, on)).toBe(luxonAge(dob, on));
      }),
      { numRuns: 3000 },
    );
    for (const [dob, on, age] of [
      ["2012-02-29", "2013-02-27", 0],
      ["2012-02-29", "2013-02-28", 1],
      ["2012-02-29", "2016-02-28", 3],
      ["2012-02-29", "2016-02-29", 4],
      ["2010-11-23", "2026-11-22", 15],
      ["2010-11-23", "2026-11-23", 16],
    ] as const) {
      expect(ageOn(dob, on)).toBe(age);
      expect(luxonAge(dob, on)).toBe(age);
    }
  });

  it("shortDate", () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        expect(shortDate(d)).toBe(DateTime.fromISO(d).toFormat("d LLL"));
      }),
      { numRuns: 500 },
    );
  });
});
