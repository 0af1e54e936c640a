import type { AuthChecker } from "type-graphql";
import type { Context } from "./context.js";
import { forbidden, unauthenticated } from "../core/errors.js";
import { can, type Permission } from "../core/permissions.js";

/**
 * The one gate for `@Authorized(...)`: no viewer → UNAUTHENTICATED; a viewer whose role lacks any
 * named permission → FORBIDDEN. `@Authorized()` with no permission means "any signed-in staff".
 */
export const authChecker: AuthChecker<Context, Permission> = ({ context }, permissions) => {
  if (!context.viewer) throw unauthenticated();
  if (!permissions.every((p) => can(context.viewer!.role, p))) throw forbidden();
  return true;
};
