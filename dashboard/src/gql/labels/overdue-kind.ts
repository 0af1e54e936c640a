/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type OverdueKind = "ALLOCATION_NOT_ACCEPTED" | "CASE_INACTIVE" | "CLOSURE_PROPOSAL_AWAITING_MANAGER" | "COMPLAINT_RESPONSE_DUE" | "CONSENT_REVIEW_DUE" | "DBS_RENEWAL_DUE" | "KEY_DATE_APPROACHING" | "MEETING_FOLLOW_UP_DUE" | "RESPONSE_MAXIMUM_BREACHED" | "RESPONSE_TARGET_REACHED" | "SAFEGUARDING_NOT_ACKNOWLEDGED" | "SUPERVISION_DUE" | "TRAINING_EXPIRED";

/** What has fallen due. The label of each value, as the server words it. */
export const overdueKindLabels: Readonly<Record<OverdueKind, string>> = {
  ALLOCATION_NOT_ACCEPTED: "Allocation not picked up",
  CASE_INACTIVE: "Case inactive",
  CLOSURE_PROPOSAL_AWAITING_MANAGER: "Case put forward for closure: a manager to decide",
  COMPLAINT_RESPONSE_DUE: "Complaint response due",
  CONSENT_REVIEW_DUE: "Consent review due",
  DBS_RENEWAL_DUE: "DBS renewal due",
  KEY_DATE_APPROACHING: "Key date approaching",
  MEETING_FOLLOW_UP_DUE: "Meeting follow-up with the family due",
  RESPONSE_MAXIMUM_BREACHED: "Response maximum breached",
  RESPONSE_TARGET_REACHED: "Response target reached",
  SAFEGUARDING_NOT_ACKNOWLEDGED: "Safeguarding concern not acknowledged",
  SUPERVISION_DUE: "Supervision due",
  TRAINING_EXPIRED: "Training expired",
};

/** Every OverdueKind, in the schema's order (for a select or a list of choices). */
export const overdueKindValues: readonly OverdueKind[] = ["ALLOCATION_NOT_ACCEPTED", "CASE_INACTIVE", "CLOSURE_PROPOSAL_AWAITING_MANAGER", "COMPLAINT_RESPONSE_DUE", "CONSENT_REVIEW_DUE", "DBS_RENEWAL_DUE", "KEY_DATE_APPROACHING", "MEETING_FOLLOW_UP_DUE", "RESPONSE_MAXIMUM_BREACHED", "RESPONSE_TARGET_REACHED", "SAFEGUARDING_NOT_ACKNOWLEDGED", "SUPERVISION_DUE", "TRAINING_EXPIRED"];
