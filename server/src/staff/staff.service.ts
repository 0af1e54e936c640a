import { and, eq } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { isDeploymentAdministrator, rolePermissions } from "../core/permissions.js";
import type { Viewer } from "../core/viewer.js";
import { services } from "../service/service.table.js";
import { staff } from "./staff.table.js";
import { notFound } from "../core/errors.js";
import type { Me } from "./staff.model.js";

/** The signed-in staff member, with the permissions of their role and whether they administer the deployment. */
export async function getMe(opts: { db: Queryable; viewer: Viewer; deploymentAdminEmails: readonly string[] }): Promise<Me> {
  const [row] = await opts.db
    .select({
      id: staff.id,
      displayName: staff.displayName,
      email: staff.email,
      role: staff.role,
      serviceId: staff.serviceId,
      serviceName: services.name,
      active: staff.active,
    })
    .from(staff)
    .innerJoin(services, eq(services.id, staff.serviceId))
    .where(and(eq(staff.id, opts.viewer.staffId), eq(staff.serviceId, opts.viewer.serviceId)));
  if (!row) throw notFound("Staff member");
  const { active, ...me } = row;
  return {
    ...me,
    permissions: [...rolePermissions[row.role]].sort(),
    isDeploymentAdmin: isDeploymentAdministrator({ role: row.role, active, email: row.email }, opts.deploymentAdminEmails),
  };
}
