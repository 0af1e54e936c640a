import type { StaffRole } from "./vocabulary.js";

/**
 * What each role may do. Resolvers name a permission; `authChecker` looks it up here.
 * `:own` means only records allocated to the caller; `:any` means anything in the caller's service.
 */
export const Permission = {
  ReadReferralAny: "read:referral:any",
  CreateReferral: "create:referral",
  TriageReferral: "triage:referral",
  AllocateReferral: "allocate:referral",
  ClaimReferral: "claim:referral",
  ReadCaseOwn: "read:case:own",
  ReadCaseAny: "read:case:any",
  WriteCaseOwn: "write:case:own",
  WriteCaseAny: "write:case:any",
  RaiseSafeguarding: "raise:safeguarding",
  AcknowledgeSafeguarding: "acknowledge:safeguarding",
  ReadTeam: "read:team",
  ManageStaff: "manage:staff",
  ReadOverdueOwn: "read:overdue:own",
  ReadOverdueAny: "read:overdue:any",
  RecordSupervision: "record:supervision",
  ReadSupervisionOwn: "read:supervision:own",
  ReadSupervisionAny: "read:supervision:any",
  ReadStats: "read:stats",
  /** Log a complaint, comment or compliment. */
  LogComplaint: "log:complaint",
  /** Read the complaints log and record outcomes. */
  ManageComplaints: "manage:complaints",
  EraseServiceUser: "erase:service-user",
  ManageService: "manage:service",
  /** Exact statistics for one's own service; without it statistics are protected (decision 028). */
  ReadExactStats: "read:stats:exact",
  /** Evaluation comments, per released batch of at least k (decision 029). */
  ReadEvaluationComments: "read:evaluation:comments",
  /** Search the service's records (name with typos, date of birth, postcode, reference, phone, email). */
  SearchRecords: "search:records",
  /** See email delivery (queued, retrying, failed, sent) and send a failed one again (decision 040). */
  ManageNotifications: "manage:notifications",
  /** Choose which emails one receives (people who can be sent any). */
  ReceiveNotifications: "receive:notifications",
  /** The audit viewer: who read or changed which record, filtered and exported (decision 041). */
  ReadAudit: "read:audit",
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/**
 * A deployment administrator (decision 041): an active administrator of a service whose sign-in
 * email the deployment lists in `DEPLOYMENT_ADMIN_EMAILS` (lower-cased). They may create further
 * services (`createService`), and `me.isDeploymentAdmin` says so to the dashboard.
 */
export const isDeploymentAdministrator = (
  s: { role: StaffRole; active: boolean; email: string },
  deploymentAdminEmails: readonly string[],
) => s.role === "ADMIN" && s.active && deploymentAdminEmails.includes(s.email.toLowerCase());

const P = Permission;
const caseworker: Permission[] = [
  P.ReceiveNotifications,
  P.ClaimReferral,
  P.ReadCaseOwn,
  P.WriteCaseOwn,
  P.RaiseSafeguarding,
  P.ReadOverdueOwn,
  P.ReadSupervisionOwn,
];

export const rolePermissions: Record<StaffRole, ReadonlySet<Permission>> = {
  MANAGER: new Set<Permission>([
    ...caseworker,
    P.ReadReferralAny,
    P.CreateReferral,
    P.TriageReferral,
    P.AllocateReferral,
    P.ReadCaseAny,
    P.WriteCaseAny,
    P.AcknowledgeSafeguarding,
    P.ReadTeam,
    P.ReadOverdueAny,
    P.RecordSupervision,
    P.ReadSupervisionAny,
    P.ReadStats,
    P.EraseServiceUser,
    P.LogComplaint,
    P.ManageComplaints,
    // Only while the service has no active administrator (accounts/account.rules.ts, decision 031).
    P.ManageStaff,
    P.ReadExactStats,
    P.ReadEvaluationComments,
    P.SearchRecords,
    P.ManageNotifications,
    P.ReadAudit,
  ]),
  OFFICER: new Set<Permission>([...caseworker, P.CreateReferral, P.LogComplaint, P.SearchRecords]),
  VOLUNTEER: new Set<Permission>(caseworker),
  // Steering members see anonymised aggregates and nothing else.
  STEERING: new Set<Permission>([P.ReadStats]),
  // Administrators run accounts and settings; they are not caseworkers and see no case data.
  ADMIN: new Set<Permission>([P.ManageStaff, P.ManageService, P.ReadTeam, P.ManageNotifications, P.ReadAudit]),
};

export function can(role: StaffRole, permission: Permission): boolean {
  return rolePermissions[role].has(permission);
}
