import { randomBytes } from "node:crypto";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db, Queryable, Tx } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { badInput, conflict, forbidden, notFound } from "../core/errors.js";
import { assertId, parseInput } from "../core/input.js";
import { isDeploymentAdministrator } from "../core/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import { Topic, type EventBus } from "../pubsub/event-bus.js";
import { hashPassword } from "../auth/password.js";
import { hashToken } from "../auth/session.service.js";
import { sessions } from "../auth/session.table.js";
import { services } from "../service/service.table.js";
import { staff, staffTraining } from "../staff/staff.table.js";
import { getService } from "../service/service.service.js";
import { serviceToday } from "../service/service-calendar.js";
import { holdsCases } from "../staff/staff.rules.js";
import { allocations, cases } from "../casework/casework.table.js";
import { ACTIVE_CASE_STATUSES } from "../casework/casework.rules.js";
import { referrals } from "../referral/referral.table.js";
import { sqlValues } from "../db/sql.js";
import { theRow } from "../db/rows.js";
import { NO_PASSWORD, PASSWORD_LINK_HOURS, mayManageAccounts, setPasswordPath } from "./account.rules.js";
import {
  addStaffSchema,
  changeCapacitySchema,
  changeRoleSchema,
  complianceSchema,
  createServiceSchema,
  setPasswordSchema,
  trainingSchema,
} from "./account.validation.js";
import { passwordLinks } from "./account.table.js";
import type {
  AccountWithLink,
  CreatedService,
  DeactivatedAccount,
  HeldCase,
  PasswordLink,
  StaffAccount,
  StaffAccounts,
} from "./account.model.js";

type StaffRow = typeof staff.$inferSelect;

/** Capacity a new account starts with when none is given: case holders 20, others none. */
const DEFAULT_CAPACITY = 20;

const openCaseCount = (staffId: ReturnType<typeof sql>) => sql<number>`(
  select count(*)::int from ${allocations} a join ${cases} c on c.id = a.case_id
  where a.staff_id = ${staffId} and a.ended_at is null and c.status in (${sqlValues(ACTIVE_CASE_STATUSES)}))`;

const accountColumns = {
  id: staff.id,
  displayName: staff.displayName,
  email: staff.email,
  role: staff.role,
  active: staff.active,
  capacity: staff.capacity,
  maxLevel: staff.maxLevel,
  passwordSet: sql<boolean>`(${staff.passwordHash} <> ${NO_PASSWORD})`,
  createdAt: staff.createdAt,
  openCases: openCaseCount(sql`${staff.id}`),
};

const toAccount = (row: Omit<StaffAccount, "holdsCases">): StaffAccount => ({
  ...row,
  openCases: Number(row.openCases),
  holdsCases: holdsCases(row.role),
});

async function readAccount(q: Queryable, serviceId: string, staffId: string): Promise<StaffAccount> {
  const [row] = await q
    .select(accountColumns)
    .from(staff)
    .where(and(eq(staff.id, staffId), eq(staff.serviceId, serviceId)));
  if (!row) throw notFound("Staff member", "staffId");
  return toAccount(row);
}

/** Refuse an email address any account of any service already uses (sign-in is by email alone). */
async function assertEmailFree(q: Queryable, email: string, field: string) {
  const [taken] = await q
    .select({ id: staff.id })
    .from(staff)
    .where(eq(sql`lower(${staff.email})`, email.toLowerCase()));
  if (taken) throw badInput(field, "An account with this email address already exists.");
}

/** Replace any link the person has with a new one; only its hash is stored. */
async function issuePasswordLink(tx: Tx, opts: { serviceId: string; staffId: string; now: Date }): Promise<PasswordLink> {
  const { serviceId, staffId, now } = opts;
  await tx
    .update(passwordLinks)
    .set({ usedAt: now })
    .where(and(eq(passwordLinks.staffId, staffId), isNull(passwordLinks.usedAt)));
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_HOURS * 3_600_000);
  await tx.insert(passwordLinks).values({ serviceId, staffId, tokenHash: hashToken(token), createdAt: now, expiresAt });
  return { path: setPasswordPath(token), expiresAt };
}

