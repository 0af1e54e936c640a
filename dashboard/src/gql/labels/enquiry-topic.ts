/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type EnquiryTopic = "APPEAL_TRIBUNAL" | "EHC_NEEDS_ASSESSMENT" | "EHC_PLAN" | "EXCLUSION" | "HEALTH" | "LOCAL_OFFER" | "OTHER" | "PERSONAL_BUDGETS" | "PREPARING_FOR_ADULTHOOD" | "SCHOOL_PLACE" | "SEN_SUPPORT_IN_SCHOOL" | "SOCIAL_CARE" | "TRANSPORT";

/** What an enquiry is about: information calls, anonymous enquiries and referrals. The label of each value, as the server words it. */
export const enquiryTopicLabels: Readonly<Record<EnquiryTopic, string>> = {
  APPEAL_TRIBUNAL: "Appeal, tribunal or mediation",
  EHC_NEEDS_ASSESSMENT: "EHC needs assessment",
  EHC_PLAN: "EHC plan or annual review",
  EXCLUSION: "Exclusion",
  HEALTH: "Health",
  LOCAL_OFFER: "The Local Offer",
  OTHER: "Something else",
  PERSONAL_BUDGETS: "Personal budgets",
  PREPARING_FOR_ADULTHOOD: "Preparing for adulthood",
  SCHOOL_PLACE: "School place or transfer",
  SEN_SUPPORT_IN_SCHOOL: "SEN support in school",
  SOCIAL_CARE: "Social care",
  TRANSPORT: "Home to school transport",
};

/** Every EnquiryTopic, in the schema's order (for a select or a list of choices). */
export const enquiryTopicValues: readonly EnquiryTopic[] = ["APPEAL_TRIBUNAL", "EHC_NEEDS_ASSESSMENT", "EHC_PLAN", "EXCLUSION", "HEALTH", "LOCAL_OFFER", "OTHER", "PERSONAL_BUDGETS", "PREPARING_FOR_ADULTHOOD", "SCHOOL_PLACE", "SEN_SUPPORT_IN_SCHOOL", "SOCIAL_CARE", "TRANSPORT"];
