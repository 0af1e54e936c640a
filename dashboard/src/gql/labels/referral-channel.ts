/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ReferralChannel = "HELPLINE" | "ANSWERPHONE" | "EMAIL" | "WEB_FORM" | "LETTER" | "IN_PERSON" | "PROFESSIONAL";

/** How the referral reached the service. The label of each value, as the server words it. */
export const referralChannelLabels: Readonly<Record<ReferralChannel, string>> = {
  HELPLINE: "Helpline (phone)",
  ANSWERPHONE: "Answerphone message",
  EMAIL: "Email",
  WEB_FORM: "Web form",
  LETTER: "Letter",
  IN_PERSON: "In person (events)",
  PROFESSIONAL: "Professional referral",
};

/** Every ReferralChannel, in the schema's order (for a select or a list of choices). */
export const referralChannelValues: readonly ReferralChannel[] = ["HELPLINE", "ANSWERPHONE", "EMAIL", "WEB_FORM", "LETTER", "IN_PERSON", "PROFESSIONAL"];
