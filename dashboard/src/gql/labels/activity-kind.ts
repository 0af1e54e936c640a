/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ActivityKind = "ADVICE_GIVEN" | "EMAIL" | "FACE_TO_FACE" | "HOME_VISIT" | "INFORMATION_GIVEN" | "LETTER" | "LITERATURE_SENT" | "MEETING_ATTENDED" | "MEETING_PREPARED" | "NOTE" | "PHONE_CALL" | "PROFESSIONAL_CONTACT";

/** The label of each value, as the server words it. */
export const activityKindLabels: Readonly<Record<ActivityKind, string>> = {
  ADVICE_GIVEN: "Advice given",
  EMAIL: "Email",
  FACE_TO_FACE: "Face to face",
  HOME_VISIT: "Home visit",
  INFORMATION_GIVEN: "Information given",
  LETTER: "Letter",
  LITERATURE_SENT: "Literature sent",
  MEETING_ATTENDED: "Meeting attended",
  MEETING_PREPARED: "Meeting prepared",
  NOTE: "Note",
  PHONE_CALL: "Phone call",
  PROFESSIONAL_CONTACT: "Professional contact",
};

/** Every ActivityKind, in the schema's order (for a select or a list of choices). */
export const activityKindValues: readonly ActivityKind[] = ["ADVICE_GIVEN", "EMAIL", "FACE_TO_FACE", "HOME_VISIT", "INFORMATION_GIVEN", "LETTER", "LITERATURE_SENT", "MEETING_ATTENDED", "MEETING_PREPARED", "NOTE", "PHONE_CALL", "PROFESSIONAL_CONTACT"];
