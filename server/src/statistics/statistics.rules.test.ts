import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  shareIsSuppressed,
  statisticIsSuppressed,
  suppressBreakdown,
  suppressCount,
  suppressFamily,
  type SuppressedBreakdown,
  MAX_PERIOD_DAYS,
  MIN_CONTRIBUTING_SERVICES,
  MIN_K,
} from "./statistics.rules.js";

/** The element at `i`, failing the test when there is none. */
function at<T>(list: readonly T[], i: number): T {
  const value = list[i];
  if (value === undefined) throw new Error(`no element at ${i}`);
  return value;
}

const hiddenAt = (b: SuppressedBreakdown) => b.cells.flatMap((c, i) => (c.suppressed ? [i] : []));

/**
 * What an attacker who sees the published breakdown can still believe about each hidden cell.
 * Hidden cells range over `domain` (inclusive); a visible total fixes their sum; a hidden total
 * ranges over `totalDomain`. Exhaustive over the sums the other hidden cells can reach (a subset-sum
 * table), so it is an enumeration, not the closed form the module uses.
 */
function feasibleValues(b: SuppressedBreakdown, domain: [number, number], totalDomain: [number, number]): Set<number>[] {
  const hidden = hiddenAt(b);
  const visibleSum = b.cells.reduce((s, c) => (c.suppressed ? s : s + c.value), 0);
  const allowedHiddenSums = b.total.suppressed
    ? range(Math.max(0, totalDomain[0] - visibleSum), totalDomain[1] - visibleSum)
    : [b.total.value - visibleSum];
  return hidden.map((_, j) => {
    // Sums reachable by the other hidden cells.
    let reach = new Set([0]);
    for (let o = 0; o < hidden.length; o++) {
      if (o === j) continue;
      const next = new Set<number>();
      for (const s of reach) for (let v = domain[0]; v <= domain[1]; v++) next.add(s + v);
      reach = next;
    }
    const out = new Set<number>();
    for (let x = domain[0]; x <= domain[1]; x++) if (allowedHiddenSums.some((s) => reach.has(s - x))) out.add(x);
    return out;
  });
}
const range = (a: number, b: number) => (b < a ? [] : Array.from({ length: b - a + 1 }, (_, i) => a + i));

function assertNothingRecoverable(values: number[], k: number, b: SuppressedBreakdown) {
  const hidden = hiddenAt(b);
  const bound = values.reduce((a, v) => a + v, 0) + k;
  // 1) Attacker who knows hidden cells may be any size (zeros included): the truth stays possible, and never alone.
  const loose = feasibleValues(b, [0, bound], [1, bound]);
  hidden.forEach((cell, j) => {
    expect(at(loose, j).has(at(values, cell)), `truth feasible for cell ${cell} of ${values} k=${k}`).toBe(true);
    expect(at(loose, j).size, `cell ${cell} of ${values} k=${k}`).toBeGreaterThan(1);
  });
  // 2) Attacker who assumes every hidden figure is below k: may be wrong, but never pins the true value.
  const strict = feasibleValues(b, [0, k - 1], [1, k - 1]);
  hidden.forEach((cell, j) => {
    const s = at(strict, j);
    expect(s.size === 1 && s.has(at(values, cell)), `strict attacker recovers cell ${cell} of ${values} k=${k}`).toBe(false);
  });
  // 3) Same, assuming no zero is hidden (cells 1..k−1): never pins the true value either. Only
  // where the total is shown: a hidden total means every cell, zeros included, is hidden.
  if (b.total.suppressed) return;
  const strictNoZero = feasibleValues(b, [1, k - 1], [1, k - 1]);
  hidden.forEach((cell, j) => {
    const s = at(strictNoZero, j);
    expect(s.size === 1 && s.has(at(values, cell)), `no-zero attacker recovers cell ${cell} of ${values} k=${k}`).toBe(false);
  });
  const looseNoZero = feasibleValues(b, [1, bound], [1, bound]);
  hidden.forEach((cell, j) => {
    const s = at(looseNoZero, j);
    expect(s.size === 1 && s.has(at(values, cell)), `no-zero unbounded attacker recovers cell ${cell} of ${values} k=${k}`).toBe(false);
  });
}

