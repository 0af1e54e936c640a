import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bankHolidaysForYear, isBankHoliday } from "./bank-holidays.js";
import {
  DEFAULT_OFFICE_HOURS,
  addWorkingDays,
  isWorkingDay,
  nextOpening,
  responseDeadlines,
  workingMillisBetween,
  type WorkingCalendar,
} from "./working-time.js";

// All expected values below were worked out by hand from a 2026–2027 calendar.
// Europe/London is GMT (+00:00) until 29 Mar 2026 01:00Z, BST (+01:00) until
// 25 Oct 2026 01:00Z, GMT until 28 Mar 2027, BST until 31 Oct 2027.

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 9 * HOUR; // one default working day, 08:00–17:00

const cal: WorkingCalendar = { hours: DEFAULT_OFFICE_HOURS, closureDays: [] };
const withClosures = (...closureDays: string[]): WorkingCalendar => ({ hours: DEFAULT_OFFICE_HOURS, closureDays });
/** Mon–Thu 09:00–16:00 (7-hour working day). */
const monToThu: WorkingCalendar = {
  hours: { timeZone: "Europe/London", days: [1, 2, 3, 4], open: "09:00", close: "16:00" },
  closureDays: [],
};

const at = (iso: string): Date => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`bad test date ${iso}`);
  return d;
};

/** Asserts that `actual` is the same instant as the ISO string (with offset). */
const expectInstant = (actual: Date, expectedIso: string): void => {
  expect(actual.toISOString()).toBe(at(expectedIso).toISOString());
};

const add = (c: WorkingCalendar, from: string, days: number): Date => addWorkingDays(c, at(from), days);

describe("bankHolidaysForYear", () => {
  it("returns the England & Wales bank holidays for 2026, including the Summer bank holiday and the Boxing Day substitute", () => {
    expect([...bankHolidaysForYear(2026)].sort()).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-26", // Saturday: kept by date-holidays alongside its substitute
      "2026-12-28", // Boxing Day (substitute day)
    ]);
  });

  it("returns both Christmas 2027 substitutes (Monday 27 and Tuesday 28 December)", () => {
    expect([...bankHolidaysForYear(2027)].sort()).toEqual([
      "2027-01-01",
      "2027-03-26",
      "2027-03-29",
      "2027-05-03",
      "2027-05-31",
      "2027-08-30",
      "2027-12-25",
      "2027-12-26",
      "2027-12-27",
      "2027-12-28",
    ]);
  });

  it("leaves out observances such as Easter Sunday and Mothering Sunday", () => {
    expect(isBankHoliday("2026-04-05")).toBe(false);
    expect(isBankHoliday("2026-03-15")).toBe(false);
  });

  it("includes one-off bank holidays such as the 2023 coronation", () => {
    expect(isBankHoliday("2023-05-08")).toBe(true);
  });

  it("caches the set per year", () => {
    expect(bankHolidaysForYear(2026)).toBe(bankHolidaysForYear(2026));
  });

  it("rejects a non-integer year", () => {
    expect(() => bankHolidaysForYear(2026.5)).toThrow(RangeError);
  });
});

describe("isWorkingDay", () => {
  it("treats an ordinary weekday as a working day", () => {
    expect(isWorkingDay(cal, "2026-06-02")).toBe(true);
  });

  it("treats Saturdays and Sundays as non-working under default hours", () => {
    expect(isWorkingDay(cal, "2026-06-06")).toBe(false);
    expect(isWorkingDay(cal, "2026-06-07")).toBe(false);
  });

  it("treats bank holidays, including substitute days, as non-working", () => {
    for (const d of [
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-28",
      "2027-01-01",
      "2027-12-27",
      "2027-12-28",
    ]) {
      expect(isWorkingDay(cal, d), d).toBe(false);
    }
  });

  it("treats the days either side of the Christmas 2026 break as working days", () => {
    expect(isWorkingDay(cal, "2026-12-24")).toBe(true);
    expect(isWorkingDay(cal, "2026-12-29")).toBe(true);
  });

  it("treats the service's own closure days as non-working", () => {
    expect(isWorkingDay(withClosures("2026-06-03"), "2026-06-03")).toBe(false);
    expect(isWorkingDay(withClosures("2026-06-03"), "2026-06-04")).toBe(true);
  });

  it("follows a non-default weekday set", () => {
    expect(isWorkingDay(monToThu, "2026-06-04")).toBe(true); // Thursday
    expect(isWorkingDay(monToThu, "2026-06-05")).toBe(false); // Friday
  });

  it("rejects a malformed or impossible date", () => {
    expect(() => isWorkingDay(cal, "2026-02-30")).toThrow(RangeError);
    expect(() => isWorkingDay(cal, "2026-6-2")).toThrow(RangeError);
  });
});

