/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ProfessionalType = "FAMILY_SUPPORT_WORKER" | "HEALTH" | "INDEPENDENT_SUPPORT" | "OTHER" | "SCHOOL_STAFF" | "SEN_ASSESSMENT_TEAM" | "SERVICE_COORDINATOR" | "SOCIAL_WORKER";

/** The label of each value, as the server words it. */
export const professionalTypeLabels: Readonly<Record<ProfessionalType, string>> = {
  FAMILY_SUPPORT_WORKER: "Family support worker",
  HEALTH: "Health",
  INDEPENDENT_SUPPORT: "Independent support",
  OTHER: "Other",
  SCHOOL_STAFF: "School staff",
  SEN_ASSESSMENT_TEAM: "SEN assessment team",
  SERVICE_COORDINATOR: "Service co-ordinator",
  SOCIAL_WORKER: "Social worker",
};

/** Every ProfessionalType, in the schema's order (for a select or a list of choices). */
export const professionalTypeValues: readonly ProfessionalType[] = ["FAMILY_SUPPORT_WORKER", "HEALTH", "INDEPENDENT_SUPPORT", "OTHER", "SCHOOL_STAFF", "SEN_ASSESSMENT_TEAM", "SERVICE_COORDINATOR", "SOCIAL_WORKER"];
