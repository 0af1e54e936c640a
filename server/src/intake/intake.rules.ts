import type { ReferralChannel } from "../core/vocabulary.js";

/*
 * The rules of the quick entries at intake [000, 001 Referrals]: a short information call recorded
 * in one step, and the anonymous tally of an enquiry whose caller declined to be recorded.
 */

/** A quick information call is level 1 (information and signposting) in the national model [004 2.2A3]. */
export const INFORMATION_CALL_LEVEL = 1;

/** A quick call is short: longer work is a referral and a case. */
export const INFORMATION_CALL_MAX_MINUTES = 120;

/** The channels a member of staff takes an enquiry through; the web form files itself. */
export const STAFF_CHANNELS = [
  "HELPLINE",
  "ANSWERPHONE",
  "EMAIL",
  "LETTER",
  "IN_PERSON",
  "PROFESSIONAL",
] as const satisfies readonly ReferralChannel[];

export const isStaffChannel = (channel: ReferralChannel) => (STAFF_CHANNELS as readonly ReferralChannel[]).includes(channel);
