// Every table, for drizzle-kit (drizzle.config.ts, scripts/check-migrations.mjs) and for tests. Tables live beside their module.
export * from "./service/service.table.js";
export * from "./staff/staff.table.js";
export * from "./auth/session.table.js";
export * from "./ratelimit/rate-limit.table.js";
export * from "./person/person.table.js";
export * from "./referral/referral.table.js";
export * from "./casework/casework.table.js";
export * from "./safeguarding/safeguarding.table.js";
export * from "./supervision/supervision.table.js";
export * from "./complaint/complaint.table.js";
export * from "./evaluation/evaluation.table.js";
export * from "./overdue/overdue.table.js";
export * from "./audit/audit.table.js";
export * from "./statistics/statistics.table.js";
export * from "./idempotency/idempotency.table.js";
export * from "./accounts/account.table.js";
export * from "./records/records.table.js";
