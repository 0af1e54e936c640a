import type { CurrentStage, EthnicGroup, HowHeard } from "../../gql/graphql";

/** Answer lists for the public form, worded for families rather than for the database. */

export const submittedByChoices = [
  { value: "PARENT_CARER", label: "I am a parent or carer" },
  { value: "YOUNG_PERSON", label: "I am a young person asking for myself", hint: "Aged 25 or under" },
] as const;

export const preferredContactChoices = [
  { value: "PHONE", label: "Phone call" },
  { value: "EMAIL", label: "Email" },
  { value: "TEXT", label: "Text message" },
  { value: "LETTER", label: "Letter" },
] as const;

export const accessibilityChoices = [
  { value: "LARGE_PRINT", label: "Large print" },
  { value: "EASY_READ", label: "Easy read" },
  { value: "INTERPRETER", label: "An interpreter" },
  { value: "BSL", label: "British Sign Language (BSL)" },
] as const;

export const diagnosisChoices = [
  { value: "NONE", label: "No diagnosis" },
  { value: "BEING_ASSESSED", label: "Being assessed at the moment" },
  { value: "DIAGNOSED", label: "Has a diagnosis" },
] as const;

export const currentStageChoices: { value: CurrentStage; label: string }[] = [
  { value: "NO_SUPPORT_YET", label: "Worried, and no extra support yet" },
  { value: "SEN_SUPPORT", label: "Getting SEN support at school, college or nursery" },
  { value: "EHC_NEEDS_ASSESSMENT", label: "Asking for, or going through, an EHC needs assessment" },
  { value: "DRAFT_PLAN", label: "Received a draft EHC plan" },
  { value: "EHC_PLAN", label: "Has an EHC plan" },
  { value: "ANNUAL_REVIEW", label: "EHC plan annual review" },
  { value: "EXCLUSION", label: "Excluded, or at risk of exclusion" },
  { value: "APPEAL_TRIBUNAL", label: "Appealing a decision, or going to tribunal" },
  { value: "OTHER", label: "Something else" },
];

export const howHeardChoices: { value: HowHeard; label: string }[] = [
  { value: "SCHOOL", label: "School, college or nursery" },
  { value: "HEALTH", label: "A health professional" },
  { value: "LOCAL_AUTHORITY", label: "The council" },
  { value: "LOCAL_OFFER", label: "The Local Offer website" },
  { value: "FRIEND_FAMILY", label: "Friend or family" },
  { value: "EVENT", label: "An event or support group" },
  { value: "SEARCH_ENGINE", label: "Internet search" },
  { value: "SOCIAL_MEDIA", label: "Social media" },
  { value: "PREVIOUS_USE", label: "Used the service before" },
  { value: "OTHER", label: "Somewhere else" },
];

export const ethnicityChoices: { value: EthnicGroup; label: string }[] = [
  { value: "ASIAN", label: "Asian or Asian British" },
  { value: "BLACK", label: "Black, Black British, Caribbean or African" },
  { value: "MIXED", label: "Mixed or multiple ethnic groups" },
  { value: "WHITE", label: "White" },
  { value: "OTHER", label: "Other ethnic group" },
  { value: "PREFER_NOT_TO_SAY", label: "Prefer not to say" },
];
