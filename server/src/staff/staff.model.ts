import type { Permission } from "../core/permissions.js";
import type { StaffRole } from "../core/vocabulary.js";

/** The signed-in staff member. */
export interface Me {
  id: string;
  displayName: string;
  email: string;
  role: StaffRole;
  serviceId: string;
  serviceName: string;
  /** Permissions of the role, sorted (for the dashboard's navigation). */
  permissions: Permission[];
  /** May create further services (`DEPLOYMENT_ADMIN_EMAILS`, decision 041). */
  isDeploymentAdmin: boolean;
}
