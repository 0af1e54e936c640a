import { can, Permission } from "../core/permissions.js";
import type { StaffRole } from "../core/vocabulary.js";

/*
 * Safeguarding [001, 003]: any staff member can raise a concern, including at intake; every manager
 * is alerted at once; a manager must acknowledge it; confidentiality gives way to safeguarding.
 */

/** How long a concern may wait for a manager's acknowledgement before it is overdue. */
export const SAFEGUARDING_ACK_WITHIN_MINUTES = 60;

/**
 * Who may raise a concern on a referral that has no case yet: whoever may read any referral (the
 * managers). Once there is a case, anyone who is or was on it may, even read-only.
 */
export const mayRaiseBeforeAllocation = (role: StaffRole) => can(role, Permission.ReadReferralAny);
