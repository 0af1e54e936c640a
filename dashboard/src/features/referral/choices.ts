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

export const currentStageChoices = [
  "Worried and not sure what to do next",
  "Talking to the school or setting about support",
  "Asking for an EHC needs assessment",
  "EHC needs assessment under way",
  "Received a draft EHC plan",
  "Has an EHC plan that is being reviewed",
  "Exclusion, or no school place",
  "Thinking about appealing a decision",
  "Something else",
];

export const howHeardChoices = [
  "School or college",
  "Health professional",
  "Social care or family support",
  "Local authority or Local Offer website",
  "Friend or family",
  "Support group or charity",
  "Internet search or social media",
  "Used the service before",
  "Other",
];

export const ethnicityChoices = [
  "Asian or Asian British",
  "Black, Black British, Caribbean or African",
  "Mixed or multiple ethnic groups",
  "White",
  "Other ethnic group",
  "Prefer not to say",
];
