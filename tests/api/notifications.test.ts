import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { openCase, triagedReferral } from "../support/casework.js";
import { SUBMIT, selfReferralInput } from "../support/referrals.js";
import { eventually, startSilentServer, startSmtpServer } from "../support/smtp.js";
import { graphql } from "../support/gql/index.js";
import { NotificationWorker } from "server/notifications/notification.job.ts";
import { createMailer } from "server/notifications/mailer.ts";
import { pruneNotifications } from "server/notifications/notification.prune.ts";

const RAISE = graphql(`mutation NotifyRaiseConcern($input: RaiseSafeguardingConcernInput!) {
  raiseSafeguardingConcern(input: $input) { id referralId }
}`);
const STATUS = graphql(`query NotifyStatus { notificationStatus { enabled queued retrying failed } }`);
const DELIVERIES = graphql(`query NotifyDeliveries($state: NotificationState) {
  notificationDeliveries(state: $state) { id kind state attempts recipientName reference nextAttemptAt sentAt lastError }
}`);
const RETRY = graphql(`mutation NotifyRetry($id: ID!) { retryNotification(id: $id) { id state attempts lastError } }`);
const MY_PREFS = graphql(`query NotifyMyPrefs { myNotificationPreferences { safeguarding allocation overdueDigest available } }`);
const UPDATE_PREFS = graphql(`mutation NotifyUpdatePrefs($input: UpdateNotificationPreferencesInput!) {
  updateMyNotificationPreferences(input: $input) { safeguarding allocation overdueDigest available }
}`);
const code = (res: { errors?: readonly { extensions?: { code?: unknown } }[] }) => res.errors?.[0]?.extensions?.code;

const PUBLIC_URL = "https://sendiass.example.test";
const CANARY = `CANARY${randomUUID().slice(0, 8)}`;
/** Every personal detail a test puts in carries the canary; no email may ever contain it. */
const canaried = {
  contact: { fullName: `Parent ${CANARY}`, address: `1 ${CANARY} Street`, phone: "01782 000000" },
  child: { fullName: `Child ${CANARY}`, educationSetting: `${CANARY} Academy`, needsOverview: `Needs ${CANARY}` },
  reasonForReferral: `Reason ${CANARY}`,
};

let clock = new Date("2026-11-25T09:00:00Z"); // a Wednesday
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
let secondManager: { id: string; email: string; token: string };

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({
    now: () => clock,
    env: {
      SMTP_URL: smtp.url,
      SMTP_FROM: "SENDIASS <no-reply@sendiass.example.test>",
      PUBLIC_URL,
      NOTIFY_POLL_MS: "100",
      SMTP_TIMEOUT_MS: "2000",
      // The retry test moves the clock on by 36 minutes; sessions must outlive it.
      SESSION_IDLE_MINUTES: "600",
    },
  });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
  const row = await createStaff(server, { serviceId: a.service.id, role: "MANAGER" });
  secondManager = { id: row.id, email: row.email, token: await signIn(server, row.email) };
});
afterAll(async () => {
  await server?.close();
  // Whatever the test did, no email it caused carried a family's details.
  for (const m of smtp?.received ?? []) expect(m.text).not.toContain(CANARY);
  await smtp?.close();
});

