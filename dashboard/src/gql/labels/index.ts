/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

export * from "./accessibility-need";
export * from "./activity-kind";
export * from "./allocation-kind";
export * from "./blocking-reason-code";
export * from "./case-status";
export * from "./closure-proposal-decision";
export * from "./closure-reason";
export * from "./complaint-outcome";
export * from "./conduct-action";
export * from "./conduct-decision";
export * from "./conduct-review-status";
export * from "./consent-method";
export * from "./consent-party-type";
export * from "./contact-method";
export * from "./current-stage";
export * from "./decision-maker";
export * from "./diagnosis-status";
export * from "./eligibility";
export * from "./enquiry-topic";
export * from "./ethnic-group";
export * from "./feedback-kind";
export * from "./how-heard";
export * from "./joint-working-role";
export * from "./key-date-kind";
export * from "./meeting-outcome";
export * from "./meeting-status";
export * from "./overdue-kind";
export * from "./overdue-scope";
export * from "./person-role";
export * from "./primary-need";
export * from "./professional-type";
export * from "./queue-change";
export * from "./record-access";
export * from "./referral-channel";
export * from "./referral-source";
export * from "./referral-status";
export * from "./staff-role";
export * from "./stat-figures";
export * from "./supervision-kind";
export * from "./supervision-topic";
export * from "./training-kind";
