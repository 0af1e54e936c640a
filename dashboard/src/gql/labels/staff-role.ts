/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type StaffRole = "MANAGER" | "OFFICER" | "VOLUNTEER" | "STEERING" | "ADMIN";

/** What a staff member does in the service. The label of each value, as the server words it. */
export const staffRoleLabels: Readonly<Record<StaffRole, string>> = {
  MANAGER: "Service manager",
  OFFICER: "Officer",
  VOLUNTEER: "Volunteer",
  STEERING: "Steering group member",
  ADMIN: "Administrator",
};

/** Every StaffRole, in the schema's order (for a select or a list of choices). */
export const staffRoleValues: readonly StaffRole[] = ["MANAGER", "OFFICER", "VOLUNTEER", "STEERING", "ADMIN"];