describe("nextOpening", () => {
  it("returns the instant itself when it is inside office hours", () => {
    expectInstant(nextOpening(cal, at("2026-06-02T10:17:23.456+01:00")), "2026-06-02T10:17:23.456+01:00");
  });

  it("returns the instant itself when it is exactly at opening time", () => {
    expectInstant(nextOpening(cal, at("2026-06-02T08:00:00+01:00")), "2026-06-02T08:00:00+01:00");
  });

  it("moves a time before opening on a working day to that morning", () => {
    expectInstant(nextOpening(cal, at("2026-06-02T06:45:00+01:00")), "2026-06-02T08:00:00+01:00");
  });

  it("treats exactly closing time as outside hours and moves to the next morning", () => {
    expectInstant(nextOpening(cal, at("2026-06-02T17:00:00+01:00")), "2026-06-03T08:00:00+01:00");
  });

  it("moves a weekend time across the spring-forward change to Monday 08:00 BST", () => {
    expectInstant(nextOpening(cal, at("2026-03-28T12:00:00+00:00")), "2026-03-30T08:00:00+01:00");
  });

  it("skips the Easter bank holidays", () => {
    expectInstant(nextOpening(cal, at("2026-04-02T17:30:00+01:00")), "2026-04-07T08:00:00+01:00");
  });

  it("uses local midnight, not UTC midnight, to decide the day", () => {
    // 23:30Z on Sunday 7 June is 00:30 BST on Monday 8 June.
    expectInstant(nextOpening(cal, at("2026-06-07T23:30:00Z")), "2026-06-08T08:00:00+01:00");
  });
});

