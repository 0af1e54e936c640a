import type { NonEmptyArray } from "type-graphql";
import { AuthResolver } from "../auth/auth.resolver.js";
import { StaffResolver } from "../staff/staff.resolver.js";

export const resolvers: NonEmptyArray<Function> = [AuthResolver, StaffResolver];
