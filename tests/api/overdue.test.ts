import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { tables } from "server";
import { OverdueEngine } from "server/overdue/overdue.engine.ts";
import { dbMode, startTestServer, type TestServer } from "../support/server.js";
import { COMPLETE_TRAINING, createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { subscribe } from "../support/ws-client.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { ALLOCATE, openCase } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
// Tuesday 24 November 2026, 10:00 London: a referral received now has its target at Wednesday 10:00.
let clock = new Date("2026-11-24T10:00:00Z");
const ms = (iso: string) => new Date(iso).getTime();

graphql(`fragment OverdueItemFields on OverdueItem { id kind label dueAt raisedAt referralId assigneeStaffId }`);
const RAISED = graphql(`subscription OverdueItemRaised { overdueItemRaised { ...OverdueItemFields } }`);
const TEAM_ITEMS = graphql(`query TeamOverdueItems { overdueItems(scope: TEAM) { ...OverdueItemFields subjectId upcomingOn } }`);
const MY_ITEMS = graphql(`query MyOverdueItems { overdueItems { id } }`);
const RAISED_SUBJECTS = graphql(`subscription OverdueSubjectRaised { overdueItemRaised { subjectId kind } }`);

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
});
afterAll(() => server?.close());

async function openItems(kind: string) {
  return server.db
    .select()
    .from(tables.overdueItems)
    .where(and(eq(tables.overdueItems.kind, kind as never), isNull(tables.overdueItems.clearedAt)));
}

