import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Queryable } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { badInput, forbidden, notFound } from "../core/errors.js";
import { assertId, parseInput } from "../core/input.js";
import { recordAudit, recordReads } from "../audit/audit.service.js";
import { getService } from "../service/service.service.js";
import { serviceToday } from "../service/service-calendar.js";
import { conflictDeclarations, staff, staffAppraisals, staffTraining } from "../staff/staff.table.js";
import { appraisalDueOn, complianceIssues, holdsCases, isLegacyFamilyDeclaration } from "../staff/staff.rules.js";
import type { StaffRole } from "../core/vocabulary.js";
import { theRow } from "../db/rows.js";
import { appraisalSchema, conflictSchema, withdrawConflictSchema } from "./compliance.validation.js";
import type { z } from "zod";
import type { Appraisal, ConflictDeclaration, StaffComplianceRecord, TrainingRecord } from "./compliance.model.js";

/**
 * Compliance records are line management's: the service's administrators and managers read and keep
 * them (a manager holds appraisals even where there is an administrator). Nobody else, and never
 * another service's.
 */
const COMPLIANCE_KEEPERS = ["ADMIN", "MANAGER"] as const satisfies readonly StaffRole[];
function requireKeeper(viewer: Viewer) {
  if (!(COMPLIANCE_KEEPERS as readonly StaffRole[]).includes(viewer.role)) throw forbidden();
}

/** Each person's records, read in four queries whatever the team size. */
export async function loadComplianceRecords(
  q: Queryable,
  opts: { serviceId: string; today: string; warningDays: number; staffIds?: string[] },
): Promise<StaffComplianceRecord[]> {
  const members = await q
    .select()
    .from(staff)
    .where(
      and(
        eq(staff.serviceId, opts.serviceId),
        eq(staff.active, true),
        opts.staffIds ? inArray(staff.id, opts.staffIds.length ? opts.staffIds : ["00000000-0000-0000-0000-000000000000"]) : undefined,
      ),
    )
    .orderBy(asc(staff.displayName));
  const ids = members.map((m) => m.id);
  if (ids.length === 0) return [];
  const [training, appraisals, conflicts] = await Promise.all([
    q
      .selectDistinctOn([staffTraining.staffId, staffTraining.kind], {
        staffId: staffTraining.staffId,
        kind: staffTraining.kind,
        completedOn: staffTraining.completedOn,
        expiresOn: staffTraining.expiresOn,
        evidenceRef: staffTraining.evidenceRef,
      })
      .from(staffTraining)
      .where(and(eq(staffTraining.serviceId, opts.serviceId), inArray(staffTraining.staffId, ids)))
      .orderBy(staffTraining.staffId, staffTraining.kind, desc(staffTraining.completedOn)),
    q
      .select({
        id: staffAppraisals.id,
        staffId: staffAppraisals.staffId,
        heldOn: staffAppraisals.heldOn,
        appraiserId: staffAppraisals.appraiserStaffId,
        appraiserName: sql<string>`(select a.display_name from staff a where a.id = ${staffAppraisals.appraiserStaffId})`,
        evidenceRef: staffAppraisals.evidenceRef,
      })
      .from(staffAppraisals)
      .where(and(eq(staffAppraisals.serviceId, opts.serviceId), inArray(staffAppraisals.staffId, ids)))
      .orderBy(desc(staffAppraisals.heldOn), desc(staffAppraisals.recordedAt)),
    q
      .select(conflictColumns)
      .from(conflictDeclarations)
      .where(and(eq(conflictDeclarations.serviceId, opts.serviceId), inArray(conflictDeclarations.staffId, ids)))
      .orderBy(desc(conflictDeclarations.declaredOn)),
  ]);
  return members.map((m) => {
    const own: TrainingRecord[] = training.filter((t) => t.staffId === m.id).map(({ staffId: _, ...t }) => t);
    const mine: Appraisal[] = appraisals.filter((a) => a.staffId === m.id).map(({ staffId: _, ...a }) => a);
    const startedOn = m.createdAt.toISOString().slice(0, 10);
    const issues = complianceIssues(
      { ...m, startedOn, training: own, lastAppraisalOn: mine[0]?.heldOn ?? null },
      opts.today,
      opts.warningDays,
    );
    return {
      staffId: m.id,
      displayName: m.displayName,
      role: m.role,
      holdsCases: holdsCases(m.role),
      dbsEnhanced: m.dbsEnhanced,
      dbsCheckedOn: m.dbsCheckedOn,
      dbsRenewalDueOn: m.dbsRenewalDueOn,
      dbsBarredListChecked: m.dbsBarredListChecked,
      dbsBarredListCheckedOn: m.dbsBarredListCheckedOn,
      dbsUpdateService: m.dbsUpdateService,
      dbsUpdateServiceRenewalOn: m.dbsUpdateServiceRenewalOn,
      dbsEvidenceRef: m.dbsEvidenceRef,
      confidentialitySignedOn: m.confidentialitySignedOn,
      training: own,
      appraisals: mine,
      appraisalDueOn: holdsCases(m.role) ? appraisalDueOn(mine[0]?.heldOn ?? null, startedOn) : null,
      conflicts: conflicts.filter((c) => c.staffId === m.id).map(declaration),
      issues,
    };
  });
}

