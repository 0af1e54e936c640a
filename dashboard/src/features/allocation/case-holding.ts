import type { StaffRole } from "../../gql/graphql";
import { isOneOf } from "../../lib/one-of";

/**
 * The roles that hold cases: the server's CASE_HOLDING_ROLES (server/src/staff/staff.rules.ts).
 * `team` lists every active staff member and does not say who holds cases, so the screens that show
 * caseloads and offer staff for allocation leave the other roles out with this.
 */
export const CASE_HOLDING_ROLES = ["MANAGER", "OFFICER", "VOLUNTEER"] as const satisfies readonly StaffRole[];

export const holdsCases = (role: StaffRole) => isOneOf(CASE_HOLDING_ROLES, role);