/** End every live session of a staff member; their sockets close when the events reach each instance. */
async function revokeSessionsOf(tx: Tx, bus: Pick<EventBus, "publish">, staffId: string, now: Date) {
  const ended = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.staffId, staffId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .returning({ id: sessions.id });
  for (const s of ended) await bus.publish(tx, Topic.SessionEnded, { sessionId: s.id });
}

/**
 * A deployment administrator (a service administrator whose email the deployment lists in
 * `DEPLOYMENT_ADMIN_EMAILS`, decision 041) creates a further service and its first administrator.
 */
export async function createServiceAsDeploymentAdministrator(opts: {
  db: Db;
  viewer: Viewer;
  deploymentAdminEmails: readonly string[];
  input: z.input<typeof createServiceSchema>;
  now: Date;
}): Promise<CreatedService> {
  const { viewer } = opts;
  const [me] = await opts.db
    .select({ role: staff.role, email: staff.email, active: staff.active })
    .from(staff)
    .where(and(eq(staff.id, viewer.staffId), eq(staff.serviceId, viewer.serviceId)));
  if (viewer.role !== "ADMIN" || !me || !isDeploymentAdministrator(me, opts.deploymentAdminEmails)) throw forbidden();
  return createServiceWithAdministrator({ db: opts.db, input: opts.input, now: opts.now, actorStaffId: viewer.staffId });
}

/**
 * Create a service and its first administrator, whose person sets a password through the one-time
 * link returned. Used by the command line on a new database (`pnpm admin create-service`), with no
 * one signed in (`actorStaffId` null).
 */
export async function createServiceWithAdministrator(opts: {
  db: Db;
  input: z.input<typeof createServiceSchema>;
  now: Date;
  actorStaffId?: string | null;
}): Promise<CreatedService> {
  const input = parseInput(createServiceSchema, opts.input);
  const { now } = opts;
  return opts.db.transaction(async (tx) => {
    const [slugTaken] = await tx.select({ id: services.id }).from(services).where(eq(services.slug, input.slug));
    if (slugTaken) throw badInput("input.slug", "A service with this short name already exists.");
    await assertEmailFree(tx, input.administrator.email, "input.administrator.email");
    const service = theRow(
      await tx
        .insert(services)
        .values({ slug: input.slug, name: input.name, areaName: input.areaName, helplinePhone: input.helplinePhone, createdAt: now })
        .returning({ id: services.id, slug: services.slug, name: services.name }),
      "the new service",
    );
    const admin = theRow(
      await tx
        .insert(staff)
        .values({
          serviceId: service.id,
          email: input.administrator.email,
          displayName: input.administrator.displayName,
          role: "ADMIN",
          passwordHash: NO_PASSWORD,
          capacity: 0,
          createdAt: now,
        })
        .returning({ id: staff.id }),
      "the new administrator",
    );
    const link = await issuePasswordLink(tx, { serviceId: service.id, staffId: admin.id, now });
    const actorStaffId = opts.actorStaffId ?? null;
    await recordAudit(tx, [
      { serviceId: service.id, actorStaffId, action: "service.create", entityType: "service", entityId: service.id },
      { serviceId: service.id, actorStaffId, action: "staff.add", entityType: "staff", entityId: admin.id, fields: ["role", "email"] },
    ]);
    return {
      serviceId: service.id,
      slug: service.slug,
      name: service.name,
      administrator: await readAccount(tx, service.id, admin.id),
      link,
    };
  });
}