const deliveriesOf = async (token: string) => {
  const res = await server.gql(DELIVERIES, {}, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.notificationDeliveries;
};

describe("raiseSafeguardingConcern", () => {
  it("emails every manager of the service within seconds: the reference and a link, and nothing personal", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, canaried);
    const raised = await server.gql(RAISE, { input: { caseId: c.caseId, summary: `Disclosure ${CANARY}` } }, a.OFFICER.token);
    expect(raised.errors).toBeUndefined();
    const started = Date.now();
    const [first] = await smtp.waitFor(a.MANAGER.email, 1, 5000);
    const [second] = await smtp.waitFor(secondManager.email, 1, 5000);
    expect(Date.now() - started).toBeLessThan(5000);
    for (const m of [first!, second!]) {
      expect(m.text).toContain(c.reference);
      expect(m.text).toContain(`${PUBLIC_URL}/triage/${c.referralId}`);
      expect(m.text).toMatch(/Subject: Safeguarding concern raised/);
      expect(m.text).not.toContain(CANARY);
    }
    // No one else: not the other service's manager, not the officer (beyond their allocation email).
    expect(smtp.to(b.MANAGER.email)).toEqual([]);
    expect(smtp.to(a.OFFICER.email).filter((m) => m.text.includes("Safeguarding"))).toEqual([]);
    // The send is recorded just after the SMTP server accepted it.
    const audit = await eventually(async () => {
      const rows = await server.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.action, "notification.send"));
      return rows.length >= 2 ? rows : undefined;
    });
    expect(audit.every((e) => e.actorStaffId === null && JSON.stringify(e.fields).indexOf(CANARY) === -1)).toBe(true);
  });
});

describe("allocateReferral", () => {
  it("emails the staff member allocated, with the reference and a link to their allocations", async () => {
    const c = await openCase(server, a.MANAGER.token, a.VOLUNTEER.id, 1, canaried);
    const mails = await smtp.waitFor(a.VOLUNTEER.email, 1);
    const mail = mails.find((m) => m.text.includes(c.reference))!;
    expect(mail.text).toContain(`${PUBLIC_URL}/allocations`);
    expect(mail.text).not.toContain(CANARY);
  });

  it("sends nothing to someone who turned allocation emails off, and only their own choice changes", async () => {
    const officer = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
    const token = await signIn(server, officer.email);
    const res = await server.gql(UPDATE_PREFS, { input: { allocation: false } }, token);
    expect(res.data.updateMyNotificationPreferences).toEqual({
      safeguarding: true,
      allocation: false,
      overdueDigest: true,
      available: ["ALLOCATION", "OVERDUE_DIGEST"],
    });
    expect((await server.gql(MY_PREFS, {}, a.OFFICER.token)).data.myNotificationPreferences.allocation).toBe(true);
    const c = await openCase(server, a.MANAGER.token, officer.id, 2);
    const queued = await server.db
      .select()
      .from(tables.notificationOutbox)
      .where(eq(tables.notificationOutbox.recipientStaffId, officer.id));
    expect(queued).toEqual([]);
    expect(smtp.received.filter((m) => m.text.includes(c.reference))).toEqual([]);
  });
});

describe("submitSelfReferral", () => {
  it("sends the family their reference and the response promise, and nothing else", async () => {
    const email = `family.${randomUUID().slice(0, 8)}@example.org`;
    const res = await server.gql(SUBMIT, {
      input: selfReferralInput(a.service.slug, { ...canaried, contact: { ...canaried.contact, email } }),
    });
    expect(res.errors).toBeUndefined();
    const { reference, responsePromise } = res.data.submitSelfReferral;
    const [mail] = await smtp.waitFor(email);
    expect(mail!.text).toContain(reference!);
    expect(mail!.text.replace(/\r?\n/g, " ")).toContain(responsePromise);
    expect(mail!.text).not.toContain(CANARY);
    expect(mail!.text).not.toContain("http");
  });

  it("sends nothing when the family gave no email address", async () => {
    const before = smtp.received.length;
    const res = await server.gql(SUBMIT, {
      input: selfReferralInput(a.service.slug, { contact: { email: null, preferredContact: "PHONE" } }),
    });
    const [row] = await server.db
      .select()
      .from(tables.referrals)
      .where(eq(tables.referrals.reference, res.data.submitSelfReferral.reference!));
    const queued = await server.db.select().from(tables.notificationOutbox).where(eq(tables.notificationOutbox.referralId, row!.id));
    expect(queued).toEqual([]);
    expect(smtp.received.length).toBe(before);
  });
});

