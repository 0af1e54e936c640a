import { registerEnumType } from "type-graphql";
import { staffRole } from "./staff.table.js";

export type StaffRole = (typeof staffRole.enumValues)[number];
export const StaffRole = Object.fromEntries(staffRole.enumValues.map((v) => [v, v])) as { [K in StaffRole]: K };
registerEnumType(StaffRole, { name: "StaffRole", description: "What a staff member does in the service." });