/** Add another administrator to an existing service (the command line's `create-admin`). */
export async function createAdministrator(opts: {
  db: Db;
  serviceSlug: string;
  input: { email: string; displayName: string };
  now: Date;
}): Promise<AccountWithLink> {
  const input = parseInput(addStaffSchema, { ...opts.input, role: "ADMIN", capacity: 0 });
  return opts.db.transaction(async (tx) => {
    const [service] = await tx.select({ id: services.id }).from(services).where(eq(services.slug, opts.serviceSlug.trim().toLowerCase()));
    if (!service) throw notFound("Service", "service");
    return insertStaff(tx, { serviceId: service.id, actorStaffId: null, input, now: opts.now });
  });
}

async function insertStaff(
  tx: Tx,
  opts: { serviceId: string; actorStaffId: string | null; input: z.infer<typeof addStaffSchema>; now: Date },
): Promise<AccountWithLink> {
  const { serviceId, input, now } = opts;
  await assertEmailFree(tx, input.email, "input.email");
  const row = theRow(
    await tx
      .insert(staff)
      .values({
        serviceId,
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        passwordHash: NO_PASSWORD,
        capacity: input.capacity ?? (holdsCases(input.role) ? DEFAULT_CAPACITY : 0),
        maxLevel: input.maxLevel ?? null,
        createdAt: now,
      })
      .returning({ id: staff.id }),
    "the new staff member",
  );
  const link = await issuePasswordLink(tx, { serviceId, staffId: row.id, now });
  await recordAudit(tx, {
    serviceId,
    actorStaffId: opts.actorStaffId,
    action: "staff.add",
    entityType: "staff",
    entityId: row.id,
    fields: ["role", "email", "displayName", "capacity", "maxLevel"],
  });
  return { account: await readAccount(tx, serviceId, row.id), link };
}

/**
 * Public: set a password with a one-time link. The link works once, until it expires, and only for
 * an active account; any other answer is BAD_USER_INPUT at `token`, saying the same thing.
 */
export async function setPasswordWithLink(opts: { db: Db; input: z.input<typeof setPasswordSchema>; now: Date }): Promise<true> {
  const input = parseInput(setPasswordSchema, opts.input, "");
  const { now } = opts;
  const passwordHash = await hashPassword(input.password);
  await opts.db.transaction(async (tx) => {
    const [link] = await tx
      .select({ id: passwordLinks.id, staffId: passwordLinks.staffId, serviceId: passwordLinks.serviceId })
      .from(passwordLinks)
      .innerJoin(staff, eq(staff.id, passwordLinks.staffId))
      .where(
        and(
          eq(passwordLinks.tokenHash, hashToken(input.token)),
          isNull(passwordLinks.usedAt),
          gt(passwordLinks.expiresAt, now),
          eq(staff.active, true),
        ),
      )
      .for("update");
    if (!link) throw badInput("token", "This link has expired or has already been used. Ask your administrator for a new one.");
    await tx.update(passwordLinks).set({ usedAt: now }).where(eq(passwordLinks.id, link.id));
    await tx.update(staff).set({ passwordHash }).where(eq(staff.id, link.staffId));
    await recordAudit(tx, {
      serviceId: link.serviceId,
      actorStaffId: link.staffId,
      action: "staff.password.set",
      entityType: "staff",
      entityId: link.staffId,
      fields: ["password"],
    });
  });
  return true;
}

async function serviceHasAdministrator(q: Queryable, serviceId: string) {
  const [row] = await q
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.serviceId, serviceId), eq(staff.role, "ADMIN"), eq(staff.active, true)))
    .limit(1);
  return Boolean(row);
}

/** Refuse unless the caller runs this service's accounts: an administrator, or a manager where there is none (decision 031). */
async function requireAccountManager(q: Queryable, viewer: Viewer) {
  if (mayManageAccounts(viewer.role, await serviceHasAdministrator(q, viewer.serviceId))) return;
  throw forbidden(
    viewer.role === "MANAGER"
      ? "This service has an administrator: staff accounts are theirs to change."
      : "You do not have access to this.",
  );
}

