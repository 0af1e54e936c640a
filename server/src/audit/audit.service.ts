import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { auditEvents } from "./audit.table.js";

/** Every audited action; one comment each says when it is written. */
export type AuditAction =
  /** A referral was created (public form or staff). */
  | "referral.create"
  /** A referral's full record was read. */
  | "referral.read"
  /** Referrals were listed in the triage queue (one event per page, with the ids). */
  | "referral.list"
  /** A triage decision was recorded. */
  | "referral.triage"
  /** A key date was added to a referral. */
  | "referral.key-date.add"
  /** A family's personal data was erased on request. */
  | "person.erase"
  /** A family's personal data was erased by the retention rule (no actor). */
  | "person.retention-erase"
  /** Everything held about a person was exported (subject access). */
  | "person.export"
  /** A case record was read. */
  | "case.read"
  /** A document (or a new version of one) was filed on a referral, case or family record (decision 038). */
  | "document.upload"
  /** A document's bytes were sent to someone (download or preview). */
  | "document.download"
  /** A folder's list of documents was shown (their names are personal). */
  | "document.list"
  /** A document was voided (kept for audit, hidden from the folder). */
  | "document.void"
  /** A service's wording for a letter kind was saved (decision 039). */
  | "letter.template.save"
  | "letter.template.reset"
  /** A referral was published to the pool for eligible staff to claim. */
  | "referral.pool"
  /** A case was opened for a referral on its first allocation. */
  | "case.open"
  /** A case was allocated (by a manager or claimed from the pool); ends any previous allocation. */
  | "allocation.create"
  /** The allocated staff member picked the allocation up. */
  | "allocation.accept"
  /** An activity (contact, advice, meeting work, time spent) was logged on a case. */
  | "case.activity.log"
  /** Consent to speak to a third party was recorded (granted or refused). */
  | "case.consent.record"
  /** A consent was withdrawn. */
  | "case.consent.withdraw"
  /** A meeting was booked on a case. */
  | "case.meeting.schedule"
  /** A meeting's outcome (attended, missed, cancelled) was recorded. */
  | "case.meeting.outcome"
  /** A conduct incident was recorded, awaiting a manager's review (decision 042). */
  | "case.conduct.record"
  /** A manager upheld (warning, or removal closing every open case of the family) or dismissed a conduct incident. */
  | "case.conduct.review"
  /** That the manager's conduct letter was sent to the family, and when. */
  | "case.conduct.letter"
  /** A new referral was flagged as possibly from a family removed for conduct. */
  | "referral.conduct-flag"
  /** An information or training session was recorded (or its attendance or evaluations). */
  | "session.record"
  /** Anonymous evaluation forms of a session were entered (no form is named in the event). */
  | "session.evaluations.record"
  /** An anonymised poor-practice issue or positive outcome was recorded for the monitoring report. */
  | "monitoring.record"
  /** Mileage or expenses were recorded on an activity. */
  | "case.activity.expense"
  /** A case was closed. Never names the evaluation invitation it issued. */
  | "case.close"
  /** A safeguarding concern was raised and the referral flagged. */
  | "safeguarding.raise"
  /** Unacknowledged safeguarding concerns were listed for a manager (one event per concern). */
  | "safeguarding.read"
  /** A manager acknowledged a safeguarding concern with an outcome. */
  | "safeguarding.acknowledge"
  /** A supervision session was recorded (notes are not copied into the log). */
  | "supervision.record"
  /** Supervision records, notes included, were read (one event per record returned). */
  | "supervision.read"
  /** A complaint, comment or compliment was logged. */
  | "complaint.log"
  /** A complaint's outcome, measures, escalation or response was updated. */
  | "complaint.update"
  /** The complaints log was listed (one event per record returned). */
  | "complaint.read"
  /** A manager changed a case's level of intervention, with the reason. */
  | "case.level.change"
  /** A manager reopened a closed case and allocated it. */
  | "case.reopen"
  /** A manager added a co-worker or shadow to a level-4 case. */
  | "case.coworker.add"
  /** A manager kept open a case put forward for closure. */
  | "case.closure-proposal.keep-open"
  /** A service was created with its first administrator (command line or deployment administrator). */
  | "service.create"
  /** A staff account was added (a one-time set-password link issued). */
  | "staff.add"
  /** A person set their password with a one-time link. */
  | "staff.password.set"
  /** An administrator reset a password (old one void, sessions ended, new link issued). */
  | "staff.password.reset"
  /** A staff account was deactivated (sessions ended). */
  | "staff.deactivate"
  /** A staff account was reactivated. */
  | "staff.reactivate"
  /** A staff member's role was changed. */
  | "staff.role.change"
  /** A staff member's capacity or highest level was changed. */
  | "staff.capacity.change"
  /** A person's open cases were reassigned in one operation (each case also has its allocation.create). */
  | "staff.reassign"
  /** A staff member's DBS check and signed confidentiality policy were recorded. */
  | "staff.compliance.record"
  /** Training a staff member completed was recorded. */
  | "staff.training.record"
  /** The service's settings were changed (the names of the settings changed). */
  | "service.settings.update"
  /** A mental-capacity assessment of a young person aged 16 or over was recorded. */
  | "case.capacity.record"
  /** An enquiry whose caller declined to be recorded was counted (nothing personal is kept). */
  | "intake.anonymous-enquiry"
  /** A quick information call was recorded in one step (caller, referral, closed level-1 case, activity). */
  | "intake.information-call"
  /** A search of the records: the criteria used, by name (never their values). */
  | "records.search"
  /** A referral a search showed (one event per hit). */
  | "records.search.hit"
  /** A family record (a person with everything of theirs) was read. */
  | "person.read"
  /** A person's contact details were corrected (previous values kept in record_corrections). */
  | "person.correct"
  /** Two records of one person were merged (one event on each). */
  | "person.merge"
  /** An activity entered in error was voided (kept, out of statistics and the timeline). */
  | "case.activity.void"
  /** A list of cases was shown (one event per case listed). */
  | "case.list"
  /** An email notification was accepted by the SMTP server (its kind only, never its content or address). */
  | "notification.send"
  /** An email notification attempt failed; it is retried or left failed (the masked error is on the outbox row). */
  | "notification.fail"
  /** Someone asked for a failed or retrying email to be sent again now. */
  | "notification.retry"
  /** A person changed which emails they receive. */
  | "notification.preferences.update"
  /** A child's details were corrected (previous values kept in record_corrections). */
  | "child.correct"
  /** A referral's details were corrected (previous values kept in record_corrections). */
  | "referral.correct"
  /** An activity's details were corrected (previous values kept in record_corrections). */
  | "case.activity.correct"
  /** A key date was corrected (previous values kept in record_corrections). */
  | "referral.key-date.correct"
  /** A key date entered in error was voided (kept, out of the queue, reminders, statistics and the timeline). */
  | "referral.key-date.void"
  /** A consent's details were corrected (previous values kept in record_corrections). */
  | "case.consent.correct"
  /** The compliance records of the service's staff were listed (one event per person shown). */
  | "staff.compliance.read"
  /** A quarterly appraisal was recorded for a staff member. */
  | "staff.appraisal.record"
  /** A conflict-of-interest declaration was recorded for a staff member. */
  | "staff.conflict.declare"
  /** A conflict-of-interest declaration was withdrawn. */
  | "staff.conflict.withdraw"
  /** A page of the audit log was shown in the audit viewer (one event, naming the filters used). */
  | "audit.read"
  /** The audit log was exported as CSV (one event, naming the filters used). */
  | "audit.export";

