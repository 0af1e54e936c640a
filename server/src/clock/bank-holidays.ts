/**
 * England & Wales bank holidays, from the `date-holidays` data set.
 *
 * Notes on the data (checked against date-holidays 3.37.0):
 * - `new Holidays('GB')` alone omits the Summer bank holiday (late August),
 *   which is England & Wales only, so we ask for region `ENG`.
 * - Observances (Mother's Day, Easter Sunday, Father's Day) have
 *   `type: 'observance'` and are dropped; we keep only `type === 'public'`.
 * - When Christmas Day, Boxing Day or New Year's Day fall on a weekend, the
 *   library returns BOTH the original weekend date and a separate entry named
 *   "... (substitute day)" with `type: 'public'` and `substitute: true`
 *   (e.g. 2026: Sat 26 Dec + Mon 28 Dec; 2027: Sat 25, Sun 26, Mon 27, Tue 28
 *   Dec). Substitutes are therefore already typed 'public' and included. The
 *   weekend originals are kept too: they are harmless for Mon–Fri services,
 *   and a service that opens at weekends would normally be closed on, say,
 *   Boxing Day itself anyway (26 Dec is a statutory bank holiday unless a
 *   Sunday).
 * - One-off days (2022 jubilee and state funeral, 2023 coronation) are
 *   present as dated rules.
 *
 * Dates are taken from the holiday's `date` field ("YYYY-MM-DD 00:00:00"),
 * which is the local date in Europe/London and does not depend on the
 * process time zone (unlike `start`/`end`, which are UTC instants).
 */
import Holidays from "date-holidays";

let holidays: Holidays | undefined;
const cache = new Map<number, ReadonlySet<string>>();

function source(): Holidays {
  holidays ??= new Holidays("GB", "ENG");
  return holidays;
}

/**
 * The England & Wales bank holidays falling in `year`, as ISO dates
 * (yyyy-mm-dd, Europe/London local dates), substitute days included.
 * Results are cached per year; the returned set must not be mutated.
 */
export function bankHolidaysForYear(year: number): ReadonlySet<string> {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`bankHolidaysForYear: year must be an integer in 1..9999, got ${year}`);
  }
  let set = cache.get(year);
  if (!set) {
    const prefix = `${String(year).padStart(4, "0")}-`;
    const dates = new Set<string>();
    for (const h of source().getHolidays(year)) {
      if (h.type !== "public") continue;
      const iso = h.date.slice(0, 10);
      if (iso.startsWith(prefix)) dates.add(iso);
    }
    set = dates;
    cache.set(year, set);
  }
  return set;
}

/** True if the ISO date (yyyy-mm-dd) is an England & Wales bank holiday. */
export function isBankHoliday(isoDate: string): boolean {
  return bankHolidaysForYear(Number(isoDate.slice(0, 4))).has(isoDate);
}
