/*
 * The attacker of the disclosure-control tests (decision 028). Knows the method exactly (the
 * perturbation table is public: `possibleCounts`), not the record keys. Every figure they have seen
 * says "the true count of this set of records lies in [min, max]"; every set is a sum of atoms
 * (the finest cells: one service, one month, one category). Structural facts are constraints too
 * (every breakdown of a month adds up to the same total). Bounds are propagated through every
 * constraint until nothing changes: this is interval constraint propagation, the auditing attack of
 * statistical disclosure control, and it is exact here (each published value's set of possible
 * counts is an interval). A count is recovered when an atom, or a published set, is pinned to one
 * value from 1 to k−1.
 */

export interface Constraint {
  /** Atom ids with coefficient +1 and −1. */
  plus: number[];
  minus?: number[];
  min: number;
  max: number;
  label: string;
}

export interface AttackResult {
  lower: number[];
  upper: number[];
  /** Atoms pinned to 1..k−1. */
  recoveredAtoms: number[];
  /** Published sets (constraints with no minus terms) pinned to 1..k−1. */
  recoveredSets: string[];
  /** Atoms whose value the attacker knows exactly (any value). */
  pinnedAtoms: number;
}

export function propagate(atomCount: number, constraints: Constraint[], k: number, maxValue = 10_000): AttackResult {
  const lower = new Array<number>(atomCount).fill(0);
  const upper = new Array<number>(atomCount).fill(maxValue);
  for (let pass = 0; pass < 500; pass++) {
    let changed = false;
    for (const c of constraints) {
      const minus = c.minus ?? [];
      // Sum over plus − sum over minus lies in [c.min, c.max].
      let lo = 0;
      let hi = 0;
      for (const i of c.plus) [lo, hi] = [lo + lower[i]!, hi + upper[i]!];
      for (const i of minus) [lo, hi] = [lo - upper[i]!, hi - lower[i]!];
      for (const i of c.plus) {
        const restLo = lo - lower[i]!;
        const restHi = hi - upper[i]!;
        const newLo = Math.max(lower[i]!, c.min - restHi);
        const newHi = Math.min(upper[i]!, c.max - restLo);
        if (newLo > lower[i]! || newHi < upper[i]!) {
          if (newLo > newHi) throw new Error(`inconsistent constraints at ${c.label}`);
          lo += newLo - lower[i]!;
          hi += newHi - upper[i]!;
          [lower[i], upper[i], changed] = [newLo, newHi, true];
        }
      }
      for (const i of minus) {
        const restLo = lo + upper[i]!;
        const restHi = hi + lower[i]!;
        const newLo = Math.max(lower[i]!, restLo - c.max);
        const newHi = Math.min(upper[i]!, restHi - c.min);
        if (newLo > lower[i]! || newHi < upper[i]!) {
          if (newLo > newHi) throw new Error(`inconsistent constraints at ${c.label}`);
          lo -= newHi - upper[i]!;
          hi -= newLo - lower[i]!;
          [lower[i], upper[i], changed] = [newLo, newHi, true];
        }
      }
    }
    if (!changed) break;
  }
  const small = (lo: number, hi: number) => lo === hi && lo >= 1 && lo < k;
  const recoveredAtoms = lower.flatMap((lo, i) => (small(lo, upper[i]!) ? [i] : []));
  const recoveredSets = constraints
    .filter((c) => !c.minus?.length)
    .filter((c) => {
      const lo = Math.max(
        c.min,
        c.plus.reduce((s, i) => s + lower[i]!, 0),
      );
      const hi = Math.min(
        c.max,
        c.plus.reduce((s, i) => s + upper[i]!, 0),
      );
      return small(lo, hi);
    })
    .map((c) => c.label);
  const pinnedAtoms = lower.filter((lo, i) => lo === upper[i]).length;
  return { lower, upper, recoveredAtoms, recoveredSets, pinnedAtoms };
}
