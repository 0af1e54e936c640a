import type { Context } from "../graphql/context.js";
import { can, type Permission } from "./permissions.js";

/**
 * Decide, for one event, whether this subscriber may receive it: the session must still be live,
 * the role (read afresh) must still hold `permission`, and the event must belong to the
 * subscriber's service. Refreshes `context.viewer` so the resolver loads with current rights.
 */
export async function mayReceive(context: Context, eventServiceId: string, permission: Permission, also?: (staffId: string) => boolean) {
  const current = context.viewer;
  if (!current || current.serviceId !== eventServiceId) return false;
  try {
    const fresh = await context.sessionChecks.load(current.sessionId);
    if (!fresh || fresh.serviceId !== eventServiceId || !can(fresh.role, permission)) return false;
    if (also && !also(fresh.staffId)) return false;
    context.viewer = fresh;
    return true;
  } catch {
    return false;
  }
}
