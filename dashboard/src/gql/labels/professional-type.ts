/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ProfessionalType = "SEN_ASSESSMENT_TEAM" | "INDEPENDENT_SUPPORT" | "SOCIAL_WORKER" | "FAMILY_SUPPORT_WORKER" | "HEALTH" | "SCHOOL_STAFF" | "SERVICE_COORDINATOR" | "OTHER";

/** The label of each value, as the server words it. */
export const professionalTypeLabels: Readonly<Record<ProfessionalType, string>> = {
  SEN_ASSESSMENT_TEAM: "SEN assessment team",
  INDEPENDENT_SUPPORT: "Independent support",
  SOCIAL_WORKER: "Social worker",
  FAMILY_SUPPORT_WORKER: "Family support worker",
  HEALTH: "Health",
  SCHOOL_STAFF: "School staff",
  SERVICE_COORDINATOR: "Service co-ordinator",
  OTHER: "Other",
};

/** Every ProfessionalType, in the schema's order (for a select or a list of choices). */
export const professionalTypeValues: readonly ProfessionalType[] = ["SEN_ASSESSMENT_TEAM", "INDEPENDENT_SUPPORT", "SOCIAL_WORKER", "FAMILY_SUPPORT_WORKER", "HEALTH", "SCHOOL_STAFF", "SERVICE_COORDINATOR", "OTHER"];
