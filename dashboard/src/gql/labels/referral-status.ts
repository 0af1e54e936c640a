/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ReferralStatus = "ALLOCATED" | "CLOSED" | "NEW" | "POOLED" | "SIGNPOSTED" | "TRIAGED";

/** The label of each value, as the server words it. */
export const referralStatusLabels: Readonly<Record<ReferralStatus, string>> = {
  ALLOCATED: "Allocated",
  CLOSED: "Closed",
  NEW: "New",
  POOLED: "In the pool",
  SIGNPOSTED: "Signposted",
  TRIAGED: "Triaged",
};

/** Every ReferralStatus, in the schema's order (for a select or a list of choices). */
export const referralStatusValues: readonly ReferralStatus[] = ["ALLOCATED", "CLOSED", "NEW", "POOLED", "SIGNPOSTED", "TRIAGED"];
