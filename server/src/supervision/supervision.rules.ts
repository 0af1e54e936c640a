import { sql, type SQL } from "drizzle-orm";
import type { StaffRole, SupervisionKind } from "../core/vocabulary.js";
import { CASE_HOLDING_ROLES } from "../staff/staff.rules.js";

/*
 * Supervision [001 Supervision]: officers every 6 weeks, volunteers monthly (service settings), group
 * support termly. The schedule (supervision.service.ts) and the overdue engine read the same rules.
 */

/** Who may lead a supervision session. */
export const SUPERVISOR_ROLES = ["MANAGER", "OFFICER"] as const satisfies readonly StaffRole[];
/** Who may be supervised: everyone who holds cases. */
export const SUPERVISEE_ROLES = CASE_HOLDING_ROLES;
/** Whose one-to-one supervision is scheduled (and falls overdue). */
export const SCHEDULED_SUPERVISION_ROLES = ["OFFICER", "VOLUNTEER"] as const satisfies readonly StaffRole[];

export const maySupervise = (role: StaffRole) => (SUPERVISOR_ROLES as readonly StaffRole[]).includes(role);
export const mayBeSupervised = (role: StaffRole) => (SUPERVISEE_ROLES as readonly StaffRole[]).includes(role);

/** How far back a session may be recorded, in days. */
export const SUPERVISION_MAX_BACKDATE_DAYS = 366;
/** The most people one group session may record. */
export const SUPERVISION_MAX_ATTENDEES = 40;

/** One-to-one supervision has one supervisee; group support two or more. */
export const attendeesFit = (kind: SupervisionKind, attendees: number) => (kind === "INDIVIDUAL" ? attendees === 1 : attendees >= 2);

/** Weeks between one-to-one supervisions: volunteers have the service's volunteer interval, everyone else the officers'. */
export const supervisionWeeks = (role: StaffRole, service: { supervisionOfficerWeeks: number; supervisionVolunteerWeeks: number }) =>
  role === "VOLUNTEER" ? service.supervisionVolunteerWeeks : service.supervisionOfficerWeeks;

/** `supervisionWeeks` in SQL, for a staff row's role and its services row. */
export const supervisionWeeksSql = (role: SQL, service: SQL): SQL =>
  sql`(case when ${role} = 'VOLUNTEER' then ${service}.supervision_volunteer_weeks else ${service}.supervision_officer_weeks end)`;

/** The date of a staff member's last session of a kind (null when none). */
export const lastSupervisedSql = (staffId: SQL, kind: SupervisionKind): SQL =>
  sql`(select max(sp.held_on) from supervisions sp join supervision_attendees sa on sa.supervision_id = sp.id
      where sa.staff_id = ${staffId} and sp.kind = ${sql.raw(`'${kind}'`)})`;

/** The next one-to-one falls due the interval after the last one, or after the start date when there was none. */
export const nextSupervisionDueSql = (lastIndividual: SQL, startedOn: SQL, weeks: SQL): SQL =>
  sql`(coalesce(${lastIndividual}, ${startedOn}) + ${weeks} * 7)`;
