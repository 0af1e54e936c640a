/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ReferralChannel = "ANSWERPHONE" | "EMAIL" | "HELPLINE" | "IN_PERSON" | "LETTER" | "PROFESSIONAL" | "WEB_FORM";

/** How the referral reached the service. The label of each value, as the server words it. */
export const referralChannelLabels: Readonly<Record<ReferralChannel, string>> = {
  ANSWERPHONE: "Answerphone message",
  EMAIL: "Email",
  HELPLINE: "Helpline (phone)",
  IN_PERSON: "In person (events)",
  LETTER: "Letter",
  PROFESSIONAL: "Professional referral",
  WEB_FORM: "Web form",
};

/** Every ReferralChannel, in the schema's order (for a select or a list of choices). */
export const referralChannelValues: readonly ReferralChannel[] = ["ANSWERPHONE", "EMAIL", "HELPLINE", "IN_PERSON", "LETTER", "PROFESSIONAL", "WEB_FORM"];