/** A declaration as the compliance screen shows it: with whether allocation matches it by name alone. */
const declaration = <R extends Omit<ConflictDeclaration, "matchedByNameAlone">>(row: R): R & ConflictDeclaration => ({
  ...row,
  matchedByNameAlone: isLegacyFamilyDeclaration(row),
});

const conflictColumns = {
  id: conflictDeclarations.id,
  staffId: conflictDeclarations.staffId,
  kind: conflictDeclarations.kind,
  subject: conflictDeclarations.subject,
  dateOfBirth: conflictDeclarations.dateOfBirth,
  postcode: conflictDeclarations.postcode,
  colleagueId: conflictDeclarations.colleagueStaffId,
  declaredOn: conflictDeclarations.declaredOn,
  withdrawnOn: conflictDeclarations.withdrawnOn,
  notes: conflictDeclarations.notes,
};

/** Every active staff member's compliance records and what is due, for administrators and managers. */
export async function listStaffCompliance(opts: {
  db: Db;
  viewer: Viewer;
  now: Date;
  correlationId: string;
}): Promise<StaffComplianceRecord[]> {
  const { viewer } = opts;
  requireKeeper(viewer);
  const service = await getService(opts.db, viewer.serviceId);
  return opts.db.transaction(async (tx) => {
    const records = await loadComplianceRecords(tx, {
      serviceId: viewer.serviceId,
      today: serviceToday(service, opts.now),
      warningDays: service.dbsWarningDays,
    });
    await recordReads(tx, {
      viewer,
      action: "staff.compliance.read",
      entityType: "staff",
      ids: records.map((r) => r.staffId),
      fields: ["dbs", "training", "appraisals", "conflicts"],
      correlationId: opts.correlationId,
    });
    return records;
  });
}

async function oneRecord(q: Queryable, viewer: Viewer, staffId: string, now: Date) {
  const service = await getService(q, viewer.serviceId);
  const [record] = await loadComplianceRecords(q, {
    serviceId: viewer.serviceId,
    today: serviceToday(service, now),
    warningDays: service.dbsWarningDays,
    staffIds: [staffId],
  });
  if (!record) throw notFound("Staff member", "staffId");
  return record;
}

/** An active staff member of the viewer's service, or NOT_FOUND at `field`. */
async function requireMember(q: Queryable, viewer: Viewer, id: string, field: string) {
  const [row] = await q
    .select({ id: staff.id, role: staff.role, displayName: staff.displayName, active: staff.active })
    .from(staff)
    .where(and(eq(staff.id, id), eq(staff.serviceId, viewer.serviceId)));
  if (!row) throw notFound("Staff member", field);
  return row;
}

/** Record a quarterly appraisal [004], held by a manager or administrator of the service. */
export async function recordStaffAppraisal(opts: {
  db: Db;
  viewer: Viewer;
  staffId: string;
  input: z.input<ReturnType<typeof appraisalSchema>>;
  now: Date;
}): Promise<StaffComplianceRecord> {
  const { viewer } = opts;
  requireKeeper(viewer);
  const staffId = assertId("staffId", opts.staffId);
  const today = serviceToday(await getService(opts.db, viewer.serviceId), opts.now);
  const input = parseInput(appraisalSchema(today), opts.input);
  const appraiserId = assertId("input.appraiserId", input.appraiserId);
  return opts.db.transaction(async (tx) => {
    await requireMember(tx, viewer, staffId, "staffId");
    const appraiser = await requireMember(tx, viewer, appraiserId, "input.appraiserId");
    if (!(COMPLIANCE_KEEPERS as readonly StaffRole[]).includes(appraiser.role))
      throw badInput("input.appraiserId", "Appraisals are held by a manager or an administrator.");
    if (appraiserId === staffId) throw badInput("input.appraiserId", "Nobody appraises themselves.");
    const row = theRow(
      await tx
        .insert(staffAppraisals)
        .values({
          serviceId: viewer.serviceId,
          staffId,
          heldOn: input.heldOn,
          appraiserStaffId: appraiserId,
          evidenceRef: input.evidenceRef ?? null,
          recordedAt: opts.now,
        })
        .returning({ id: staffAppraisals.id }),
      "the new appraisal",
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "staff.appraisal.record",
      entityType: "staff_appraisal",
      entityId: row.id,
      fields: ["heldOn", "appraiserId", "evidenceRef"],
    });
    return oneRecord(tx, viewer, staffId, opts.now);
  });
}