describe("overdue engine", () => {
  it("raises a response target exactly at its deadline, pushes it once to the service's managers, and clears it on first response", async () => {
    const created = await server.gql(CREATE, { input: createReferralInput() }, a.MANAGER.token);
    const referral = created.data.createReferral;
    expect(referral.responseTargetAt).toBe("2026-11-25T10:00:00.000Z");
    clock = new Date(ms(referral.responseTargetAt) - 1);
    // A day passed on the fake clock: the morning's sessions are idle-expired, so sign in afresh.
    const [managerToken, officerToken, otherToken] = await Promise.all(
      [a.MANAGER, a.OFFICER, b.MANAGER].map((m) => signIn(server, m.email)),
    );
    const manager = await subscribe(server.wsUrl, managerToken, RAISED);
    const officer = await subscribe(server.wsUrl, officerToken, RAISED);
    const otherService = await subscribe(server.wsUrl, otherToken, RAISED);

    expect((await server.app.overdue.tick()).raised).toBe(0);
    expect(await openItems("RESPONSE_TARGET_REACHED")).toHaveLength(0);

    clock = new Date(ms(referral.responseTargetAt));
    const tick = await server.app.overdue.tick();
    expect(tick.raised).toBeGreaterThanOrEqual(1);
    const event = await manager.next(1000);
    expect(event.data?.overdueItemRaised).toMatchObject({
      kind: "RESPONSE_TARGET_REACHED",
      dueAt: "2026-11-25T10:00:00.000Z",
      referralId: referral.id,
      assigneeStaffId: null,
      label: `Response target reached — ${referral.reference}`,
    });
    // Ticking again raises nothing new.
    expect((await server.app.overdue.tick()).raised).toBe(0);
    expect(await manager.staysQuiet(300)).toBe(true);
    expect(await officer.staysQuiet(10)).toBe(true);
    expect(await otherService.staysQuiet(10)).toBe(true);

    const listed = await server.gql(TEAM_ITEMS, {}, managerToken);
    expect(listed.data.overdueItems.map((i) => i.referralId)).toContain(referral.id);

    // The first response stops the clock: the item clears on the next tick.
    await server.db.update(tables.referrals).set({ firstRespondedAt: clock }).where(eq(tables.referrals.id, referral.id));
    expect((await server.app.overdue.tick()).cleared).toBeGreaterThanOrEqual(1);
    const after = await server.gql(TEAM_ITEMS, {}, managerToken);
    expect(after.data.overdueItems.map((i) => i.referralId)).not.toContain(referral.id);
    await Promise.all([manager.close(), officer.close(), otherService.close()]);
  });

  it("raises the response maximum at its own deadline", async () => {
    clock = new Date("2026-11-24T10:00:00Z");
    const created = await server.gql(CREATE, { input: createReferralInput() }, a.MANAGER.token);
    const referral = created.data.createReferral;
    clock = new Date(ms(referral.responseDeadlineAt) - 1);
    await server.app.overdue.tick();
    expect((await openItems("RESPONSE_MAXIMUM_BREACHED")).filter((i) => i.subjectId === referral.id)).toHaveLength(0);
    clock = new Date(ms(referral.responseDeadlineAt));
    await server.app.overdue.tick();
    expect((await openItems("RESPONSE_MAXIMUM_BREACHED")).filter((i) => i.subjectId === referral.id)).toHaveLength(1);
  });

  it("raises staff compliance items for managers: DBS renewal a month ahead, expired training, supervision", async () => {
    clock = new Date("2026-11-24T10:00:00Z");
    const member = await createStaff(server, {
      serviceId: a.service.id,
      role: "OFFICER",
      dbsRenewalDueOn: "2026-12-20",
      createdAt: new Date("2026-09-01T09:00:00Z"),
      // Their only safeguarding training is the expired one below.
      training: COMPLETE_TRAINING.filter((t) => t.kind !== "SAFEGUARDING"),
    });
    await server.db
      .insert(tables.staffTraining)
      .values({ serviceId: a.service.id, staffId: member.id, kind: "SAFEGUARDING", completedOn: "2023-11-01", expiresOn: "2026-11-20" });
    await server.app.overdue.tick();
    a.MANAGER.token = await signIn(server, a.MANAGER.email);
    const kinds = (await server.gql(TEAM_ITEMS, {}, a.MANAGER.token)).data.overdueItems.filter((i) => i.label.includes(member.displayName));
    expect(kinds.map((i) => i.kind).sort()).toEqual(["DBS_RENEWAL_DUE", "SUPERVISION_DUE", "TRAINING_EXPIRED"]);
    // The renewal item falls due a month ahead and names the renewal date itself; the others name none.
    expect(kinds.find((i) => i.kind === "DBS_RENEWAL_DUE")!.upcomingOn).toBe("2026-12-20");
    expect(kinds.find((i) => i.kind === "TRAINING_EXPIRED")!.upcomingOn).toBeNull();
    // Renewed training clears the expiry.
    await server.db
      .insert(tables.staffTraining)
      .values({ serviceId: a.service.id, staffId: member.id, kind: "SAFEGUARDING", completedOn: "2026-11-23", expiresOn: "2029-11-23" });
    await server.app.overdue.tick();
    const again = (await server.gql(TEAM_ITEMS, {}, a.MANAGER.token)).data.overdueItems.filter((i) => i.label.includes(member.displayName));
    expect(again.map((i) => i.kind).sort()).toEqual(["DBS_RENEWAL_DUE", "SUPERVISION_DUE"]);
  });

  it("refuses the team view to an officer and everything to steering and anonymous callers", async () => {
    for (const m of [a.OFFICER, a.STEERING, a.ADMIN, b.MANAGER]) m.token = await signIn(server, m.email);
    expect((await server.gql(TEAM_ITEMS, {}, a.OFFICER.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(MY_ITEMS, {}, a.STEERING.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(MY_ITEMS, {}, a.ADMIN.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(MY_ITEMS)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("shows another service's manager none of this service's items", async () => {
    const theirs = await server.gql(TEAM_ITEMS, {}, b.MANAGER.token);
    const ours = await server.db
      .select({ id: tables.overdueItems.id })
      .from(tables.overdueItems)
      .where(eq(tables.overdueItems.serviceId, a.service.id));
    const ourIds = new Set(ours.map((o) => o.id));
    expect(theirs.data.overdueItems.some((i) => ourIds.has(i.id))).toBe(false);
  });
});

describe.skipIf(dbMode !== "postgres")("overdue engine on two instances", () => {
  it("raises each item once when both tick at the same moment", async () => {
    clock = new Date("2026-11-24T10:00:00Z");
    a.MANAGER.token = await signIn(server, a.MANAGER.email);
    const created = await server.gql(CREATE, { input: createReferralInput() }, a.MANAGER.token);
    const referral = created.data.createReferral;
    // A second instance's engine: its own connections to the same database.
    const { openDatabase } = await import("server");
    const other = await openDatabase({ url: (server.database as any).url, max: 4 });
    try {
      clock = new Date(ms(referral.responseTargetAt));
      const live = await subscribe(server.wsUrl, await signIn(server, a.MANAGER.email), RAISED_SUBJECTS);
      const engines = [server.app.overdue, new OverdueEngine({ db: other.db, now: () => clock })];
      const results = await Promise.all(engines.flatMap((e) => [e.tick(), e.tick()]));
      const items = (await openItems("RESPONSE_TARGET_REACHED")).filter((i) => i.subjectId === referral.id);
      expect(items).toHaveLength(1);
      expect(results.reduce((n, r) => n + r.raised, 0)).toBeGreaterThanOrEqual(1);
      const events: Awaited<ReturnType<typeof live.next>>[] = [];
      for (;;) {
        try {
          events.push(await live.next(500));
        } catch {
          break;
        }
      }
      expect(events.filter((e) => e.data?.overdueItemRaised.subjectId === referral.id)).toHaveLength(1);
      await live.close();
    } finally {
      await other.close();
    }
  });
});

describe("overdue items follow the current holder", () => {
  const MY_ITEM_SUBJECTS = graphql(`query MyOverdueSubjects { overdueItems { subjectId kind assigneeStaffId } }`);

  it("after reallocation the new holder has the response target item and the old one does not, at once and on every tick", async () => {
    clock = new Date("2026-11-24T10:00:00Z");
    a.MANAGER.token = await signIn(server, a.MANAGER.email);
    const [first, second] = await Promise.all([1, 2].map(() => createStaff(server, { serviceId: a.service.id, role: "OFFICER" })));
    const c = await openCase(server, a.MANAGER.token, first!.id, 2);
    const [referral] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, c.referralId));
    clock = new Date(referral!.responseTargetAt.getTime());
    await server.app.overdue.tick();
    const item = (await openItems("RESPONSE_TARGET_REACHED")).find((i) => i.subjectId === c.referralId)!;
    expect(item.assigneeStaffId).toBe(first!.id);

    const [manager, firstToken, secondToken] = await Promise.all(
      [a.MANAGER.email, first!.email, second!.email].map((e) => signIn(server, e)),
    );
    const told = await subscribe(server.wsUrl, secondToken!, RAISED_SUBJECTS);
    const moved = await server.gql(ALLOCATE, { r: c.referralId, s: second!.id }, manager);
    expect(moved.errors).toBeUndefined();
    const mine = async (token: string) =>
      (await server.gql(MY_ITEM_SUBJECTS, {}, token)).data.overdueItems.filter((i) => i.subjectId === c.referralId).map((i) => i.kind);
    expect(await mine(firstToken!)).toEqual([]);
    expect(await mine(secondToken!)).toEqual(["RESPONSE_TARGET_REACHED"]);
    expect((await told.next(1000)).data?.overdueItemRaised).toEqual({ subjectId: c.referralId, kind: "RESPONSE_TARGET_REACHED" });
    await told.close();

    // Whatever put it there, the engine's tick gives an open item to whoever its rule names now.
    await server.db.update(tables.overdueItems).set({ assigneeStaffId: first!.id }).where(eq(tables.overdueItems.id, item.id));
    const tick = await server.app.overdue.tick();
    expect(tick.reassigned).toBeGreaterThanOrEqual(1);
    expect(await mine(secondToken!)).toEqual(["RESPONSE_TARGET_REACHED"]);
    expect(await mine(firstToken!)).toEqual([]);
    expect((await server.app.overdue.tick()).reassigned).toBe(0);
  });
});
