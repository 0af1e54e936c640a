import type { StaffRole } from "../../gql/graphql";

/** A screen in the main navigation; `deploymentAdmin`: only for a deployment administrator (`me.isDeploymentAdmin`). */
export type NavItem = { path: string; label: string; permission: string; deploymentAdmin?: true };

const triage: NavItem = { path: "/triage", label: "Triage queue", permission: "triage:referral" };
const team: NavItem = { path: "/team", label: "Team", permission: "read:team" };
const overdue: NavItem = { path: "/overdue", label: "Overdue", permission: "read:overdue:any" };
const allocations: NavItem = { path: "/allocations", label: "My allocations", permission: "claim:referral" };
const statistics: NavItem = { path: "/statistics", label: "Statistics", permission: "read:stats" };
const supervision: NavItem = { path: "/supervision", label: "Supervision", permission: "record:supervision" };
const complaints: NavItem = { path: "/complaints", label: "Complaints", permission: "manage:complaints" };
const accounts: NavItem = { path: "/accounts", label: "Accounts", permission: "manage:staff" };
const compliance: NavItem = { path: "/compliance", label: "Compliance", permission: "manage:staff" };
const audit: NavItem = { path: "/audit", label: "Audit log", permission: "read:audit" };
const settings: NavItem = { path: "/settings", label: "Settings", permission: "manage:service" };
// A further service of the deployment (decision 041); the server decides again on `createService`.
const newService: NavItem = { path: "/services", label: "New service", permission: "manage:service", deploymentAdmin: true };
const intake: NavItem = { path: "/intake", label: "New enquiry", permission: "create:referral" };
const search: NavItem = { path: "/search", label: "Find a family", permission: "search:records" };
const cases: NavItem = { path: "/cases", label: "Cases", permission: "read:case:own" };
// One screen: a person's own email choices, and (managers, administrators) the service's delivery list.
const notifications: NavItem = { path: "/notifications", label: "Emails", permission: "receive:notifications" };
const emailDelivery: NavItem = { path: "/notifications", label: "Email delivery", permission: "manage:notifications" };
// Managers word the service's letters; the server's saveLetterTemplate asks the same permission.
const letters: NavItem = { path: "/letters", label: "Letter templates", permission: "allocate:referral" };
const groupWork: NavItem = { path: "/group-work", label: "Group work", permission: "write:case:own" };

/**
 * Each role's screens. Exhaustive over StaffRole so a new role fails the build until placed.
 * A screen also needs its permission, so the server's role table stays the last word.
 */
function itemsForRole(role: StaffRole): NavItem[] {
  switch (role) {
    case "MANAGER":
      return [
        triage,
        team,
        overdue,
        supervision,
        complaints,
        statistics,
        intake,
        search,
        cases,
        groupWork,
        accounts,
        compliance,
        audit,
        notifications,
        letters,
      ];
    case "OFFICER":
    case "VOLUNTEER":
      return [allocations, intake, search, cases, groupWork, notifications];
    case "STEERING":
      return [statistics];
    case "ADMIN":
      return [accounts, compliance, team, settings, audit, emailDelivery, newService];
    default: {
      const unhandled: never = role;
      throw new Error(`No navigation for role ${String(unhandled)}`);
    }
  }
}

export function navigationFor(me: { role: StaffRole; permissions: string[]; isDeploymentAdmin: boolean }): NavItem[] {
  return itemsForRole(me.role).filter(
    (item) => me.permissions.includes(item.permission) && (!item.deploymentAdmin || me.isDeploymentAdmin),
  );
}
