/*
 * Calendar dates (ISO "YYYY-MM-DD") in a service's time zone, on hot paths: a triage queue page
 * asks for every row's local date and age. Luxon gives the same answers but builds a zone-aware
 * DateTime per call (~50 µs); these use one cached Intl formatter per zone and integer arithmetic.
 * calendar-date.test.ts checks them against Luxon on generated dates.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    // Swedish formats a date as ISO "YYYY-MM-DD"; calendar-date.test.ts holds it to Luxon's answer.
    f = new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The last answer: a queue page asks for "today" once per row with the same instant. */
let last = { ms: Number.NaN, timeZone: "", date: "" };

/** The calendar date of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  const ms = at.getTime();
  if (ms === last.ms && timeZone === last.timeZone) return last.date;
  const date = formatterFor(timeZone).format(at);
  last = { ms, timeZone, date };
  return date;
}

const parse = (iso: string) => ({ y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  const a = parse(fromIso);
  const b = parse(toIso);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/**
 * Age in whole years on a date. Someone born on 29 February has their birthday on 28 February in
 * other years (as Luxon's calendar arithmetic, which the statistics and earlier records used).
 */
export function ageOn(dateOfBirth: string, onIso: string): number {
  const b = parse(dateOfBirth);
  const o = parse(onIso);
  let years = o.y - b.y;
  const birthdayDay = b.m === 2 && b.d === 29 && !isLeap(o.y) ? 28 : b.d;
  if (o.m < b.m || (o.m === b.m && o.d < birthdayDay)) years -= 1;
  return years;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "30 Nov" for "2026-11-30". */
export function shortDate(iso: string): string {
  const { m, d } = parse(iso);
  return `${d} ${MONTHS[m - 1]}`;
}
