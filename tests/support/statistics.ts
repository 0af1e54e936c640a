/** A cell of a statistics breakdown by key; a missing key fails the read that follows, as it should. */
export const cell = <C extends { key: string }>(breakdown: { cells: C[] }, key: string): C => breakdown.cells.find((c) => c.key === key)!;
