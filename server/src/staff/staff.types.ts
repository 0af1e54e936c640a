import { graphqlEnum } from "../graphql/enum.js";
import { staffRole } from "./staff.table.js";

export const StaffRole = graphqlEnum(staffRole.enumValues, "StaffRole", "What a staff member does in the service.");
export type StaffRole = keyof typeof StaffRole;
