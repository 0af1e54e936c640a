import type { StaffRole } from "../core/vocabulary.js";

/*
 * What a staff member must have on record to hold cases [001 DBS, Training, Confidentiality], read
 * alike by allocation (blocking reasons), the supervision schedule (compliance) and the overdue
 * engine (renewals due).
 */

/** Roles that hold cases (and are supervised, and need a valid DBS check). */
export const CASE_HOLDING_ROLES = ["MANAGER", "OFFICER", "VOLUNTEER"] as const satisfies readonly StaffRole[];

export const holdsCases = (role: StaffRole) => (CASE_HOLDING_ROLES as readonly StaffRole[]).includes(role);

/** Days of warning before a DBS renewal or a training expiry falls due. */
export const DBS_WARNING_DAYS = 30;
export const TRAINING_WARNING_DAYS = DBS_WARNING_DAYS;

/** An enhanced DBS check is valid until its renewal date (dates are ISO, in the service's time zone). */
export const dbsValidOn = (s: { dbsEnhanced: boolean; dbsRenewalDueOn: string | null }, today: string) =>
  s.dbsEnhanced && (s.dbsRenewalDueOn === null || s.dbsRenewalDueOn >= today);

/** Training counts until it expires; training with no expiry date counts for good. */
export const trainingCurrentOn = (t: { expiresOn: string | null }, today: string) => t.expiresOn === null || t.expiresOn >= today;

/** The confidentiality policy counts as signed from the day it was signed. */
export const confidentialitySignedBy = (signedOn: string | null, today: string) => signedOn !== null && signedOn <= today;

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A date (renewal, expiry) falls due soon when it is today or within the warning window. */
export const dueSoon = (date: string | null, today: string, warningDays = DBS_WARNING_DAYS) =>
  date !== null && date >= today && date <= addDays(today, warningDays);
