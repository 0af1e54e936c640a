import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { assertValidSchema, type GraphQLSchema } from "graphql";
import type { PubSub } from "type-graphql";
import type { ClassType, NonEmptyArray } from "type-graphql";
import { authChecker } from "./graphql/auth-checker.js";
import type { DeliveryRule } from "./auth/subscription-guard.js";
import { AuthResolver } from "./auth/auth.resolver.js";
import { StaffResolver } from "./staff/staff.resolver.js";
import { ReferralResolver } from "./referral/referral.resolver.js";
import { AllocationResolver } from "./allocation/allocation.resolver.js";
import { CaseworkResolver, ReferralCaseResolver } from "./casework/casework.resolver.js";
import { CaseSafeguardingResolver, SafeguardingResolver } from "./safeguarding/safeguarding.resolver.js";
import { EvaluationResolver } from "./evaluation/evaluation.resolver.js";
import { StatisticsResolver } from "./statistics/statistics.resolver.js";
import { SupervisionResolver } from "./supervision/supervision.resolver.js";
import { NotificationResolver } from "./notifications/notification.resolver.js";
import { ComplaintResolver } from "./complaint/complaint.resolver.js";
import { OverdueResolver } from "./overdue/overdue.resolver.js";
import { DataProtectionResolver } from "./dataprotection/dataprotection.resolver.js";
import { CaseChangesResolver } from "./allocation/case-changes.resolver.js";
import { IntakeResolver } from "./intake/intake.resolver.js";
import { RecordsResolver } from "./records/records.resolver.js";
import { CaseCorrectionsResolver, PersonResolver } from "./records/person.resolver.js";
import { referralReceivedDelivery, triageQueueChangedDelivery } from "./referral/referral.resolver.js";
import { allocationAssignedDelivery } from "./allocation/allocation.resolver.js";
import { overdueItemRaisedDelivery } from "./overdue/overdue.resolver.js";
import { safeguardingAlertDelivery } from "./safeguarding/safeguarding.resolver.js";
import { AccountResolver } from "./accounts/account.resolver.js";
import { ComplianceResolver } from "./compliance/compliance.resolver.js";
import { AuditLogResolver } from "./auditlog/auditlog.resolver.js";
import { ReassignResolver } from "./allocation/reassign.resolver.js";
import { SettingsResolver } from "./settings/settings.resolver.js";
import { DocumentResolver } from "./documents/document.resolver.js";
import { LetterResolver } from "./letters/letter.resolver.js";
import { GroupWorkResolver } from "./casework/groupwork.resolver.js";

/** Every resolver class: the composition root of the GraphQL API. */
export const resolvers: NonEmptyArray<ClassType> = [
  AuthResolver,
  StaffResolver,
  ReferralResolver,
  AllocationResolver,
  CaseworkResolver,
  ReferralCaseResolver,
  SafeguardingResolver,
  CaseSafeguardingResolver,
  EvaluationResolver,
  StatisticsResolver,
  SupervisionResolver,
  ComplaintResolver,
  OverdueResolver,
  DataProtectionResolver,
  CaseChangesResolver,
  AccountResolver,
  ComplianceResolver,
  AuditLogResolver,
  ReassignResolver,
  SettingsResolver,
  IntakeResolver,
  RecordsResolver,
  PersonResolver,
  CaseCorrectionsResolver,
  NotificationResolver,
  DocumentResolver,
  LetterResolver,
  GroupWorkResolver,
];

/** Every subscription field's delivery rule; the fan-out refuses to start if a field has none. */
export const deliveryRules: Record<string, DeliveryRule> = {
  referralReceived: referralReceivedDelivery,
  triageQueueChanged: triageQueueChangedDelivery,
  allocationAssigned: allocationAssignedDelivery,
  overdueItemRaised: overdueItemRaisedDelivery,
  safeguardingAlert: safeguardingAlertDelivery,
} as Record<string, DeliveryRule>;

/**
 * Build the executable schema. `pubSub` may be omitted when only printing the SDL.
 * type-graphql's own check runs the whole introspection query against the new schema (~0.2–0.45 s
 * of an embedded start, the largest single step after PGlite). graphql-js's `assertValidSchema`
 * checks the type system's rules (names, interfaces, arguments) in a few milliseconds, and CI prints
 * the schema (`check:schema`), which serialises every type and default value as introspection would.
 */
export async function buildAppSchema(pubSub?: PubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    pubSub: pubSub ?? {
      publish: () => {},
      subscribe: () => {
        throw new Error("no pubSub");
      },
    },
    validate: false,
    skipCheck: true,
  });
  assertValidSchema(schema);
  return schema;
}
