import type { ClassType, NonEmptyArray } from "type-graphql";
import { AuthResolver } from "../auth/auth.resolver.js";
import { StaffResolver } from "../staff/staff.resolver.js";
import { ReferralResolver } from "../referral/referral.resolver.js";
import { AllocationResolver } from "../allocation/allocation.resolver.js";
import { CaseworkResolver } from "../casework/casework.resolver.js";
import { SafeguardingResolver } from "../safeguarding/safeguarding.resolver.js";
import { EvaluationResolver } from "../evaluation/evaluation.resolver.js";
import { StatisticsResolver } from "../statistics/statistics.resolver.js";
import { SupervisionResolver } from "../supervision/supervision.resolver.js";
import { ComplaintResolver } from "../complaint/complaint.resolver.js";
import { OverdueResolver } from "../overdue/overdue.resolver.js";
import { DataProtectionResolver } from "../dataprotection/dataprotection.resolver.js";
import { ServiceResolver } from "../service/service.resolver.js";

export const resolvers: NonEmptyArray<ClassType> = [
  AuthResolver,
  StaffResolver,
  ReferralResolver,
  AllocationResolver,
  CaseworkResolver,
  SafeguardingResolver,
  EvaluationResolver,
  StatisticsResolver,
  SupervisionResolver,
  ComplaintResolver,
  OverdueResolver,
  DataProtectionResolver,
  ServiceResolver,
];
