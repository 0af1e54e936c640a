import { expect } from "vitest";
/** A cell of a statistics breakdown by key; a missing key fails the read that follows, as it should. */
export const cell = <C extends { key: string }>(breakdown: { cells: C[] }, key: string): C => breakdown.cells.find((c) => c.key === key)!;

/**
 * A protected figure (decision 028) for a true count: 0 stays 0; 1 to k−1 is 0 or k; k or more is
 * within 2 of the truth and never below k.
 */
export function expectProtected(value: number | null | undefined, truth: number, k: number) {
  if (truth === 0) return expect(value).toBe(0);
  if (truth < k) return expect([0, k]).toContain(value);
  expect(value).toBeGreaterThanOrEqual(Math.max(k, truth - 2));
  expect(value).toBeLessThanOrEqual(truth + 2);
}
