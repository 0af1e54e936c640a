import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { documentsOfPerson } from "../documents/document.service.js";
import { recordAudit } from "../audit/audit.service.js";
import { auditEvents } from "../audit/audit.table.js";
import { notFound } from "../core/errors.js";
import { assertId } from "../core/input.js";
import type { SubjectAccessExport } from "./dataprotection.model.js";
import { children, people } from "../person/person.table.js";
import { recordCorrections } from "../records/records.table.js";
import { keyDates, referrals } from "../referral/referral.table.js";
import {
  activities,
  activityExpenses,
  allocations,
  cases,
  conductIncidents,
  conductReferralFlags,
  consents,
  groupSessions,
  meetings,
  mentalCapacityAssessments,
  sessionAttendees,
} from "../casework/casework.table.js";
import { safeguardingConcerns } from "../safeguarding/safeguarding.table.js";
import { staff } from "../staff/staff.table.js";

type Json = Record<string, unknown>;

/** Drop internal keys (service ids, password-like or tenant columns) from a row before export. */
const clean = (row: Json) => Object.fromEntries(Object.entries(row).filter(([k]) => k !== "serviceId"));

/**
 * Everything held about a person (subject access request): their record, each referral with the
 * child, key dates, cases, allocations, activities, consents, meetings, conduct incidents and
 * safeguarding concerns, and who read or changed those records (from the audit trail).
 */
export async function exportSubjectAccess(opts: { db: Db; viewer: Viewer; personId: string; now: Date }): Promise<SubjectAccessExport> {
  const { db, viewer } = opts;
  const personId = assertId("personId", opts.personId);
  const [person] = await db
    .select()
    .from(people)
    .where(and(eq(people.id, personId), eq(people.serviceId, viewer.serviceId)));
  if (!person) throw notFound("Person");
  // The duplicates merged into this person are the same person (issue 19): their details are theirs too.
  const mergedIn = await db
    .select()
    .from(people)
    .where(and(eq(people.serviceId, viewer.serviceId), eq(people.mergedIntoId, person.id)));
  const history = await db
    .select({
      entityType: recordCorrections.entityType,
      entityId: recordCorrections.entityId,
      field: recordCorrections.field,
      previousValue: recordCorrections.previousValue,
      newValue: recordCorrections.newValue,
      reason: recordCorrections.reason,
      changedAt: recordCorrections.changedAt,
      by: staff.displayName,
    })
    .from(recordCorrections)
    .innerJoin(staff, eq(staff.id, recordCorrections.changedById))
    .where(and(eq(recordCorrections.serviceId, viewer.serviceId), eq(recordCorrections.personId, person.id)))
    .orderBy(asc(recordCorrections.changedAt));
  const refs = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.serviceId, viewer.serviceId), eq(referrals.personId, person.id)))
    .orderBy(asc(referrals.receivedAt));
  const referralIds = refs.map((r) => r.id);
  const childIds = refs.map((r) => r.childId).filter((x): x is string => x !== null);
  const none = ["00000000-0000-0000-0000-000000000000"];
  const kids = childIds.length ? await db.select().from(children).where(inArray(children.id, childIds)) : [];
  const dates = await db
    .select()
    .from(keyDates)
    .where(inArray(keyDates.referralId, referralIds.length ? referralIds : none))
    .orderBy(asc(keyDates.on));
  const caseRows = await db
    .select()
    .from(cases)
    .where(inArray(cases.referralId, referralIds.length ? referralIds : none));
  const caseIds = caseRows.length ? caseRows.map((c) => c.id) : none;
  const [allocs, acts, cons, meets, conduct, concerns, expenses, capacity, flags, sessionsAttended] = await Promise.all([
    db
      .select({
        caseId: allocations.caseId,
        staff: staff.displayName,
        allocatedAt: allocations.allocatedAt,
        acceptedAt: allocations.acceptedAt,
        endedAt: allocations.endedAt,
      })
      .from(allocations)
      .innerJoin(staff, eq(staff.id, allocations.staffId))
      .where(inArray(allocations.caseId, caseIds)),
    db.select().from(activities).where(inArray(activities.caseId, caseIds)).orderBy(asc(activities.occurredAt)),
    db.select().from(consents).where(inArray(consents.caseId, caseIds)),
    db.select().from(meetings).where(inArray(meetings.caseId, caseIds)),
    db.select().from(conductIncidents).where(inArray(conductIncidents.caseId, caseIds)),
    db
      .select()
      .from(safeguardingConcerns)
      .where(inArray(safeguardingConcerns.referralId, referralIds.length ? referralIds : none)),
    db
      .select({
        activityId: activityExpenses.activityId,
        incurredOn: activityExpenses.incurredOn,
        miles: activityExpenses.miles,
        amountPence: activityExpenses.amountPence,
        note: activityExpenses.note,
      })
      .from(activityExpenses)
      .innerJoin(activities, eq(activities.id, activityExpenses.activityId))
      .where(inArray(activities.caseId, caseIds)),
    db.select().from(mentalCapacityAssessments).where(inArray(mentalCapacityAssessments.caseId, caseIds)),
    db
      .select({
        referralId: conductReferralFlags.referralId,
        matchedOn: conductReferralFlags.matchedOn,
        flaggedAt: conductReferralFlags.flaggedAt,
      })
      .from(conductReferralFlags)
      .where(inArray(conductReferralFlags.referralId, referralIds.length ? referralIds : none)),
    // Sessions they were linked to; the anonymous evaluation forms are no one's and are not exported.
    db
      .select({
        title: groupSessions.title,
        kind: groupSessions.kind,
        topic: groupSessions.topic,
        heldOn: groupSessions.heldOn,
        attended: sessionAttendees.attended,
      })
      .from(sessionAttendees)
      .innerJoin(groupSessions, eq(groupSessions.id, sessionAttendees.sessionId))
      .where(inArray(sessionAttendees.personId, [person.id, ...mergedIn.map((m) => m.id)]))
      .orderBy(asc(groupSessions.heldOn)),
  ]);
  const subjectIds = [person.id, ...mergedIn.map((m) => m.id), ...referralIds, ...childIds, ...caseRows.map((c) => c.id)];
  const trail = await db
    .select({
      at: auditEvents.at,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      fields: auditEvents.fields,
      by: staff.displayName,
    })
    .from(auditEvents)
    .leftJoin(staff, eq(staff.id, auditEvents.actorStaffId))
    .where(and(eq(auditEvents.serviceId, viewer.serviceId), or(inArray(auditEvents.entityId, subjectIds))))
    .orderBy(asc(auditEvents.at));

  // Documents: what each is and how to fetch its bytes (decision 038); the export stays a readable size.
  const docs = await documentsOfPerson(db, viewer.serviceId, [person.id, ...mergedIn.map((m) => m.id)]);
  const data = {
    exportedAt: opts.now.toISOString(),
    person: clean(person),
    referrals: refs.map((r) => ({
      ...clean(r),
      child: ((kid) => (kid ? clean(kid) : null))(kids.find((k) => k.id === r.childId)),
      keyDates: dates.filter((d) => d.referralId === r.id).map(clean),
      safeguardingConcerns: concerns.filter((c) => c.referralId === r.id).map(clean),
      conductFlag: flags.find((f) => f.referralId === r.id) ?? null,
      cases: caseRows
        .filter((c) => c.referralId === r.id)
        .map((c) => ({
          ...clean(c),
          allocations: allocs.filter((a) => a.caseId === c.id),
          activities: acts
            .filter((a) => a.caseId === c.id)
            .map((a) => ({ ...clean(a), expense: expenses.find((e) => e.activityId === a.id) ?? null })),
          consents: cons.filter((x) => x.caseId === c.id).map(clean),
          meetings: meets.filter((m) => m.caseId === c.id).map(clean),
          conductIncidents: conduct.filter((x) => x.caseId === c.id).map(clean),
          capacityAssessments: capacity.filter((x) => x.caseId === c.id).map(clean),
        })),
    })),
    documents: docs.map((d) => ({
      name: d.name,
      filedOn: d.attachedTo,
      contentType: d.contentType,
      sizeBytes: d.sizeBytes,
      uploadedAt: d.uploadedAt,
      voidedAt: d.voidedAt,
      download: `/documents/${d.id}/download`,
      earlierVersions: d.earlierVersions.map((v) => ({
        name: v.name,
        version: v.version,
        uploadedAt: v.uploadedAt,
        download: `/documents/${v.id}/download`,
      })),
    })),
    groupSessions: sessionsAttended,
    mergedRecords: mergedIn.map(clean),
    corrections: history.map((h) => ({
      ...h,
      previousValue: h.previousValue === null ? null : JSON.stringify(h.previousValue),
      newValue: h.newValue === null ? null : JSON.stringify(h.newValue),
    })),
    accessLog: trail,
  };
  await recordAudit(db, {
    serviceId: viewer.serviceId,
    actorStaffId: viewer.staffId,
    action: "person.export",
    entityType: "person",
    entityId: person.id,
    fields: ["all"],
  });
  const json = JSON.stringify(data, null, 2);
  return { json, html: renderHtml(data) };
}

const HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" } as const;
// The pattern matches only the escaped characters.
const escapeHtml = (v: unknown) => String(v ?? "").replace(/[&<>"']/g, (c) => HTML_ESCAPES[c as keyof typeof HTML_ESCAPES]);

const words = (key: string) => key.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());

function renderValue(value: unknown, depth: number): string {
  if (value === null || value === undefined || value === "") return `<span class="none">Not recorded</span>`;
  if (value instanceof Date) return escapeHtml(value.toISOString());
  if (Array.isArray(value)) {
    if (value.length === 0) return `<span class="none">None</span>`;
    if (typeof value[0] !== "object") return escapeHtml(value.join(", "));
    return value
      .map(
        (v, i) =>
          `<section><h${Math.min(depth + 2, 6)}>${i + 1}</h${Math.min(depth + 2, 6)}>${renderObject(v as Json, depth + 1)}</section>`,
      )
      .join("");
  }
  if (typeof value === "object") return renderObject(value as Json, depth + 1);
  return escapeHtml(value);
}

function renderObject(obj: Json, depth: number): string {
  const rows = Object.entries(obj)
    .map(([k, v]) =>
      Array.isArray(v) && v.length && typeof v[0] === "object"
        ? `</dl><h${Math.min(depth + 2, 6)}>${escapeHtml(words(k))}</h${Math.min(depth + 2, 6)}>${renderValue(v, depth + 1)}<dl>`
        : `<dt>${escapeHtml(words(k))}</dt><dd>${renderValue(v, depth)}</dd>`,
    )
    .join("");
  return `<dl>${rows}</dl>`;
}

function renderHtml(data: Json): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Subject access export</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
dl{display:grid;grid-template-columns:14rem 1fr;gap:.25rem 1rem}dt{font-weight:600}.none{color:#555}
section{border-top:1px solid #ccc;margin-top:1rem}@media print{body{margin:0}}</style></head>
<body><h1>Everything we hold about this person</h1>
<p>Exported ${escapeHtml(data.exportedAt)}. This is a copy of the records held by the service, including who looked at or changed them.</p>
${renderObject(data, 0)}
</body></html>`;
}
