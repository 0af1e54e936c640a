import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { tables } from "server";
import { recordWaitingListSnapshots } from "server/referral/waiting-list.service.ts";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";

const PUBLIC_SERVICE = graphql(`query PublicService($s: String!) {
  publicService(slug: $s) { slug name areaName helplinePhone responseTargetDays }
}`);
const UNKNOWN_SERVICE = graphql(`query UnknownPublicService { publicService(slug: "nowhere") { name } }`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
const clock = new Date("2026-11-24T10:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server);
});
afterAll(() => server?.close());

describe("audit trail", () => {
  it("refuses UPDATE and DELETE, even from the database owner", async () => {
    await server.gql(CREATE, { input: createReferralInput() }, a.MANAGER.token);
    const [event] = await server.db.select().from(tables.auditEvents).limit(1);
    expect(event).toBeDefined();
    await expect(server.db.execute(sql`update audit_events set action = 'x' where id = ${event.id}`)).rejects.toThrow();
    await expect(server.db.execute(sql`delete from audit_events where id = ${event.id}`)).rejects.toThrow();
    const [again] = await server.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.id, event.id));
    expect(again.action).toBe(event.action);
  });
});

describe("publicService", () => {
  it("tells the public form the service's name and helpline, without signing in", async () => {
    await server.db.update(tables.services).set({ helplinePhone: "01632 960 001" }).where(eq(tables.services.id, a.service.id));
    const res = await server.gql(PUBLIC_SERVICE, { s: a.service.slug });
    expect(res.data.publicService).toEqual({
      slug: a.service.slug,
      name: a.service.name,
      areaName: "Stoke-on-Trent",
      helplinePhone: "01632 960 001",
      responseTargetDays: 1,
    });
  });

  it("answers NOT_FOUND for an unknown slug", async () => {
    const res = await server.gql(UNKNOWN_SERVICE);
    expect(res.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});

describe("waiting list snapshots", () => {
  it("record the day's waiting list once per service per day", async () => {
    await server.gql(CREATE, { input: createReferralInput({ receivedAt: "2026-11-19T10:00:00Z" }) }, a.MANAGER.token);
    await recordWaitingListSnapshots({ db: server.db, now: clock });
    await server.gql(CREATE, { input: createReferralInput() }, a.MANAGER.token);
    await recordWaitingListSnapshots({ db: server.db, now: new Date(clock.getTime() + 3_600_000) });
    const rows = await server.db.select().from(tables.waitingListSnapshots).where(eq(tables.waitingListSnapshots.serviceId, a.service.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].takenOn).toBe("2026-11-24");
    expect(rows[0].waiting).toBe(2);
    expect(rows[0].pastMaximum).toBe(1);
  });
});

describe("inactive cases", () => {
  it("become INACTIVE after the service's quiet period and stay on the overdue list until someone acts", async () => {
    const { markInactiveCases } = await import("server/casework/inactive.service.ts");
    const created = await server.gql(CREATE, { input: createReferralInput() }, a.MANAGER.token);
    const referralId = created.data.createReferral.id;
    const [quiet] = await server.db
      .insert(tables.cases)
      .values({
        serviceId: a.service.id,
        referralId,
        level: 2,
        openedAt: new Date("2026-10-01T10:00:00Z"),
        lastActivityAt: new Date("2026-10-20T10:00:00Z"),
      })
      .returning();
    const busyReferral = await server.gql(CREATE, { input: createReferralInput() }, a.MANAGER.token);
    const [busy] = await server.db
      .insert(tables.cases)
      .values({
        serviceId: a.service.id,
        referralId: busyReferral.data.createReferral.id,
        level: 2,
        openedAt: new Date("2026-10-01T10:00:00Z"),
        lastActivityAt: new Date("2026-11-20T10:00:00Z"),
      })
      .returning();
    await markInactiveCases({ db: server.db, now: clock });
    const [q] = await server.db.select().from(tables.cases).where(eq(tables.cases.id, quiet.id));
    const [b2] = await server.db.select().from(tables.cases).where(eq(tables.cases.id, busy.id));
    expect(q.status).toBe("INACTIVE");
    expect(b2.status).toBe("OPEN");
    await server.app.overdue.tick();
    const items = await server.db.select().from(tables.overdueItems).where(eq(tables.overdueItems.subjectId, quiet.id));
    expect(items.map((i) => [i.kind, i.clearedAt])).toEqual([["CASE_INACTIVE", null]]);
  });
});
