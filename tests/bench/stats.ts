/** Order statistics over a sample (nearest-rank). */
export function summary(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { n: s.length, p50: at(0.5), p99: at(0.99), min: s[0], max: s[s.length - 1] };
}
export type Summary = ReturnType<typeof summary>;
export const median = (xs: number[]) => summary(xs).p50;
export const fmt = (ms: number | undefined | null, digits = 2) =>
  ms === undefined || ms === null || Number.isNaN(ms) ? "–" : ms.toFixed(digits);
