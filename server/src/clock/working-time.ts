/**
 * Response clock: working-time arithmetic for a service's office hours.
 *
 * Working time = the service's office hours (local wall-clock time in its
 * IANA time zone), minus England & Wales bank holidays, minus the service's
 * own closure days.
 *
 * Conventions (all functions are pure: no I/O, no Date.now()):
 * - Office hours are the half-open local interval [open, close). An instant
 *   exactly at `close` is outside hours; one exactly at `open` is inside.
 * - Working time is measured in local wall-clock office time, so a working
 *   day is always (close − open) long — 9 hours by default — even across a
 *   daylight-saving change. Results are returned as real instants (Date).
 * - A deadline of N working days after t is t plus N × (one working day) of
 *   working time, with the clock starting at `nextOpening(t)` if t is outside
 *   office hours. When the remaining time runs out exactly at the end of a
 *   day the deadline is that day's CLOSING instant, not the next opening:
 *   e.g. Tuesday 08:00 + 1 day = Tuesday 17:00 (not Wednesday 08:00), and
 *   a case received on Saturday with a 1-day target is due Monday 17:00.
 * - `addWorkingDays(cal, t, 0)` is `nextOpening(cal, t)`.
 * - Searching for the next working day gives up (throws) after about three
 *   years, so a calendar with no reachable working day cannot loop forever.
 * - Caveat: if office hours themselves span a DST transition (only possible
 *   for non-default calendars opening at the weekend, or zones changing in
 *   daytime), wall-clock times in the skipped hour resolve forwards and
 *   repeated wall-clock times are counted once.
 */
import { DateTime, IANAZone } from "luxon";
import { isBankHoliday } from "./bank-holidays.js";

/** `days` are ISO weekdays 1 (Mon) .. 7 (Sun); `open`/`close` are local "HH:MM". */
export interface OfficeHours {
  timeZone: string;
  days: number[];
  open: string;
  close: string;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze({
  timeZone: "Europe/London",
  days: Object.freeze([1, 2, 3, 4, 5]) as number[],
  open: "08:00",
  close: "17:00",
});

export interface WorkingCalendar {
  hours: OfficeHours;
  /** The service's own closure days, ISO dates (yyyy-mm-dd) in its time zone. */
  closureDays: string[];
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** How far ahead (calendar days) to look for a working day before giving up. */
const MAX_SEARCH_DAYS = 3 * 366;

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar validated and pre-processed for fast lookups. */
interface Compiled {
  zone: string;
  weekdays: ReadonlySet<number>;
  /** Opening time as milliseconds after local midnight (wall clock). */
  openMs: number;
  closeMs: number;
  /** Length of one working day in milliseconds (close − open). */
  dayMs: number;
  closures: ReadonlySet<string>;
}

/** A point in working time: a local date (days since 1970-01-01) and an offset into its office hours. */
interface Position {
  day: number;
  offset: number;
}

function parseHHMM(value: string, what: string): number {
  const m = typeof value === "string" ? HHMM.exec(value) : null;
  if (!m) throw new RangeError(`office hours: ${what} must be "HH:MM" (00:00–23:59), got ${JSON.stringify(value)}`);
  return (Number(m[1]) * 60 + Number(m[2])) * MS_PER_MINUTE;
}

/** ISO date -> day number (days since 1970-01-01), validating the date. */
function parseIsoDate(iso: string, what: string): number {
  const m = typeof iso === "string" ? ISO_DATE.exec(iso) : null;
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) {
      return t / MS_PER_DAY;
    }
  }
  throw new RangeError(`${what} must be an ISO date yyyy-mm-dd, got ${JSON.stringify(iso)}`);
}

function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday .. 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function compile(cal: WorkingCalendar): Compiled {
  if (!cal || !cal.hours) throw new TypeError("working calendar: hours are required");
  const { timeZone, days, open, close } = cal.hours;
  if (typeof timeZone !== "string" || !IANAZone.isValidZone(timeZone)) {
    throw new RangeError(`office hours: unknown IANA time zone ${JSON.stringify(timeZone)}`);
  }
  if (!Array.isArray(days) || days.length === 0) {
    throw new RangeError("office hours: at least one weekday must be open");
  }
  for (const d of days) {
    if (!Number.isInteger(d) || d < 1 || d > 7) {
      throw new RangeError(`office hours: weekdays must be integers 1 (Mon)..7 (Sun), got ${d}`);
    }
  }
  const openMs = parseHHMM(open, "open");
  const closeMs = parseHHMM(close, "close");
  if (closeMs <= openMs) {
    throw new RangeError(`office hours: close (${close}) must be after open (${open})`);
  }
  const closureDays = cal.closureDays ?? [];
  for (const c of closureDays) parseIsoDate(c, "closure day");
  return {
    zone: timeZone,
    weekdays: new Set(days),
    openMs,
    closeMs,
    dayMs: closeMs - openMs,
    closures: new Set(closureDays),
  };
}

function isWorkingDayNumber(c: Compiled, day: number): boolean {
  if (!c.weekdays.has(isoWeekday(day))) return false;
  const iso = dayToIso(day);
  return !c.closures.has(iso) && !isBankHoliday(iso);
}

/** First working day on or after `day`; throws if none within the search horizon. */
function firstWorkingDayFrom(c: Compiled, day: number): number {
  for (let i = 0; i <= MAX_SEARCH_DAYS; i++) {
    if (isWorkingDayNumber(c, day + i)) return day + i;
  }
  throw new RangeError(
    `working calendar: no working day within ${MAX_SEARCH_DAYS} days of ${dayToIso(day)} (check office days and closures)`,
  );
}

