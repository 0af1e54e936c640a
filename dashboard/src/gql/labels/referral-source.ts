/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ReferralSource = "PARENT_CARER" | "YOUNG_PERSON" | "PROFESSIONAL";

/** Who made the referral. The label of each value, as the server words it. */
export const referralSourceLabels: Readonly<Record<ReferralSource, string>> = {
  PARENT_CARER: "Parent or carer",
  YOUNG_PERSON: "Young person",
  PROFESSIONAL: "Professional",
};

/** Every ReferralSource, in the schema's order (for a select or a list of choices). */
export const referralSourceValues: readonly ReferralSource[] = ["PARENT_CARER", "YOUNG_PERSON", "PROFESSIONAL"];
