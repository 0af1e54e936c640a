import { can, Permission } from "../core/permissions.js";
import type { StaffRole } from "../core/vocabulary.js";

/*
 * Safeguarding [001, 003]: any staff member can raise a concern, including at intake; every manager
 * is alerted at once; a manager must acknowledge it; confidentiality gives way to safeguarding.
 */

/** How long a concern may wait for a manager's acknowledgement before it is overdue. */
export const SAFEGUARDING_ACK_WITHIN_MINUTES = 60;

/**
 * Who may raise a concern: any staff member who works with families (managers, officers,
 * volunteers), on any referral or case of their service, allocated or not, theirs or not — the
 * person who hears of harm must be able to tell the managers "as soon as possible" [003], and
 * confidentiality gives way to safeguarding. Raising one does not let them read the case.
 * Steering members and administrators see no case data and raise none.
 */
export const mayRaiseConcern = (role: StaffRole) => can(role, Permission.RaiseSafeguarding);

/** A referral staff enter with its safeguarding flag raises a concern at once [003]. */
export const raisesConcernAtIntake = (r: { safeguardingFlag: boolean; createdById: string | null }) =>
  r.safeguardingFlag && r.createdById !== null;

/** The concern a flag at intake raises; the details are in the referral (no personal data here). */
export const INTAKE_CONCERN_SUMMARY = "Safeguarding flagged when the referral was entered. See the referral and act on it.";
