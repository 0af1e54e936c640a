import type { NonEmptyArray } from "type-graphql";
import { AuthResolver } from "../auth/auth.resolver.js";
import { StaffResolver } from "../staff/staff.resolver.js";
import { ReferralResolver } from "../referral/referral.resolver.js";
import { OverdueResolver } from "../overdue/overdue.resolver.js";
import { DataProtectionResolver } from "../dataprotection/dataprotection.resolver.js";

export const resolvers: NonEmptyArray<Function> = [AuthResolver, StaffResolver, ReferralResolver, OverdueResolver, DataProtectionResolver];