describe("delivery, retry and notificationDeliveries", () => {
  it("retries a refused delivery (1, 5, 30 minutes), shows it retrying then failed to an administrator, and sends it on retry now", async () => {
    const manager = await createStaff(server, { serviceId: a.service.id, role: "MANAGER" });
    smtp.refuse(manager.email);
    const r = await triagedReferral(server, a.MANAGER.token, 1);
    await server.gql(RAISE, { input: { referralId: r.id, summary: `Concern ${CANARY}` } }, a.MANAGER.token);
    const mine = async () => (await deliveriesOf(a.ADMIN.token)).find((d) => d.recipientName === manager.displayName);
    // Settled after attempt n: failed, or retrying at a time still to come (not mid-send).
    const after = async (attempts: number) =>
      eventually(async () => {
        const d = await mine();
        const settled = d?.state === "FAILED" || (d?.state === "RETRYING" && new Date(d.nextAttemptAt!).getTime() > clock.getTime());
        return d?.attempts === attempts && settled ? d : undefined;
      });
    const first = await after(1);
    expect(first).toMatchObject({ kind: "SAFEGUARDING_CONCERN", state: "RETRYING", reference: r.reference, sentAt: null });
    expect(new Date(first!.nextAttemptAt!).getTime() - clock.getTime()).toBe(60_000);
    expect(first!.lastError).toMatch(/550/);
    expect(first!.lastError).not.toContain(manager.email);
    for (const [minutes, attempts] of [
      [1, 2],
      [5, 3],
      [30, 4],
    ] as const) {
      clock = new Date(clock.getTime() + minutes * 60_000);
      await after(attempts);
    }
    const failed = await mine();
    expect(failed).toMatchObject({ state: "FAILED", attempts: 4, nextAttemptAt: null });
    // A manager of the service sees it too, and the status counts it.
    expect((await deliveriesOf(a.MANAGER.token)).some((d) => d.id === failed!.id)).toBe(true);
    expect((await server.gql(STATUS, {}, a.ADMIN.token)).data.notificationStatus).toMatchObject({ enabled: true });
    expect((await server.gql(STATUS, {}, a.ADMIN.token)).data.notificationStatus.failed).toBeGreaterThanOrEqual(1);
    expect(smtp.to(manager.email)).toEqual([]);

    smtp.accept(manager.email);
    const retried = await server.gql(RETRY, { id: failed!.id }, a.ADMIN.token);
    expect(retried.data.retryNotification).toMatchObject({ id: failed!.id, state: "RETRYING" });
    const [mail] = await smtp.waitFor(manager.email);
    expect(mail!.text).toContain(r.reference);
    const sent = await eventually(async () => ((await mine())?.state === "SENT" ? await mine() : undefined));
    expect(sent).toMatchObject({ lastError: null, nextAttemptAt: null });
    expect(sent!.sentAt).not.toBeNull();
    // A sent email cannot be retried.
    expect(code(await server.gql(RETRY, { id: failed!.id }, a.ADMIN.token))).toBe("CONFLICT");
    const audit = await server.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.entityId, failed!.id), eq(tables.auditEvents.entityType, "notification")));
    expect(audit.map((e) => e.action).sort()).toEqual([
      "notification.fail",
      "notification.fail",
      "notification.fail",
      "notification.fail",
      "notification.retry",
      "notification.send",
    ]);
  });

  it("refuses steering, volunteers, officers and the anonymous; another service's manager sees none of it", async () => {
    const [any] = await deliveriesOf(a.ADMIN.token);
    for (const who of [a.STEERING, a.VOLUNTEER, a.OFFICER]) {
      expect(code(await server.gql(DELIVERIES, {}, who.token))).toBe("FORBIDDEN");
      expect(code(await server.gql(STATUS, {}, who.token))).toBe("FORBIDDEN");
      expect(code(await server.gql(RETRY, { id: any!.id }, who.token))).toBe("FORBIDDEN");
    }
    expect(code(await server.gql(DELIVERIES, {}))).toBe("UNAUTHENTICATED");
    expect(code(await server.gql(RETRY, { id: any!.id }))).toBe("UNAUTHENTICATED");
    expect((await deliveriesOf(b.MANAGER.token)).some((d) => d.id === any!.id)).toBe(false);
    expect(code(await server.gql(RETRY, { id: any!.id }, b.ADMIN.token))).toBe("NOT_FOUND");
    const malformed = await server.gql(RETRY, { id: "not-an-id" }, a.ADMIN.token);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });
});