/** The staff member, locked for the change, in the caller's service. */
async function lockStaff(tx: Tx, viewer: Viewer, staffId: string): Promise<StaffRow> {
  const [row] = await tx
    .select()
    .from(staff)
    .where(and(eq(staff.id, staffId), eq(staff.serviceId, viewer.serviceId)))
    .for("update");
  if (!row) throw notFound("Staff member", "staffId");
  return row;
}

/** Every account of the caller's service (people who hold cases and those who do not), active first. */
export async function listStaffAccounts(opts: { db: Db; viewer: Viewer }): Promise<StaffAccounts> {
  const { viewer } = opts;
  const rows = await opts.db
    .select(accountColumns)
    .from(staff)
    .where(eq(staff.serviceId, viewer.serviceId))
    .orderBy(sql`${staff.active} desc`, asc(staff.displayName));
  const canManage = mayManageAccounts(viewer.role, await serviceHasAdministrator(opts.db, viewer.serviceId));
  return { canManage, accounts: rows.map(toAccount) };
}

/** Add a staff member with their role, capacity and levels; answers with the one-time link to pass on. */
export async function addStaff(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<typeof addStaffSchema>;
  now: Date;
}): Promise<AccountWithLink> {
  const input = parseInput(addStaffSchema, opts.input);
  const { viewer } = opts;
  return opts.db.transaction(async (tx) => {
    await requireAccountManager(tx, viewer);
    return insertStaff(tx, { serviceId: viewer.serviceId, actorStaffId: viewer.staffId, input, now: opts.now });
  });
}

async function heldCases(q: Queryable, staffId: string): Promise<HeldCase[]> {
  return q
    .select({ caseId: cases.id, referralId: cases.referralId, reference: referrals.reference, level: cases.level })
    .from(allocations)
    .innerJoin(cases, eq(cases.id, allocations.caseId))
    .innerJoin(referrals, eq(referrals.id, cases.referralId))
    .where(and(eq(allocations.staffId, staffId), isNull(allocations.endedAt), sql`${cases.status} in (${sqlValues(ACTIVE_CASE_STATUSES)})`))
    .orderBy(asc(referrals.reference));
}

/**
 * Deactivate an account: the person can no longer sign in, their sessions end at once (sockets
 * close), any set-password link stops working; their open cases are listed for reassignment.
 */
export async function deactivateStaff(opts: {
  db: Db;
  bus: Pick<EventBus, "publish">;
  viewer: Viewer;
  staffId: string;
  now: Date;
}): Promise<DeactivatedAccount> {
  const staffId = assertId("staffId", opts.staffId);
  const { viewer, now } = opts;
  return opts.db.transaction(async (tx) => {
    await requireAccountManager(tx, viewer);
    if (staffId === viewer.staffId) throw badInput("staffId", "You cannot deactivate your own account.");
    const row = await lockStaff(tx, viewer, staffId);
    if (!row.active) throw conflict("This account is already deactivated.");
    await tx.update(staff).set({ active: false }).where(eq(staff.id, staffId));
    await revokeSessionsOf(tx, opts.bus, staffId, now);
    await tx
      .update(passwordLinks)
      .set({ usedAt: now })
      .where(and(eq(passwordLinks.staffId, staffId), isNull(passwordLinks.usedAt)));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "staff.deactivate",
      entityType: "staff",
      entityId: staffId,
      fields: ["active"],
    });
    return { account: await readAccount(tx, viewer.serviceId, staffId), openCases: await heldCases(tx, staffId) };
  });
}

/** Reactivate an account; the person signs in with the password they had (or resets it). */
export async function reactivateStaff(opts: { db: Db; viewer: Viewer; staffId: string; now: Date }): Promise<StaffAccount> {
  const staffId = assertId("staffId", opts.staffId);
  const { viewer } = opts;
  return opts.db.transaction(async (tx) => {
    await requireAccountManager(tx, viewer);
    const row = await lockStaff(tx, viewer, staffId);
    if (row.active) throw conflict("This account is already active.");
    await tx.update(staff).set({ active: true }).where(eq(staff.id, staffId));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "staff.reactivate",
      entityType: "staff",
      entityId: staffId,
      fields: ["active"],
    });
    return readAccount(tx, viewer.serviceId, staffId);
  });
}

