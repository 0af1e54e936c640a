/*
 * Group work and monitoring inputs (issue 20, decision 042): information and training sessions for
 * parents [001, 004 2.2B10 VI], their confidential evaluation [002], anonymised poor practice and
 * positive outcomes [001], and expenses on activities [003].
 */

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

/**
 * Obvious personal data in text that must be anonymous [001: "anonymised ... both the individual
 * affected and the service provider/organisation"]: an email address, a phone number, a postcode, or a
 * titled name ("Mrs Khan"). A screen, not a guarantee: the officer is still asked to anonymise.
 */
const PERSONAL_PATTERNS: readonly { what: string; pattern: RegExp }[] = [
  { what: "an email address", pattern: /[^\s@]+@[^\s@]+\.[^\s@]+/ },
  { what: "a phone number", pattern: /(?:\+?\d[\s-]?){10,}/ },
  { what: "a postcode", pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i },
  { what: "a person's name", pattern: /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z'-]+/ },
];

/** What personal data the text seems to hold (for the refusal), or null. */
export function personalDataIn(text: string): string | null {
  return PERSONAL_PATTERNS.find((p) => p.pattern.test(text))?.what ?? null;
}

/** The monitoring month of a date: its first day. */
export const monthOf = (isoDate: string) => `${isoDate.slice(0, 7)}-01`;

/** Poor practice names its category and the kind of agency; a positive outcome needs neither. */
export const needsCategory = (kind: "POOR_PRACTICE" | "POSITIVE_OUTCOME") => kind === "POOR_PRACTICE";

/** Mileage up to 999.9 miles and up to £1,000 per activity: more is a typing slip, not a claim. */
export const MAX_MILES = 999.9;
export const MAX_EXPENSE_PENCE = 100_000;