describe("addWorkingDays", () => {
  describe("spec examples (default hours, 1 day)", () => {
    it("moves a Tuesday 10:00 receipt to Wednesday 10:00", () => {
      expectInstant(add(cal, "2026-06-02T10:00:00+01:00", 1), "2026-06-03T10:00:00+01:00");
    });

    it("moves a Friday 16:30 receipt to Monday 16:30", () => {
      expectInstant(add(cal, "2026-06-05T16:30:00+01:00", 1), "2026-06-08T16:30:00+01:00");
    });

    it("moves a Saturday receipt to Monday 17:00", () => {
      expectInstant(add(cal, "2026-06-06T11:00:00+01:00", 1), "2026-06-08T17:00:00+01:00");
    });

    it("moves a Friday 10:00 GMT receipt over the spring-forward weekend to Monday 10:00 BST", () => {
      expectInstant(add(cal, "2026-03-27T10:00:00+00:00", 1), "2026-03-30T10:00:00+01:00");
      expectInstant(add(cal, "2026-03-27T10:00:00+00:00", 1), "2026-03-30T09:00:00Z");
    });
  });

  describe("boundaries of the office day", () => {
    it("lands at closing time the same day for a receipt exactly at opening", () => {
      expectInstant(add(cal, "2026-06-02T08:00:00+01:00", 1), "2026-06-02T17:00:00+01:00");
    });

    it("starts the clock at 08:00 that day for a receipt before opening", () => {
      expectInstant(add(cal, "2026-06-02T07:30:00+01:00", 1), "2026-06-02T17:00:00+01:00");
    });

    it("starts the clock at the next opening for a receipt exactly at closing", () => {
      expectInstant(add(cal, "2026-06-02T17:00:00+01:00", 1), "2026-06-03T17:00:00+01:00");
    });

    it("keeps the minute for a receipt one minute before closing", () => {
      expectInstant(add(cal, "2026-06-02T16:59:00+01:00", 1), "2026-06-03T16:59:00+01:00");
    });

    it("starts the clock on Monday for a Sunday receipt", () => {
      expectInstant(add(cal, "2026-06-07T20:00:00+01:00", 1), "2026-06-08T17:00:00+01:00");
    });

    it("returns the next opening for zero days", () => {
      expectInstant(add(cal, "2026-06-06T11:00:00+01:00", 0), "2026-06-08T08:00:00+01:00");
      expectInstant(add(cal, "2026-06-02T10:00:00+01:00", 0), "2026-06-02T10:00:00+01:00");
    });
  });

  describe("bank holidays", () => {
    it("skips Good Friday and Easter Monday from the Thursday before", () => {
      expectInstant(add(cal, "2026-04-02T10:00:00+01:00", 1), "2026-04-07T10:00:00+01:00");
    });

    it("starts the clock on the Tuesday after Easter for a Good Friday receipt", () => {
      expectInstant(add(cal, "2026-04-03T09:00:00+01:00", 1), "2026-04-07T17:00:00+01:00");
    });

    it("starts the clock on the Tuesday for an Easter Monday receipt", () => {
      expectInstant(add(cal, "2026-04-06T12:00:00+01:00", 1), "2026-04-07T17:00:00+01:00");
    });

    it("counts normally on the day after Easter Monday", () => {
      expectInstant(add(cal, "2026-04-07T10:00:00+01:00", 1), "2026-04-08T10:00:00+01:00");
    });

    it("skips the early May bank holiday", () => {
      expectInstant(add(cal, "2026-05-01T14:00:00+01:00", 1), "2026-05-05T14:00:00+01:00");
    });

    it("skips the spring bank holiday", () => {
      expectInstant(add(cal, "2026-05-22T09:15:00+01:00", 1), "2026-05-26T09:15:00+01:00");
    });

    it("skips the Summer bank holiday (England & Wales only)", () => {
      expectInstant(add(cal, "2026-08-28T16:59:00+01:00", 1), "2026-09-01T16:59:00+01:00");
    });

    it("skips Christmas Day and the Boxing Day substitute on Monday 28 December 2026", () => {
      expectInstant(add(cal, "2026-12-24T10:00:00+00:00", 1), "2026-12-29T10:00:00+00:00");
    });

    it("starts the clock on Tuesday 29 December 2026 for a receipt on the substitute day", () => {
      expectInstant(add(cal, "2026-12-28T09:00:00+00:00", 1), "2026-12-29T17:00:00+00:00");
    });

    it("skips New Year's Day 2027 (a Friday)", () => {
      expectInstant(add(cal, "2026-12-31T12:00:00+00:00", 1), "2027-01-04T12:00:00+00:00");
    });

    it("skips both Christmas 2027 substitutes (Monday 27 and Tuesday 28 December)", () => {
      expectInstant(add(cal, "2027-12-24T15:00:00+00:00", 1), "2027-12-29T15:00:00+00:00");
    });

    it("starts the clock on Wednesday 29 December 2027 for a receipt on the first substitute day", () => {
      expectInstant(add(cal, "2027-12-27T10:00:00+00:00", 1), "2027-12-29T17:00:00+00:00");
    });
  });

  describe("daylight saving", () => {
    it("skips Good Friday, the spring-forward Easter Sunday and Easter Monday in 2027", () => {
      expectInstant(add(cal, "2027-03-25T11:00:00+00:00", 1), "2027-03-30T11:00:00+01:00");
    });

    it("keeps the wall-clock time over the autumn 2026 fall-back weekend", () => {
      expectInstant(add(cal, "2026-10-23T10:00:00+01:00", 1), "2026-10-26T10:00:00+00:00");
    });

    it("keeps the wall-clock time over the autumn 2027 fall-back weekend", () => {
      expectInstant(add(cal, "2027-10-29T16:30:00+01:00", 1), "2027-11-01T16:30:00+00:00");
    });
  });

  describe("service closure days", () => {
    it("skips a closure day in the middle of the week", () => {
      expectInstant(add(withClosures("2026-06-03"), "2026-06-02T10:00:00+01:00", 1), "2026-06-04T10:00:00+01:00");
    });

    it("starts the clock the next working day for a receipt on a closure day", () => {
      expectInstant(add(withClosures("2026-06-03"), "2026-06-03T12:00:00+01:00", 1), "2026-06-04T17:00:00+01:00");
    });
  });

  describe("multi-day targets", () => {
    it("counts 5 working days across Christmas, the substitute day, a weekend and New Year", () => {
      // Thu 24 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4), Mon 4 Jan (5)
      expectInstant(add(cal, "2026-12-23T11:00:00+00:00", 5), "2027-01-04T11:00:00+00:00");
    });

    it("counts 5 working days across a weekend and the early May bank holiday", () => {
      // Fri 1 (1), Tue 5 (2), Wed 6 (3), Thu 7 (4), Fri 8 (5)
      expectInstant(add(cal, "2026-04-30T14:00:00+01:00", 5), "2026-05-08T14:00:00+01:00");
    });

    it("counts 5 working days from a Saturday across the clock change and Easter, ending at a closing time", () => {
      // Mon 30 Mar (1), Tue 31 (2), Wed 1 Apr (3), Thu 2 (4), Tue 7 (5), ending 17:00
      expectInstant(add(cal, "2026-03-28T10:00:00+00:00", 5), "2026-04-07T17:00:00+01:00");
    });
  });

  describe("non-default office hours (Mon–Thu 09:00–16:00)", () => {
    it("carries the remainder of a Thursday afternoon over to Monday", () => {
      // 1 h on Thursday, then 6 h from Monday 09:00
      expectInstant(add(monToThu, "2026-06-04T15:00:00+01:00", 1), "2026-06-08T15:00:00+01:00");
    });

    it("starts the clock on Monday 09:00 for a Friday receipt", () => {
      expectInstant(add(monToThu, "2026-06-05T10:00:00+01:00", 1), "2026-06-08T16:00:00+01:00");
    });

    it("treats 16:00 as closing time", () => {
      expectInstant(add(monToThu, "2026-06-04T16:00:00+01:00", 2), "2026-06-09T16:00:00+01:00");
    });

    it("honours a different time zone", () => {
      const ny: WorkingCalendar = {
        hours: { timeZone: "America/New_York", days: [1, 2, 3, 4, 5], open: "09:00", close: "17:00" },
        closureDays: [],
      };
      // 8 March 2026 is the US spring-forward Sunday: EST (-05:00) -> EDT (-04:00).
      expectInstant(add(ny, "2026-03-06T12:00:00-05:00", 1), "2026-03-09T12:00:00-04:00");
    });
  });

  describe("invalid input", () => {
    it("rejects fractional, negative and non-finite days with a RangeError", () => {
      const t = at("2026-06-02T10:00:00+01:00");
      expect(() => addWorkingDays(cal, t, 1.5)).toThrow(RangeError);
      expect(() => addWorkingDays(cal, t, -1)).toThrow(RangeError);
      expect(() => addWorkingDays(cal, t, Number.NaN)).toThrow(RangeError);
      expect(() => addWorkingDays(cal, t, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    });

    it("rejects an invalid Date", () => {
      expect(() => addWorkingDays(cal, new Date("nonsense"), 1)).toThrow(RangeError);
    });

    it("rejects a calendar with no working weekdays", () => {
      const none: WorkingCalendar = { hours: { ...DEFAULT_OFFICE_HOURS, days: [] }, closureDays: [] };
      expect(() => addWorkingDays(none, at("2026-06-02T10:00:00+01:00"), 1)).toThrow(RangeError);
    });

    it("terminates with an error when every day for years ahead is a closure day", () => {
      const closures: string[] = [];
      for (let d = Date.UTC(2026, 0, 1); d < Date.UTC(2031, 0, 1); d += 86_400_000) {
        closures.push(new Date(d).toISOString().slice(0, 10));
      }
      expect(() => addWorkingDays(withClosures(...closures), at("2026-06-02T10:00:00+01:00"), 1)).toThrow(/no working day within/);
    });

    it("rejects malformed office hours, time zones and closure days", () => {
      const t = at("2026-06-02T10:00:00+01:00");
      const bad =
        (hours: Partial<typeof DEFAULT_OFFICE_HOURS>, closureDays: string[] = []) =>
        () =>
          addWorkingDays({ hours: { ...DEFAULT_OFFICE_HOURS, ...hours }, closureDays }, t, 1);
      expect(bad({ timeZone: "Europe/Nowhere" })).toThrow(RangeError);
      expect(bad({ open: "8:00" })).toThrow(RangeError);
      expect(bad({ close: "24:00" })).toThrow(RangeError);
      expect(bad({ open: "17:00", close: "08:00" })).toThrow(RangeError);
      expect(bad({ days: [0, 1] })).toThrow(RangeError);
      expect(bad({}, ["2026-13-01"])).toThrow(RangeError);
    });
  });
});

describe("workingMillisBetween", () => {
  it("counts Friday 16:00 to Monday 09:00 as 2 hours", () => {
    expect(workingMillisBetween(cal, at("2026-06-05T16:00:00+01:00"), at("2026-06-08T09:00:00+01:00"))).toBe(2 * HOUR);
  });

  it("counts Friday 16:00 GMT to Monday 09:00 BST across the spring-forward weekend as 2 hours", () => {
    expect(workingMillisBetween(cal, at("2026-03-27T16:00:00+00:00"), at("2026-03-30T09:00:00+01:00"))).toBe(2 * HOUR);
  });

  it("counts two full days across the fall-back weekend as 18 hours", () => {
    expect(workingMillisBetween(cal, at("2026-10-23T08:00:00+01:00"), at("2026-10-26T17:00:00+00:00"))).toBe(2 * DAY);
  });

  it("counts a full Monday-to-Friday week as 45 hours", () => {
    expect(workingMillisBetween(cal, at("2026-06-08T00:00:00+01:00"), at("2026-06-13T00:00:00+01:00"))).toBe(5 * DAY);
  });

  it("counts a span within one office day exactly", () => {
    expect(workingMillisBetween(cal, at("2026-06-02T10:15:00+01:00"), at("2026-06-02T11:45:30+01:00"))).toBe(90 * MINUTE + 30_000);
  });

  it("ignores time outside office hours on the same day", () => {
    expect(workingMillisBetween(cal, at("2026-06-02T06:00:00+01:00"), at("2026-06-02T20:00:00+01:00"))).toBe(DAY);
    expect(workingMillisBetween(cal, at("2026-06-02T17:00:00+01:00"), at("2026-06-02T23:00:00+01:00"))).toBe(0);
  });

  it("counts nothing on bank holidays and closure days", () => {
    // Thu 24 Dec 2026 16:00 -> Tue 29 Dec 09:00: 1 h + 1 h (25th and 28th are holidays)
    expect(workingMillisBetween(cal, at("2026-12-24T16:00:00Z"), at("2026-12-29T09:00:00Z"))).toBe(2 * HOUR);
    expect(workingMillisBetween(withClosures("2026-06-03"), at("2026-06-02T16:00:00+01:00"), at("2026-06-04T09:00:00+01:00"))).toBe(
      2 * HOUR,
    );
  });

  it("uses the calendar’s own office hours", () => {
    // Thu 12:00-16:00 (4 h) + Mon 09:00-10:00 (1 h)
    expect(workingMillisBetween(monToThu, at("2026-06-04T12:00:00+01:00"), at("2026-06-08T10:00:00+01:00"))).toBe(5 * HOUR);
  });

  it("returns 0 when to is not after from", () => {
    const t = at("2026-06-02T10:00:00+01:00");
    expect(workingMillisBetween(cal, t, t)).toBe(0);
    expect(workingMillisBetween(cal, t, at("2026-06-01T10:00:00+01:00"))).toBe(0);
  });
});

describe("responseDeadlines", () => {
  it("computes a 1-day target and 2-day deadline across Christmas 2026", () => {
    const r = responseDeadlines(cal, at("2026-12-24T10:00:00+00:00"), 1, 2);
    expectInstant(r.targetAt, "2026-12-29T10:00:00+00:00");
    expectInstant(r.deadlineAt, "2026-12-30T10:00:00+00:00");
  });

  it("computes a 1-day target and 2-day deadline for a weekend receipt", () => {
    const r = responseDeadlines(cal, at("2026-06-06T11:00:00+01:00"), 1, 2);
    expectInstant(r.targetAt, "2026-06-08T17:00:00+01:00");
    expectInstant(r.deadlineAt, "2026-06-09T17:00:00+01:00");
  });

  it("rejects a maximum shorter than the target", () => {
    expect(() => responseDeadlines(cal, at("2026-06-02T10:00:00+01:00"), 2, 1)).toThrow(RangeError);
  });

  it("rejects non-integer day counts", () => {
    expect(() => responseDeadlines(cal, at("2026-06-02T10:00:00+01:00"), 0.5, 2)).toThrow(RangeError);
  });
});

describe("properties", () => {
  const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms));

  it("adding n working days consumes exactly n working days of working time", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 15 }), (t, n) => {
        const r = addWorkingDays(cal, t, n);
        expect(r.getTime()).toBeGreaterThanOrEqual(t.getTime());
        expect(workingMillisBetween(cal, t, r)).toBe(n * DAY);
      }),
      { numRuns: 300 },
    );
  });

  it("the result of adding working days is never before the next opening and is monotonic in n", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 10 }), (t, n) => {
        const a = addWorkingDays(monToThu, t, n);
        const b = addWorkingDays(monToThu, t, n + 1);
        expect(a.getTime()).toBeGreaterThanOrEqual(nextOpening(monToThu, t).getTime());
        expect(b.getTime()).toBeGreaterThan(a.getTime());
        expect(workingMillisBetween(monToThu, a, b)).toBe(7 * HOUR);
      }),
      { numRuns: 300 },
    );
  });
});