/**
 * Reset a password: the old one stops working and the person's sessions end; answers with a new
 * one-time link to pass on.
 */
export async function resetStaffPassword(opts: {
  db: Db;
  bus: Pick<EventBus, "publish">;
  viewer: Viewer;
  staffId: string;
  now: Date;
}): Promise<AccountWithLink> {
  const staffId = assertId("staffId", opts.staffId);
  const { viewer, now } = opts;
  return opts.db.transaction(async (tx) => {
    await requireAccountManager(tx, viewer);
    const row = await lockStaff(tx, viewer, staffId);
    if (!row.active) throw conflict("Reactivate this account before resetting its password.");
    await tx.update(staff).set({ passwordHash: NO_PASSWORD }).where(eq(staff.id, staffId));
    await revokeSessionsOf(tx, opts.bus, staffId, now);
    const link = await issuePasswordLink(tx, { serviceId: viewer.serviceId, staffId, now });
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "staff.password.reset",
      entityType: "staff",
      entityId: staffId,
      fields: ["password"],
    });
    return { account: await readAccount(tx, viewer.serviceId, staffId), link };
  });
}

/**
 * Change a staff member's role. Someone who holds open cases keeps a role that holds cases until
 * they are reassigned; an administrator cannot change their own role. Their sessions end, so the
 * new role's permissions apply from their next sign-in.
 */
export async function changeStaffRole(opts: {
  db: Db;
  bus: Pick<EventBus, "publish">;
  viewer: Viewer;
  staffId: string;
  input: z.input<typeof changeRoleSchema>;
  now: Date;
}): Promise<StaffAccount> {
  const staffId = assertId("staffId", opts.staffId);
  const input = parseInput(changeRoleSchema, opts.input);
  const { viewer, now } = opts;
  return opts.db.transaction(async (tx) => {
    await requireAccountManager(tx, viewer);
    if (staffId === viewer.staffId) throw badInput("input.role", "You cannot change your own role.");
    const row = await lockStaff(tx, viewer, staffId);
    if (row.role === input.role) throw badInput("input.role", "This is already their role.");
    if (!holdsCases(input.role)) {
      const held = await heldCases(tx, staffId);
      if (held.length)
        throw badInput("input.role", `They hold ${held.length} open case${held.length === 1 ? "" : "s"}: reassign them first.`);
    }
    await tx.update(staff).set({ role: input.role }).where(eq(staff.id, staffId));
    await revokeSessionsOf(tx, opts.bus, staffId, now);
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "staff.role.change",
      entityType: "staff",
      entityId: staffId,
      fields: ["role"],
    });
    return readAccount(tx, viewer.serviceId, staffId);
  });
}

/** Change how many open cases someone may carry (never below what they hold now) and the highest level. */
export async function changeStaffCapacity(opts: {
  db: Db;
  viewer: Viewer;
  staffId: string;
  input: z.input<typeof changeCapacitySchema>;
  now: Date;
}): Promise<StaffAccount> {
  const staffId = assertId("staffId", opts.staffId);
  const input = parseInput(changeCapacitySchema, opts.input);
  const { viewer } = opts;
  return opts.db.transaction(async (tx) => {
    await requireAccountManager(tx, viewer);
    await lockStaff(tx, viewer, staffId);
    const held = await heldCases(tx, staffId);
    if (input.capacity < held.length)
      throw badInput("input.capacity", `They hold ${held.length} open cases now: capacity cannot go below that.`);
    const above = input.maxLevel == null ? [] : held.filter((c) => c.level > (input.maxLevel ?? 4));
    if (above.length)
      throw badInput(
        "input.maxLevel",
        `They hold ${above.length} open case${above.length === 1 ? "" : "s"} above level ${input.maxLevel}.`,
      );
    await tx
      .update(staff)
      .set({ capacity: input.capacity, maxLevel: input.maxLevel ?? null })
      .where(eq(staff.id, staffId));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "staff.capacity.change",
      entityType: "staff",
      entityId: staffId,
      fields: ["capacity", "maxLevel"],
    });
    return readAccount(tx, viewer.serviceId, staffId);
  });
}