describe("suppressBreakdown", () => {
  it("shows everything when every count is zero or at least k", () => {
    const b = suppressBreakdown([0, 5, 12, 0], 5);
    expect(b.cells.every((c) => !c.suppressed)).toBe(true);
    expect(b.total).toEqual({ value: 17, suppressed: false });
  });

  it("hides a count from 1 to k−1 and, as it would be total minus the rest, a zero beside it", () => {
    const b = suppressBreakdown([3, 0, 12, 20], 5);
    expect(hiddenAt(b)).toEqual([0, 1]);
    expect(b.total.suppressed).toBe(false);
  });

  it("hides the smallest other count when there is no zero to hide", () => {
    const b = suppressBreakdown([20, 2, 9, 7], 5);
    expect(hiddenAt(b)).toEqual([1, 3]);
  });

  it("keeps two small counts hidden without touching a third cell when they cannot be told apart", () => {
    expect(hiddenAt(suppressBreakdown([2, 3, 10], 5))).toEqual([0, 1]);
  });

  it("hides a third cell when two hidden ones could only both be 1", () => {
    expect(hiddenAt(suppressBreakdown([1, 1, 10], 5))).toEqual([0, 1, 2]);
  });

  it("hides a third cell when two hidden cells could only both be k−1", () => {
    // 4 + 4 hidden beside a shown total: a reader assuming both are below 5 would know both are 4.
    const b = suppressBreakdown([4, 4, 0, 30], 5);
    expect(hiddenAt(b)).toEqual([0, 1, 2]);
  });

  it("hides the total when even hiding every cell would pin them", () => {
    const b = suppressBreakdown([4, 4], 5);
    expect(hiddenAt(b)).toEqual([0, 1]);
    expect(b.total.suppressed).toBe(true);
    expect(b.totalHiddenForSafety).toBe(true);
  });

  it("hides the whole breakdown, zeros included, when the total is itself small", () => {
    const b = suppressBreakdown([1, 0, 2, 0], 5);
    expect(b.cells.every((c) => c.suppressed)).toBe(true);
    expect(b.total).toEqual({ value: 3, suppressed: true });
  });

  it("shows an empty breakdown as zeros", () => {
    const b = suppressBreakdown([0, 0, 0], 5);
    expect(b.cells.every((c) => !c.suppressed) && !b.total.suppressed).toBe(true);
  });

  it("treats a threshold below 3 as 3, as k = 2 would say every hidden count is 1", () => {
    expect(suppressCount(2, 1).suppressed).toBe(true);
    expect(suppressCount(3, 2).suppressed).toBe(false);
  });

  it("refuses negative or fractional counts", () => {
    expect(() => suppressBreakdown([1, -1], 5)).toThrow();
    expect(() => suppressBreakdown([1.5], 5)).toThrow();
  });

  it("leaves no hidden value recoverable in hand-picked edge cases", () => {
    const cases: [number[], number][] = [
      [[1, 9], 5],
      [[4, 5], 5],
      [[1, 1, 1, 1, 1], 5],
      [[4, 4], 5],
      [[3, 5], 5],
      [[1, 1, 0, 7], 5],
      [[2, 2, 2, 2, 2], 3],
      [[0, 1, 0, 0, 0, 10], 5],
      [[6, 6, 1], 5],
      [[1, 4, 4, 4], 5],
      [[10, 10, 10], 10],
    ];
    for (const [values, k] of cases) assertNothingRecoverable(values, k, suppressBreakdown(values, k));
  });

  it("leaves no hidden value recoverable from the visible cells and the total (property)", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 7 })
          .chain((k) =>
            fc.tuple(
              fc.constant(k),
              fc.array(fc.oneof(fc.integer({ min: 0, max: k - 1 }), fc.integer({ min: 0, max: 3 * k })), { minLength: 1, maxLength: 6 }),
            ),
          ),
        ([k, values]) => {
          const b = suppressBreakdown(values, k);
          // Primary rule holds and the published numbers are the true ones.
          b.cells.forEach((c, i) => {
            expect(c.value).toBe(at(values, i));
            if (at(values, i) >= 1 && at(values, i) < k) expect(c.suppressed).toBe(true);
          });
          assertNothingRecoverable(values, k, b);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("suppressFamily", () => {
  it("hides a shared total in every breakdown when one of them needs it hidden", () => {
    const family = suppressFamily(
      [
        [4, 4],
        [2, 3, 3],
      ],
      5,
    );
    const [byTwo, byThree] = [at(family, 0), at(family, 1)];
    expect(byTwo.total.suppressed && byThree.total.suppressed).toBe(true);
    // With the total hidden everywhere, only small counts need hiding.
    expect(hiddenAt(byThree)).toEqual([0, 1, 2]);
    const other = suppressFamily(
      [
        [3, 20],
        [10, 13],
      ],
      5,
    );
    const [a, b] = [at(other, 0), at(other, 1)];
    expect(a.total.suppressed || b.total.suppressed).toBe(false);
    expect(hiddenAt(a)).toEqual([0, 1]);
  });

  it("never shows a total in one breakdown that another hides (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 3, max: 6 }),
        (values, k) => {
          const total = values.reduce((a, b) => a + b, 0);
          // Another partition of the same total: everything in one cell bar one.
          const other = [Math.max(0, total - 1), Math.min(1, total)];
          const fam = suppressFamily([values, other], k);
          expect(new Set(fam.map((b) => b.total.suppressed)).size).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("shares and statistics", () => {
  it("hides a share below k cases, or one that would reveal a small numerator or remainder", () => {
    expect(shareIsSuppressed(3, 4, 5)).toBe(true);
    expect(shareIsSuppressed(19, 20, 5)).toBe(true);
    expect(shareIsSuppressed(2, 20, 5)).toBe(true);
    expect(shareIsSuppressed(20, 20, 5)).toBe(false);
    expect(shareIsSuppressed(0, 20, 5)).toBe(false);
    expect(shareIsSuppressed(10, 20, 5)).toBe(false);
  });

  it("hides a median or mean over fewer than k cases", () => {
    expect(statisticIsSuppressed(4, 5)).toBe(true);
    expect(statisticIsSuppressed(5, 5)).toBe(false);
  });
});

describe("periods and national figures", () => {
  it("a period is at most three years, so the two periods read stay bounded", () => {
    expect(MAX_PERIOD_DAYS).toBe(3 * 366);
  });

  it("national figures need at least five contributing services", () => {
    expect(MIN_CONTRIBUTING_SERVICES).toBe(5);
  });

  it("the suppression threshold is never below 3", () => {
    expect(MIN_K).toBe(3);
  });
});
