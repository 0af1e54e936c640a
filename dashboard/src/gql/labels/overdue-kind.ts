/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type OverdueKind = "RESPONSE_TARGET_REACHED" | "RESPONSE_MAXIMUM_BREACHED" | "ALLOCATION_NOT_ACCEPTED" | "CONSENT_REVIEW_DUE" | "MEETING_FOLLOW_UP_DUE" | "CASE_INACTIVE" | "SUPERVISION_DUE" | "DBS_RENEWAL_DUE" | "TRAINING_EXPIRED" | "SAFEGUARDING_NOT_ACKNOWLEDGED" | "KEY_DATE_APPROACHING" | "COMPLAINT_RESPONSE_DUE" | "CLOSURE_PROPOSAL_AWAITING_MANAGER" | "CONDUCT_REVIEW_AWAITING_MANAGER";

/** What has fallen due. The label of each value, as the server words it. */
export const overdueKindLabels: Readonly<Record<OverdueKind, string>> = {
  RESPONSE_TARGET_REACHED: "Response target reached",
  RESPONSE_MAXIMUM_BREACHED: "Response maximum breached",
  ALLOCATION_NOT_ACCEPTED: "Allocation not picked up",
  CONSENT_REVIEW_DUE: "Consent review due",
  MEETING_FOLLOW_UP_DUE: "Meeting follow-up with the family due",
  CASE_INACTIVE: "Case inactive",
  SUPERVISION_DUE: "Supervision due",
  DBS_RENEWAL_DUE: "DBS renewal due",
  TRAINING_EXPIRED: "Training expired",
  SAFEGUARDING_NOT_ACKNOWLEDGED: "Safeguarding concern not acknowledged",
  KEY_DATE_APPROACHING: "Key date approaching",
  COMPLAINT_RESPONSE_DUE: "Complaint response due",
  CLOSURE_PROPOSAL_AWAITING_MANAGER: "Case put forward for closure: a manager to decide",
  CONDUCT_REVIEW_AWAITING_MANAGER: "Conduct incident: a manager to review",
};

/** Every OverdueKind, in the schema's order (for a select or a list of choices). */
export const overdueKindValues: readonly OverdueKind[] = ["RESPONSE_TARGET_REACHED", "RESPONSE_MAXIMUM_BREACHED", "ALLOCATION_NOT_ACCEPTED", "CONSENT_REVIEW_DUE", "MEETING_FOLLOW_UP_DUE", "CASE_INACTIVE", "SUPERVISION_DUE", "DBS_RENEWAL_DUE", "TRAINING_EXPIRED", "SAFEGUARDING_NOT_ACKNOWLEDGED", "KEY_DATE_APPROACHING", "COMPLAINT_RESPONSE_DUE", "CLOSURE_PROPOSAL_AWAITING_MANAGER", "CONDUCT_REVIEW_AWAITING_MANAGER"];
