import { sql, type SQL } from "drizzle-orm";
import { can, Permission } from "../core/permissions.js";
import type { Viewer } from "../core/viewer.js";
import { KEY_DATE_KIND, OVERDUE_KIND, TRAINING_KIND, type OverdueKind } from "../core/vocabulary.js";
import { sqlLabels, sqlText, sqlValues } from "../db/sql.js";
import { URGENT_KEY_DATE_KINDS } from "../triage/triage.rules.js";
import { CASE_HOLDING_ROLES } from "../staff/staff.rules.js";
import { OPEN_STATUSES } from "../referral/referral.rules.js";
import { ACTIVE_CASE_STATUSES, FOLLOW_UP_MEETING_STATUSES, inactiveFromSql } from "../casework/casework.rules.js";
import {
  SCHEDULED_SUPERVISION_ROLES,
  lastSupervisedSql,
  nextSupervisionDueSql,
  supervisionWeeksSql,
} from "../supervision/supervision.rules.js";

/*
 * Each rule is a SELECT of every item of its kind that is pending — not yet acted on — with the
 * instant it falls (or fell) due. The engine raises those whose due time has come and clears raised
 * items that no longer appear (someone acted). Columns, in order:
 *   service_id, kind, subject_type, subject_id, due_at, assignee_staff_id, referral_id, label
 * Labels carry references and staff names only, never a family's details.
 */

/** Midnight at the start of a date, in the service's time zone. */
const startOf = (date: SQL) => sql`((${date})::timestamp at time zone (sv.office_hours->>'timeZone'))`;
/** Today's date in the service's time zone at `asOf`. */
const today = (asOf: SQL) => sql`((${asOf} at time zone (sv.office_hours->>'timeZone'))::date)`;
/** Who currently holds a case. */
const holder = (caseId: SQL) =>
  sql`(select a.staff_id from allocations a where a.case_id = ${caseId} and a.ended_at is null order by a.allocated_at desc limit 1)`;

/*
 * Thresholds (hours to accept an allocation, minutes to acknowledge safeguarding, days of warning
 * before a DBS renewal or an urgent key date) are each service's settings, read from `sv`
 * (services: accept_within_hours, safeguarding_ack_minutes, dbs_warning_days, key_date_warning_days;
 * settings/, decision 030). Their defaults are the policies' figures, below (settings.rules.test.ts
 * checks the columns' defaults against them); the DBS and safeguarding ones are DBS_WARNING_DAYS and
 * SAFEGUARDING_ACK_WITHIN_MINUTES.
 */

/** Hours an allocation may wait to be picked up, unless the service sets otherwise. */
export const ACCEPT_WITHIN_HOURS = 24;
/** Warning ahead of an urgent key date, in days, unless the service sets otherwise. */
export const KEY_DATE_WARNING_DAYS = 7;

/** Whether `viewer` is the one who must act on an item: its assignee, or a manager for items nobody holds. */
export function mustAct(viewer: Viewer, item: { assigneeStaffId: string | null }) {
  return item.assigneeStaffId === viewer.staffId || (item.assigneeStaffId === null && can(viewer.role, Permission.ReadOverdueAny));
}

const OPEN_REFERRAL = sql`r.status in (${sqlValues(OPEN_STATUSES)}) and r.erased_at is null`;
const NOT_CLOSED = (caseAlias: string) => sql`${sql.raw(caseAlias)}.status in (${sqlValues(ACTIVE_CASE_STATUSES)})`;
const urgentKinds = sql.join(
  URGENT_KEY_DATE_KINDS.map((k) => sql`${k}`),
  sql`, `,
);
/** An item kind's label, from the vocabulary, as an SQL literal that starts the item's label. */
const kindLabel = (kind: OverdueKind) => sqlText(OVERDUE_KIND.labels[kind]);

