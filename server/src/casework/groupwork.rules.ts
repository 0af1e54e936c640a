/*
 * Group work and monitoring inputs (issue 20, decision 042): information and training sessions for
 * parents [001, 004 2.2B10 VI], their confidential evaluation [002], anonymised poor practice and
 * positive outcomes [001], and expenses on activities [003].
 */

import { findPhoneNumbersInText } from "libphonenumber-js/max";

/** A session's evaluation scores run from 1 (poor) to 5 (very good). */
export const SESSION_SCORE_MIN = 1;
export const SESSION_SCORE_MAX = 5;

/**
 * A session's mean scores are shown only once this many forms are in: fewer could tell a facilitator
 * how one parent scored them [002: "confidentially evaluated"].
 */
export const SESSION_SCORES_SHOWN_FROM = 3;
export const mayShowSessionScores = (forms: number) => forms >= SESSION_SCORES_SHOWN_FROM;

/** People linked as attending a session, or forms returned, can never outnumber those who attended. */
export const withinAttendance = (count: number, attendance: number) => count <= attendance;

/*
 * Personal identifiers in text that must be anonymous [001: "anonymised ... both the individual
 * affected and the service provider/organisation"]: an email address, a phone number, an NHS number,
 * a full postcode, a date of birth, or a titled name ("Mrs Khan"). Each is recognised as what it is,
 * not as "a run of digits": a reference number, a sum or "2025-2026" is not personal (decision 047).
 * A screen, not a guarantee: the officer is still asked to anonymise.
 */

/** An email address. */
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/**
 * A phone number as people write one: starting with +, 00 or 0 (a bare digit run is not a UK phone
 * number as written), and a number that can be allocated (libphonenumber's metadata, kept up to date
 * by its maintainers from Google's): Ofcom's drama numbers (07700 900xxx) and number-shaped references
 * pass, any country's real number is refused.
 */
function hasPhoneNumber(text: string): boolean {
  return findPhoneNumbersInText(text, "GB").some((found) => /^(?:\+|\(?0)/.test(text.slice(found.startsAt, found.endsAt)));
}

/**
 * An NHS number (or Scottish CHI / Northern Irish H&C number, same form): ten digits, written together
 * or as 3-3-4, whose last digit is the modulus 11 check of the first nine.
 */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
const hasNhsNumber = (text: string) =>
  [...text.matchAll(/(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])/g)].some((m) => isNhsNumber(`${m[1]}${m[2]}${m[3]}`));

/** A full UK postcode (outward and inward code; "ST4" alone names a town's district, not a home). */
const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRV-Y\d]?) ?\d[ABD-HJLNP-UW-Z]{2})\b/i;

/** A date given as someone's date of birth ("born 3/4/2015", "DOB: 3 April 2015"); a date alone is not. */
const DATE_OF_BIRTH =
  /\b(?:born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth)\s*(?:is\s*)?[:-]?\s*\d{1,4}(?:[/.-]\d{1,2}[/.-]\d{1,4}|\s+[A-Z][a-z]+\s+\d{4})/i;

/** A titled name. */
const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z'-]+/;

const PERSONAL_DATA: readonly { what: string; found: (text: string) => boolean }[] = [
  { what: "an email address", found: (t) => EMAIL.test(t) },
  { what: "a phone number", found: hasPhoneNumber },
  { what: "an NHS number", found: hasNhsNumber },
  { what: "a postcode", found: (t) => POSTCODE.test(t) },
  { what: "a date of birth", found: (t) => DATE_OF_BIRTH.test(t) },
  { what: "a person's name", found: (t) => TITLED_NAME.test(t) },
];

/** What personal data the text seems to hold (for the refusal), or null. */
export function personalDataIn(text: string): string | null {
  return PERSONAL_DATA.find((p) => p.found(text))?.what ?? null;
}

/** The monitoring month of a date: its first day. */
export const monthOf = (isoDate: string) => `${isoDate.slice(0, 7)}-01`;

/** Poor practice names its category and the kind of agency; a positive outcome needs neither. */
export const needsCategory = (kind: "POOR_PRACTICE" | "POSITIVE_OUTCOME") => kind === "POOR_PRACTICE";

/** Expenses on an activity are claimed by whoever did it, or corrected by a manager [003]. */
export const mayClaimExpense = (o: { didIt: boolean; writesAny: boolean }) => o.didIt || o.writesAny;

/** Mileage up to 999.9 miles and up to £1,000 per activity: more is a typing slip, not a claim. */
export const MAX_MILES = 999.9;
export const MAX_EXPENSE_PENCE = 100_000;