describe("several instances", () => {
  it("never send the same email twice: each is claimed by one worker", async () => {
    const workers = [1, 2].map(
      () =>
        new NotificationWorker({
          db: server.db,
          now: () => clock,
          mailer: createMailer({ url: smtp.url, from: "x@sendiass.example.test", timeoutMs: 2000 })!,
          publicUrl: PUBLIC_URL,
          pollMs: 1000,
        }),
    );
    const references: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await triagedReferral(server, a.MANAGER.token, 1);
      references.push(r.reference);
      await server.gql(RAISE, { input: { referralId: r.id, summary: "Worried." } }, a.MANAGER.token);
    }
    const rows = async () =>
      (await server.db.select().from(tables.notificationOutbox)).filter((o) => o.reference && references.includes(o.reference));
    await eventually(async () => {
      await Promise.all([...workers.map((w) => w.tick()), server.app.notifications!.tick()]);
      const all = await rows();
      return all.length > 0 && all.every((o) => o.state === "SENT");
    }, 10_000);
    const all = await rows();
    expect(all.length).toBeGreaterThanOrEqual(8);
    const emails = smtp.received.filter((m) => references.some((ref) => m.text.includes(`referral ${ref}.`)));
    expect(emails).toHaveLength(all.length);
    expect(all.every((o) => o.attempts === 1)).toBe(true);
  });
});

describe("myNotificationPreferences", () => {
  it("is each person's own: managers have all three on by default; steering, administrators and the anonymous are refused", async () => {
    const res = await server.gql(MY_PREFS, {}, secondManager.token);
    expect(res.data.myNotificationPreferences).toEqual({
      safeguarding: true,
      allocation: true,
      overdueDigest: true,
      available: ["SAFEGUARDING_CONCERN", "ALLOCATION", "OVERDUE_DIGEST"],
    });
    for (const who of [a.STEERING, a.ADMIN]) {
      expect(code(await server.gql(MY_PREFS, {}, who.token))).toBe("FORBIDDEN");
      expect(code(await server.gql(UPDATE_PREFS, { input: { allocation: false } }, who.token))).toBe("FORBIDDEN");
    }
    expect(code(await server.gql(UPDATE_PREFS, { input: { allocation: false } }))).toBe("UNAUTHENTICATED");
  });

  it("a manager who turns safeguarding emails off gets none; the others still do", async () => {
    const manager = await createStaff(server, { serviceId: a.service.id, role: "MANAGER" });
    const token = await signIn(server, manager.email);
    await server.gql(UPDATE_PREFS, { input: { safeguarding: false } }, token);
    const r = await triagedReferral(server, a.MANAGER.token, 1);
    await server.gql(RAISE, { input: { referralId: r.id, summary: "Worried." } }, a.MANAGER.token);
    await eventually(async () => smtp.to(secondManager.email).some((m) => m.text.includes(r.reference)));
    expect(smtp.to(manager.email)).toEqual([]);
  });
});

