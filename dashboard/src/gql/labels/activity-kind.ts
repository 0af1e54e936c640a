/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ActivityKind = "PHONE_CALL" | "EMAIL" | "LETTER" | "FACE_TO_FACE" | "HOME_VISIT" | "ADVICE_GIVEN" | "INFORMATION_GIVEN" | "PROFESSIONAL_CONTACT" | "MEETING_PREPARED" | "MEETING_ATTENDED" | "LITERATURE_SENT" | "NOTE";

/** The label of each value, as the server words it. */
export const activityKindLabels: Readonly<Record<ActivityKind, string>> = {
  PHONE_CALL: "Phone call",
  EMAIL: "Email",
  LETTER: "Letter",
  FACE_TO_FACE: "Face to face",
  HOME_VISIT: "Home visit",
  ADVICE_GIVEN: "Advice given",
  INFORMATION_GIVEN: "Information given",
  PROFESSIONAL_CONTACT: "Professional contact",
  MEETING_PREPARED: "Meeting prepared",
  MEETING_ATTENDED: "Meeting attended",
  LITERATURE_SENT: "Literature sent",
  NOTE: "Note",
};

/** Every ActivityKind, in the schema's order (for a select or a list of choices). */
export const activityKindValues: readonly ActivityKind[] = ["PHONE_CALL", "EMAIL", "LETTER", "FACE_TO_FACE", "HOME_VISIT", "ADVICE_GIVEN", "INFORMATION_GIVEN", "PROFESSIONAL_CONTACT", "MEETING_PREPARED", "MEETING_ATTENDED", "LITERATURE_SENT", "NOTE"];
