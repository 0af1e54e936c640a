import type { ReferralChannel, ReferralSource } from "../../gql/graphql";
import { referralChannelLabels, referralSourceLabels } from "../../gql/labels";

/**
 * The channels staff take an enquiry through: the server's STAFF_CHANNELS
 * (server/src/intake/intake.rules.ts), which the API does not serve; the web form files itself.
 */
export const STAFF_CHANNELS = [
  "HELPLINE",
  "ANSWERPHONE",
  "EMAIL",
  "LETTER",
  "IN_PERSON",
  "PROFESSIONAL",
] as const satisfies readonly ReferralChannel[];
export type StaffChannel = (typeof STAFF_CHANNELS)[number];

export const staffChannelOptions = STAFF_CHANNELS.map((value) => ({ value, label: referralChannelLabels[value] }));

/** Who calls for a quick information call: the server's SELF_REFERRAL_SOURCES (server/src/referral/referral.rules.ts). */
export const CALLER_SOURCES = ["PARENT_CARER", "YOUNG_PERSON"] as const satisfies readonly ReferralSource[];
export const callerSourceOptions = CALLER_SOURCES.map((value) => ({ value, label: referralSourceLabels[value] }));
