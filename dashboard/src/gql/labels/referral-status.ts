/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ReferralStatus = "NEW" | "TRIAGED" | "POOLED" | "ALLOCATED" | "SIGNPOSTED" | "CLOSED";

/** The label of each value, as the server words it. */
export const referralStatusLabels: Readonly<Record<ReferralStatus, string>> = {
  NEW: "New",
  TRIAGED: "Triaged",
  POOLED: "In the pool",
  ALLOCATED: "Allocated",
  SIGNPOSTED: "Signposted",
  CLOSED: "Closed",
};

/** Every ReferralStatus, in the schema's order (for a select or a list of choices). */
export const referralStatusValues: readonly ReferralStatus[] = ["NEW", "TRIAGED", "POOLED", "ALLOCATED", "SIGNPOSTED", "CLOSED"];