export interface AuditEntry {
  serviceId: string;
  actorStaffId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  /** Names of the fields read or changed — never their values. */
  fields?: string[];
  correlationId?: string;
}

/** One read event per record a list showed the viewer (field names only, never values). */
export async function recordReads(
  q: Queryable,
  opts: {
    viewer: { serviceId: string; staffId: string };
    action: AuditAction;
    entityType: string;
    ids: string[];
    fields: string[];
    correlationId: string;
  },
) {
  await recordAudit(
    q,
    opts.ids.map((id) => ({
      serviceId: opts.viewer.serviceId,
      actorStaffId: opts.viewer.staffId,
      action: opts.action,
      entityType: opts.entityType,
      entityId: id,
      fields: opts.fields,
      correlationId: opts.correlationId,
    })),
  );
}

/**
 * Write audit events on the same transaction as the read or change they describe. However many
 * there are, one statement with one JSON parameter: the same text for 1 row or 1,000, so it is
 * prepared once per connection (decision 013), and building it costs a `JSON.stringify` rather than
 * drizzle's per-value work for a multi-row VALUES list (a fan-out to 1,000 subscribers audits 1,000
 * reads at once).
 */
export async function recordAudit(q: Queryable, entries: AuditEntry | AuditEntry[]) {
  const rows = Array.isArray(entries) ? entries : [entries];
  if (rows.length === 0) return;
  const json = JSON.stringify(
    rows.map((e) => ({
      service_id: e.serviceId,
      actor_staff_id: e.actorStaffId,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      fields: e.fields ?? [],
      correlation_id: e.correlationId ?? null,
    })),
  );
  await q.execute(sql`insert into ${auditEvents} (service_id, actor_staff_id, action, entity_type, entity_id, fields, correlation_id)
    select service_id, actor_staff_id, action, entity_type, entity_id, fields, correlation_id
    from jsonb_to_recordset(${json}::jsonb)
      as e(service_id uuid, actor_staff_id uuid, action text, entity_type text, entity_id uuid, fields jsonb, correlation_id text)`);
}