export function pendingItemsSql(asOf: SQL): SQL {
  const rules: SQL[] = [
    // Response target reached / maximum breached: no first response yet.
    ...(["RESPONSE_TARGET_REACHED", "RESPONSE_MAXIMUM_BREACHED"] as const).map(
      (kind) => sql`
      select r.service_id, ${sqlValues([kind])}::text as kind, 'referral'::text as subject_type, r.id as subject_id,
        ${kind === "RESPONSE_TARGET_REACHED" ? sql`r.response_target_at` : sql`r.response_deadline_at`} as due_at,
        (select ${holder(sql`c.id`)} from cases c where c.referral_id = r.id) as assignee_staff_id,
        r.id as referral_id,
        ${kindLabel(kind)} || ' — ' || r.reference as label
      from referrals r where r.first_responded_at is null and ${OPEN_REFERRAL}`,
    ),
    sql`
      select a.service_id, 'ALLOCATION_NOT_ACCEPTED', 'allocation', a.id,
        a.allocated_at + make_interval(hours => sv.accept_within_hours), a.staff_id, c.referral_id,
        ${kindLabel("ALLOCATION_NOT_ACCEPTED")} || ' — ' || r.reference
      from allocations a join cases c on c.id = a.case_id join referrals r on r.id = c.referral_id join services sv on sv.id = a.service_id
      where a.accepted_at is null and a.ended_at is null`,
    sql`
      select k.service_id, 'CONSENT_REVIEW_DUE', 'consent', k.id, ${startOf(sql`k.review_on`)}, ${holder(sql`c.id`)}, c.referral_id,
        ${kindLabel("CONSENT_REVIEW_DUE")} || ': ' || k.party_name || coalesce(' (' || k.party_organisation || ')', '') || ' — ' || r.reference
      from consents k join cases c on c.id = k.case_id join referrals r on r.id = c.referral_id join services sv on sv.id = k.service_id
      where k.granted and k.withdrawn_on is null and ${NOT_CLOSED("c")}
        and not exists (select 1 from consents k2 where k2.case_id = k.case_id and lower(k2.party_name) = lower(k.party_name) and k2.created_at > k.created_at)`,
    sql`
      select m.service_id, 'MEETING_FOLLOW_UP_DUE', 'meeting', m.id, ${startOf(sql`m.follow_up_due_on`)}, ${holder(sql`c.id`)}, c.referral_id,
        ${kindLabel("MEETING_FOLLOW_UP_DUE")} || ' — ' || r.reference
      from meetings m join cases c on c.id = m.case_id join referrals r on r.id = c.referral_id join services sv on sv.id = m.service_id
      where m.status::text in (${sqlValues(FOLLOW_UP_MEETING_STATUSES)}) and m.follow_up_due_on is not null and m.follow_up_done_at is null
        and ${NOT_CLOSED("c")}`,
    // A case put forward for closure after two missed meetings waits for a manager's decision [003].
    sql`
      select c.service_id, 'CLOSURE_PROPOSAL_AWAITING_MANAGER', 'case', c.id, c.put_forward_for_closure_at, null::uuid, c.referral_id,
        ${kindLabel("CLOSURE_PROPOSAL_AWAITING_MANAGER")} || ' — ' || r.reference
      from cases c join referrals r on r.id = c.referral_id join services sv on sv.id = c.service_id
      where c.put_forward_for_closure_at is not null and ${NOT_CLOSED("c")}`,
    // A conduct incident waits for a manager's review (decision 042), due when it was recorded.
    sql`
      select ci.service_id, 'CONDUCT_REVIEW_AWAITING_MANAGER', 'conduct_incident', ci.id, ci.recorded_at, null::uuid, c.referral_id,
        ${kindLabel("CONDUCT_REVIEW_AWAITING_MANAGER")} || ' — ' || r.reference
      from conduct_incidents ci join cases c on c.id = ci.case_id join referrals r on r.id = c.referral_id join services sv on sv.id = ci.service_id
      where ci.review_status = 'AWAITING_REVIEW'`,
    sql`
      select c.service_id, 'CASE_INACTIVE', 'case', c.id,
        ${inactiveFromSql(sql`c`, sql`sv`)}, ${holder(sql`c.id`)}, c.referral_id,
        'No activity for ' || sv.inactive_case_days || ' days — ' || r.reference
      from cases c join referrals r on r.id = c.referral_id join services sv on sv.id = c.service_id
      where ${NOT_CLOSED("c")}`,
    sql`
      select s.service_id, 'SUPERVISION_DUE', 'staff', s.id,
        ${startOf(nextSupervisionDueSql(lastSupervisedSql(sql`s.id`, "INDIVIDUAL"), sql`s.created_at::date`, supervisionWeeksSql(sql`s.role`, sql`sv`)))},
        null::uuid, null::uuid, ${kindLabel("SUPERVISION_DUE")} || ': ' || s.display_name
      from staff s join services sv on sv.id = s.service_id
      where s.active and s.role in (${sqlValues(SCHEDULED_SUPERVISION_ROLES)})`,
    sql`
      select s.service_id, 'DBS_RENEWAL_DUE', 'staff', s.id, ${startOf(sql`s.dbs_renewal_due_on - sv.dbs_warning_days`)}, null::uuid, null::uuid,
        ${kindLabel("DBS_RENEWAL_DUE")} || ' ' || to_char(s.dbs_renewal_due_on, 'DD Mon YYYY') || ': ' || s.display_name
      from staff s join services sv on sv.id = s.service_id
      where s.active and s.role in (${sqlValues(CASE_HOLDING_ROLES)}) and s.dbs_renewal_due_on is not null`,
    sql`
      select t.service_id, 'TRAINING_EXPIRED', 'training', t.id, ${startOf(sql`t.expires_on`)}, null::uuid, null::uuid,
        ${kindLabel("TRAINING_EXPIRED")} || ' (' || ${sqlLabels(sql`t.kind::text`, TRAINING_KIND.labels, sql`t.kind::text`)} || '): ' || s.display_name
      from staff_training t join staff s on s.id = t.staff_id join services sv on sv.id = t.service_id
      where s.active and t.expires_on is not null
        and not exists (select 1 from staff_training t2 where t2.staff_id = t.staff_id and t2.kind = t.kind and t2.completed_on > t.completed_on)`,
    sql`
      select g.service_id, 'SAFEGUARDING_NOT_ACKNOWLEDGED', 'safeguarding', g.id,
        g.raised_at + make_interval(mins => sv.safeguarding_ack_minutes), null::uuid, g.referral_id,
        ${kindLabel("SAFEGUARDING_NOT_ACKNOWLEDGED")} || ' — ' || r.reference
      from safeguarding_concerns g join referrals r on r.id = g.referral_id join services sv on sv.id = g.service_id
      where g.acknowledged_at is null`,
    sql`
      select kd.service_id, 'KEY_DATE_APPROACHING', 'key_date', kd.id, ${startOf(sql`kd.on - sv.key_date_warning_days`)},
        (select ${holder(sql`c.id`)} from cases c where c.referral_id = r.id and ${NOT_CLOSED("c")}), r.id,
        ${sqlLabels(sql`kd.kind::text`, KEY_DATE_KIND.labels, sql`kd.kind::text`)} || ' on ' || to_char(kd.on, 'DD Mon') || ' — ' || r.reference
      from key_dates kd join referrals r on r.id = kd.referral_id join services sv on sv.id = kd.service_id
      where ${OPEN_REFERRAL} and kd.kind::text in (${urgentKinds}) and kd.on >= ${today(asOf)} and kd.superseded_by_id is null and kd.voided_at is null`,
    sql`
      select q.service_id, 'COMPLAINT_RESPONSE_DUE', 'complaint', q.id, ${startOf(sql`q.response_due_on`)}, null::uuid, null::uuid,
        ${kindLabel("COMPLAINT_RESPONSE_DUE")} || ' ' || to_char(q.response_due_on, 'DD Mon YYYY')
      from complaints q join services sv on sv.id = q.service_id
      where q.kind = 'COMPLAINT' and q.responded_at is null and q.response_due_on is not null`,
  ];
  return sql.join(rules, sql` union all `);
}