/** Record a conflict-of-interest declaration [002]; allocation refuses the cases it names at once. */
export async function declareConflict(opts: {
  db: Db;
  viewer: Viewer;
  staffId: string;
  input: z.input<ReturnType<typeof conflictSchema>>;
  now: Date;
}): Promise<ConflictDeclaration> {
  const { viewer } = opts;
  requireKeeper(viewer);
  const staffId = assertId("staffId", opts.staffId);
  const today = serviceToday(await getService(opts.db, viewer.serviceId), opts.now);
  const input = parseInput(conflictSchema(today), opts.input);
  const colleagueId = input.kind === "COLLEAGUE" ? assertId("input.colleagueId", input.colleagueId) : null;
  return opts.db.transaction(async (tx) => {
    await requireMember(tx, viewer, staffId, "staffId");
    let subject = input.subject ?? "";
    if (colleagueId) {
      if (colleagueId === staffId) throw badInput("input.colleagueId", "Choose a colleague, not the person declaring.");
      subject = (await requireMember(tx, viewer, colleagueId, "input.colleagueId")).displayName;
    }
    const row = theRow(
      await tx
        .insert(conflictDeclarations)
        .values({
          serviceId: viewer.serviceId,
          staffId,
          kind: input.kind,
          subject,
          dateOfBirth: input.kind === "FAMILY" ? (input.dateOfBirth ?? null) : null,
          postcode: input.kind === "FAMILY" ? (input.postcode ?? null) : null,
          colleagueStaffId: colleagueId,
          declaredOn: input.declaredOn,
          notes: input.notes ?? null,
        })
        .returning(conflictColumns),
      "the new declaration",
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "staff.conflict.declare",
      entityType: "conflict_declaration",
      entityId: row.id,
      fields: ["kind", "subject", "dateOfBirth", "postcode", "colleagueId", "declaredOn", "notes"],
    });
    return declaration(row);
  });
}

/** Withdraw a declaration: from that day it no longer blocks allocation; it stays on record. */
export async function withdrawConflict(opts: {
  db: Db;
  viewer: Viewer;
  conflictId: string;
  input: z.input<ReturnType<typeof withdrawConflictSchema>>;
  now: Date;
}): Promise<ConflictDeclaration> {
  const { viewer } = opts;
  requireKeeper(viewer);
  const conflictId = assertId("conflictId", opts.conflictId);
  const today = serviceToday(await getService(opts.db, viewer.serviceId), opts.now);
  const input = parseInput(withdrawConflictSchema(today), opts.input);
  return opts.db.transaction(async (tx) => {
    const [found] = await tx
      .select(conflictColumns)
      .from(conflictDeclarations)
      .where(and(eq(conflictDeclarations.id, conflictId), eq(conflictDeclarations.serviceId, viewer.serviceId)))
      .for("update");
    if (!found) throw notFound("Declaration", "conflictId");
    if (found.withdrawnOn !== null) throw badInput("conflictId", "This declaration was already withdrawn.");
    if (input.withdrawnOn < found.declaredOn) throw badInput("input.withdrawnOn", "A declaration cannot be withdrawn before it was made.");
    const row = theRow(
      await tx
        .update(conflictDeclarations)
        .set({ withdrawnOn: input.withdrawnOn })
        .where(eq(conflictDeclarations.id, conflictId))
        .returning(conflictColumns),
      "the withdrawn declaration",
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "staff.conflict.withdraw",
      entityType: "conflict_declaration",
      entityId: conflictId,
      fields: ["withdrawnOn"],
    });
    return declaration(row);
  });
}
