import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  MAX_PERIOD_DAYS,
  MIN_CONTRIBUTING_SERVICES,
  MIN_K,
  isWholeMonths,
  monthsOf,
  protectedPeriodProblem,
  trendPeriod,
} from "./statistics.rules.js";
import {
  CELL_KEY_RANGE,
  MAX_NOISE,
  cellKeyOf,
  disclose,
  discloseMeasure,
  measureThreshold,
  perturb,
  perturbHours,
  possibleCounts,
} from "./disclosure.js";

const keys = Array.from({ length: CELL_KEY_RANGE }, (_, key) => key);

describe("the perturbation table (decision 028)", () => {
  it("never publishes a count from 1 to k−1", () => {
    for (const k of [3, 5, 10])
      for (let n = 0; n < 60; n++)
        for (const key of keys) {
          const v = perturb(n, key, k);
          expect(v === 0 || v >= k).toBe(true);
        }
  });

  it("publishes a small count as 0 or k, as often k as keeps it right on average", () => {
    for (let n = 1; n < 5; n++) {
      const outs = keys.map((key) => perturb(n, key, 5));
      expect(new Set(outs)).toEqual(new Set([0, 5]));
      const mean = outs.reduce((a, b) => a + b, 0) / CELL_KEY_RANGE;
      expect(Math.abs(mean - n)).toBeLessThan(0.05);
    }
  });

  it("moves a count of k or more by at most 2, and half of them not at all", () => {
    for (let n = 5; n < 200; n++) {
      const outs = keys.map((key) => perturb(n, key, 5));
      expect(outs.every((v) => Math.abs(v - n) <= MAX_NOISE && v >= 5)).toBe(true);
      expect(outs.filter((v) => v === n).length).toBeGreaterThanOrEqual(CELL_KEY_RANGE / 2);
    }
  });

  it("keeps zero at zero", () => {
    expect(keys.every((key) => perturb(0, key, 5) === 0)).toBe(true);
  });

  it("gives the same figure for the same records, and exact figures untouched", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 }), (recordKeys) => {
        const n = recordKeys.length;
        const keySum = recordKeys.reduce((a, b) => a + b, 0);
        const shuffled = [...recordKeys].reverse().reduce((a, b) => a + b, 0);
        expect(perturb(n, cellKeyOf(keySum), 5)).toBe(perturb(n, cellKeyOf(String(shuffled)), 5));
        expect(disclose("EXACT", { n, published: 99 })).toBe(n);
        expect(disclose("PROTECTED", { n, published: 99 })).toBe(99);
      }),
    );
  });

  it("gives no hours beside a published 0, and whole hours within 2 of the truth otherwise", () => {
    for (const key of keys) {
      expect(perturbHours(90, key, 0, 5)).toBe(0);
      expect(Math.abs(perturbHours(600, key, 7, 5) - 10)).toBeLessThanOrEqual(MAX_NOISE);
    }
  });

  it("says exactly which true counts a published count can come from", () => {
    for (const k of [3, 5])
      for (let n = 0; n < 40; n++)
        for (const key of keys) {
          const { min, max } = possibleCounts(perturb(n, key, k), k);
          expect(n).toBeGreaterThanOrEqual(min);
          expect(n).toBeLessThanOrEqual(max);
          // Never a single possibility: a published figure alone pins nothing.
          expect(max).toBeGreaterThan(min);
        }
  });

  it("takes a cell key from a sum of record keys of any size", () => {
    expect(cellKeyOf(256 * 1_000_000_000 + 7)).toBe(7);
    expect(cellKeyOf("513")).toBe(1);
  });

  it("shows a statistic only when its published population implies at least k true cases", () => {
    expect(measureThreshold(5)).toBe(25);
    expect(discloseMeasure("PROTECTED", 3.5, 24, 5)).toBeNull();
    expect(discloseMeasure("PROTECTED", 3.5, 25, 5)).toBe(3.5);
    expect(discloseMeasure("EXACT", 3.5, 1, 5)).toBe(3.5);
    // A published month is at most k times its true count, so published k² means at least k true.
    for (const k of [3, 5, 10]) for (let n = 1; n < 40; n++) for (const key of keys) expect(perturb(n, key, k)).toBeLessThanOrEqual(k * n);
  });
});

describe("periods", () => {
  it("a period is at most three years, so the two periods read stay bounded", () => {
    expect(MAX_PERIOD_DAYS).toBe(3 * 366);
  });

  it("protected figures are for whole months that have ended", () => {
    const today = "2026-12-04";
    expect(protectedPeriodProblem("2026-11-01", "2026-11-30", today)).toBeNull();
    expect(protectedPeriodProblem("2026-01-01", "2026-03-31", today)).toBeNull();
    expect(protectedPeriodProblem("2024-02-01", "2024-02-29", today)).toBeNull();
    expect(protectedPeriodProblem("2026-11-06", "2026-11-30", today)?.field).toBe("from");
    expect(protectedPeriodProblem("2026-11-01", "2026-11-29", today)?.field).toBe("to");
    expect(protectedPeriodProblem("2026-12-01", "2026-12-31", today)?.field).toBe("to");
    expect(protectedPeriodProblem("2026-11-01", "2026-12-31", today)?.field).toBe("to");
  });

  it("a period of whole months is compared with as many months before it", () => {
    expect(isWholeMonths("2026-10-01", "2026-12-31")).toBe(true);
    expect(isWholeMonths("2026-10-01", "2026-12-30")).toBe(false);
  });
});

describe("national figures", () => {
  it("national figures need at least five contributing services", () => {
    expect(MIN_CONTRIBUTING_SERVICES).toBe(5);
  });

  it("the threshold k is never below 3", () => {
    expect(MIN_K).toBe(3);
  });
});

describe("the months of a trend (decision 044)", () => {
  it("lists every calendar month a period touches, clipped to the period, across a year's end", () => {
    expect(monthsOf("2025-11-15", "2026-02-03")).toEqual([
      { from: "2025-11-15", to: "2025-11-30" },
      { from: "2025-12-01", to: "2025-12-31" },
      { from: "2026-01-01", to: "2026-01-31" },
      { from: "2026-02-01", to: "2026-02-03" },
    ]);
    expect(monthsOf("2024-02-01", "2024-02-29")).toEqual([{ from: "2024-02-01", to: "2024-02-29" }]);
    expect(monthsOf("2026-03-31", "2026-03-31")).toEqual([{ from: "2026-03-31", to: "2026-03-31" }]);
  });
});

describe("trendPeriod", () => {
  it("is the twelve months up to the period's last month, or the period when it is longer", () => {
    expect(trendPeriod({ from: "2026-11-01", to: "2026-11-30" })).toEqual({ from: "2025-12-01", to: "2026-11-30" });
    expect(trendPeriod({ from: "2026-12-01", to: "2026-12-04" })).toEqual({ from: "2026-01-01", to: "2026-12-04" });
    expect(trendPeriod({ from: "2024-02-29", to: "2025-02-28" })).toEqual({ from: "2024-02-29", to: "2025-02-28" });
  });
});
