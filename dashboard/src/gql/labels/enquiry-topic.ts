/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type EnquiryTopic = "SEN_SUPPORT_IN_SCHOOL" | "EHC_NEEDS_ASSESSMENT" | "EHC_PLAN" | "EXCLUSION" | "SCHOOL_PLACE" | "TRANSPORT" | "APPEAL_TRIBUNAL" | "HEALTH" | "SOCIAL_CARE" | "PREPARING_FOR_ADULTHOOD" | "PERSONAL_BUDGETS" | "LOCAL_OFFER" | "OTHER";

/** What an enquiry is about: information calls, anonymous enquiries and referrals. The label of each value, as the server words it. */
export const enquiryTopicLabels: Readonly<Record<EnquiryTopic, string>> = {
  SEN_SUPPORT_IN_SCHOOL: "SEN support in school",
  EHC_NEEDS_ASSESSMENT: "EHC needs assessment",
  EHC_PLAN: "EHC plan or annual review",
  EXCLUSION: "Exclusion",
  SCHOOL_PLACE: "School place or transfer",
  TRANSPORT: "Home to school transport",
  APPEAL_TRIBUNAL: "Appeal, tribunal or mediation",
  HEALTH: "Health",
  SOCIAL_CARE: "Social care",
  PREPARING_FOR_ADULTHOOD: "Preparing for adulthood",
  PERSONAL_BUDGETS: "Personal budgets",
  LOCAL_OFFER: "The Local Offer",
  OTHER: "Something else",
};

/** Every EnquiryTopic, in the schema's order (for a select or a list of choices). */
export const enquiryTopicValues: readonly EnquiryTopic[] = ["SEN_SUPPORT_IN_SCHOOL", "EHC_NEEDS_ASSESSMENT", "EHC_PLAN", "EXCLUSION", "SCHOOL_PLACE", "TRANSPORT", "APPEAL_TRIBUNAL", "HEALTH", "SOCIAL_CARE", "PREPARING_FOR_ADULTHOOD", "PERSONAL_BUDGETS", "LOCAL_OFFER", "OTHER"];