function checkInstant(d: Date, what: string): number {
  const ms = d instanceof Date ? d.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${what} must be a valid Date`);
  return ms;
}

function checkDays(days: number, what: string): void {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${days}`);
  }
}

/** Local date (day number) and wall-clock milliseconds since local midnight of an instant. */
function toLocal(c: Compiled, ms: number): { day: number; wall: number } {
  const dt = DateTime.fromMillis(ms, { zone: c.zone });
  return {
    day: Date.UTC(dt.year, dt.month - 1, dt.day) / MS_PER_DAY,
    wall: ((dt.hour * 60 + dt.minute) * 60 + dt.second) * 1000 + dt.millisecond,
  };
}

/** The instant at local date `day`, wall-clock `wall` ms after midnight (wall < 24h). */
function fromLocal(c: Compiled, day: number, wall: number): Date {
  const date = new Date(day * MS_PER_DAY);
  const dt = DateTime.fromObject(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: Math.floor(wall / 3_600_000),
      minute: Math.floor(wall / MS_PER_MINUTE) % 60,
      second: Math.floor(wall / 1000) % 60,
      millisecond: wall % 1000,
    },
    { zone: c.zone },
  );
  return new Date(dt.toMillis());
}

/** Offset of a wall-clock time into that day's office hours, clamped to [0, dayMs]. */
function clampOffset(c: Compiled, wall: number): number {
  return Math.min(Math.max(wall - c.openMs, 0), c.dayMs);
}

function openingPosition(c: Compiled, ms: number): Position {
  const { day, wall } = toLocal(c, ms);
  if (wall < c.closeMs && isWorkingDayNumber(c, day)) {
    return { day, offset: wall < c.openMs ? 0 : wall - c.openMs };
  }
  return { day: firstWorkingDayFrom(c, day + 1), offset: 0 };
}

/** Whether an ISO date (yyyy-mm-dd, in the service's time zone) is a working day. */
export function isWorkingDay(cal: WorkingCalendar, isoDate: string): boolean {
  const c = compile(cal);
  return isWorkingDayNumber(c, parseIsoDate(isoDate, "isWorkingDay: date"));
}

/**
 * The first instant at or after `at` that is inside office hours: `at` itself
 * if it is inside office hours, otherwise the next opening time.
 */
export function nextOpening(cal: WorkingCalendar, at: Date): Date {
  const c = compile(cal);
  const ms = checkInstant(at, "nextOpening: at");
  const pos = openingPosition(c, ms);
  return pos.offset === 0 ? fromLocal(c, pos.day, c.openMs) : new Date(ms);
}

/**
 * `from` plus `days` working days (days × the length of one working day of
 * working time), starting the clock at the next opening if `from` is outside
 * office hours. A deadline that uses up a day exactly lands on that day's
 * closing instant. `days` must be a non-negative integer.
 */
export function addWorkingDays(cal: WorkingCalendar, from: Date, days: number): Date {
  const c = compile(cal);
  const ms = checkInstant(from, "addWorkingDays: from");
  checkDays(days, "addWorkingDays: days");
  return addFrom(c, ms, days);
}

function addFrom(c: Compiled, ms: number, days: number): Date {
  let pos = openingPosition(c, ms);
  if (days === 0) return pos.offset === 0 ? fromLocal(c, pos.day, c.openMs) : new Date(ms);
  let remaining = days * c.dayMs;
  for (;;) {
    const available = c.dayMs - pos.offset;
    if (remaining <= available) {
      return fromLocal(c, pos.day, c.openMs + pos.offset + remaining);
    }
    remaining -= available;
    pos = { day: firstWorkingDayFrom(c, pos.day + 1), offset: 0 };
  }
}

/**
 * Working time (ms of office time) elapsed between two instants; 0 if
 * `to <= from`. Counted in local wall-clock office hours, so a full working
 * day contributes exactly (close − open).
 */
export function workingMillisBetween(cal: WorkingCalendar, from: Date, to: Date): number {
  const c = compile(cal);
  const a = checkInstant(from, "workingMillisBetween: from");
  const b = checkInstant(to, "workingMillisBetween: to");
  if (b <= a) return 0;
  const start = toLocal(c, a);
  const end = toLocal(c, b);
  const startOffset = clampOffset(c, start.wall);
  const endOffset = clampOffset(c, end.wall);
  if (start.day === end.day) {
    return isWorkingDayNumber(c, start.day) ? Math.max(0, endOffset - startOffset) : 0;
  }
  let total = 0;
  if (isWorkingDayNumber(c, start.day)) total += c.dayMs - startOffset;
  for (let d = start.day + 1; d < end.day; d++) {
    if (isWorkingDayNumber(c, d)) total += c.dayMs;
  }
  if (isWorkingDayNumber(c, end.day)) total += endOffset;
  return total;
}

/**
 * Target and statutory deadline for a case received at `receivedAt`:
 * `targetDays` and `maxDays` working days later respectively
 * (see `addWorkingDays`). Requires 0 <= targetDays <= maxDays.
 */
export function responseDeadlines(
  cal: WorkingCalendar,
  receivedAt: Date,
  targetDays: number,
  maxDays: number,
): { targetAt: Date; deadlineAt: Date } {
  const c = compile(cal);
  const ms = checkInstant(receivedAt, "responseDeadlines: receivedAt");
  checkDays(targetDays, "responseDeadlines: targetDays");
  checkDays(maxDays, "responseDeadlines: maxDays");
  if (maxDays < targetDays) {
    throw new RangeError(`responseDeadlines: maxDays (${maxDays}) must be >= targetDays (${targetDays})`);
  }
  return { targetAt: addFrom(c, ms, targetDays), deadlineAt: addFrom(c, ms, maxDays) };
}