/**
 * Record a staff member's enhanced DBS check and signed confidentiality policy as they stand now
 * (the allocation checks read them at once). No date in the future, in the service's calendar.
 */
export async function recordStaffCompliance(opts: {
  db: Db;
  viewer: Viewer;
  staffId: string;
  input: z.input<ReturnType<typeof complianceSchema>>;
  now: Date;
}): Promise<StaffAccount> {
  const staffId = assertId("staffId", opts.staffId);
  const { viewer } = opts;
  const today = serviceToday(await getService(opts.db, viewer.serviceId), opts.now);
  const input = parseInput(complianceSchema(today), opts.input);
  return opts.db.transaction(async (tx) => {
    await requireAccountManager(tx, viewer);
    await lockStaff(tx, viewer, staffId);
    await tx
      .update(staff)
      .set({
        dbsEnhanced: input.dbsEnhanced,
        dbsCheckedOn: input.dbsCheckedOn ?? null,
        dbsRenewalDueOn: input.dbsRenewalDueOn ?? null,
        dbsBarredListChecked: input.barredListChecked ?? false,
        dbsBarredListCheckedOn: input.barredListChecked ? (input.barredListCheckedOn ?? null) : null,
        dbsUpdateService: input.updateService ?? false,
        dbsUpdateServiceRenewalOn: input.updateService ? (input.updateServiceRenewalOn ?? null) : null,
        dbsEvidenceRef: input.evidenceRef ?? null,
        confidentialitySignedOn: input.confidentialitySignedOn ?? null,
      })
      .where(eq(staff.id, staffId));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "staff.compliance.record",
      entityType: "staff",
      entityId: staffId,
      fields: [
        "dbsEnhanced",
        "dbsCheckedOn",
        "dbsRenewalDueOn",
        "barredListChecked",
        "barredListCheckedOn",
        "updateService",
        "updateServiceRenewalOn",
        "evidenceRef",
        "confidentialitySignedOn",
      ],
    });
    return readAccount(tx, viewer.serviceId, staffId);
  });
}

/** Record training a staff member completed (IPSEA levels, induction, safeguarding with its expiry). */
export async function recordStaffTraining(opts: {
  db: Db;
  viewer: Viewer;
  staffId: string;
  input: z.input<ReturnType<typeof trainingSchema>>;
  now: Date;
}): Promise<StaffAccount> {
  const staffId = assertId("staffId", opts.staffId);
  const { viewer } = opts;
  const today = serviceToday(await getService(opts.db, viewer.serviceId), opts.now);
  const input = parseInput(trainingSchema(today), opts.input);
  return opts.db.transaction(async (tx) => {
    await requireAccountManager(tx, viewer);
    await lockStaff(tx, viewer, staffId);
    const [row] = await tx
      .insert(staffTraining)
      .values({
        serviceId: viewer.serviceId,
        staffId,
        kind: input.kind,
        completedOn: input.completedOn,
        expiresOn: input.expiresOn ?? null,
        evidenceRef: input.evidenceRef ?? null,
      })
      .returning({ id: staffTraining.id });
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "staff.training.record",
      entityType: "staff_training",
      entityId: row?.id ?? null,
      fields: ["kind", "completedOn", "expiresOn", "evidenceRef"],
    });
    return readAccount(tx, viewer.serviceId, staffId);
  });
}