describe("the daily overdue digest", () => {
  it("goes once per working day from 08:00 service time to each person with overdue duties, counting them", async () => {
    const officer = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
    const item = (n: number) => ({
      serviceId: a.service.id,
      kind: "CONSENT_REVIEW_DUE" as const,
      subjectType: "test",
      subjectId: randomUUID(),
      dueAt: new Date("2026-11-20T09:00:00Z"),
      assigneeStaffId: officer.id,
      label: `item ${n}`,
      raisedAt: new Date("2026-11-20T09:00:00Z"),
    });
    await server.db.insert(tables.overdueItems).values([item(1), item(2), item(3)]);
    const worker = server.app.notifications!;
    clock = new Date("2026-11-28T09:00:00Z"); // Saturday
    expect((await worker.tick({ digests: "now" })).digestsQueued).toBe(0);
    clock = new Date("2026-11-30T07:59:00Z"); // Monday, 07:59 in London
    expect((await worker.tick({ digests: "now" })).digestsQueued).toBe(0);
    clock = new Date("2026-11-30T08:01:00Z");
    await worker.tick({ digests: "now" });
    const [mail] = await smtp.waitFor(officer.email);
    expect(mail!.text).toMatch(/Subject: 3 overdue duties today/);
    expect(mail!.text).toContain(`${PUBLIC_URL}/overdue`);
    clock = new Date("2026-11-30T15:00:00Z");
    await worker.tick({ digests: "now" });
    const rows = await server.db.select().from(tables.notificationOutbox).where(eq(tables.notificationOutbox.recipientStaffId, officer.id));
    expect(rows.filter((r) => r.kind === "OVERDUE_DIGEST")).toHaveLength(1);
  });
});

describe("pruneNotifications", () => {
  it("deletes outbox rows older than 90 days and keeps the rest", async () => {
    const old = new Date(clock.getTime() - 91 * 86_400_000);
    const [row] = await server.db
      .insert(tables.notificationOutbox)
      .values({
        serviceId: a.service.id,
        kind: "OVERDUE_DIGEST",
        dedupeKey: `old:${randomUUID()}`,
        nextAttemptAt: old,
        createdAt: old,
        state: "SENT",
      })
      .returning();
    const before = (await server.db.select().from(tables.notificationOutbox)).length;
    await pruneNotifications({ db: server.db, now: clock });
    const after = await server.db.select().from(tables.notificationOutbox);
    expect(after.some((o) => o.id === row!.id)).toBe(false);
    expect(after.length).toBe(before - 1);
  });
});

describe("without SMTP settings", () => {
  it("a concern is raised as today and the status says notifications are off", async () => {
    const plain = await startTestServer({ now: () => clock });
    try {
      expect(plain.app.notifications).toBeNull();
      const t = await createServiceWithTeam(plain, "No email");
      const r = await triagedReferral(plain, t.MANAGER.token, 1);
      const res = await plain.gql(RAISE, { input: { referralId: r.id, summary: "Worried." } }, t.MANAGER.token);
      expect(res.errors).toBeUndefined();
      expect((await plain.gql(STATUS, {}, t.ADMIN.token)).data.notificationStatus).toMatchObject({ enabled: false });
    } finally {
      await plain.close();
    }
  });
});

describe("an SMTP server that never answers", () => {
  it("does not hold up the request that caused the email; the attempt times out and is retried", async () => {
    const silent = await startSilentServer();
    const slow = await startTestServer({ now: () => clock, env: { SMTP_URL: silent.url, SMTP_TIMEOUT_MS: "300", NOTIFY_POLL_MS: "50" } });
    try {
      const t = await createServiceWithTeam(slow, "Silent mail");
      const r = await triagedReferral(slow, t.MANAGER.token, 1);
      const started = Date.now();
      const res = await slow.gql(RAISE, { input: { referralId: r.id, summary: "Worried." } }, t.MANAGER.token);
      expect(res.errors).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(1000);
      const row = await eventually(async () => {
        const list = await slow.gql(DELIVERIES, {}, t.ADMIN.token);
        const d = list.data.notificationDeliveries[0];
        return d?.state === "RETRYING" ? d : undefined;
      });
      expect(row.lastError).toMatch(/did not finish|timeout/i);
      expect(silent.connections()).toBeLessThanOrEqual(1);
    } finally {
      await slow.close();
      await silent.close();
    }
  });
});
