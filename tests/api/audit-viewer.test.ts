import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { tables } from "server";
import { dbMode, startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { graphql } from "../support/gql/index.js";

const ENTRIES = graphql(`query AuditViewerEntries($filter: AuditFilterInput, $first: Int, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id at actorId actorName action entityType entityId fields } }
    pageInfo { hasNextPage endCursor }
  }
}`);
const CSV = graphql(`query AuditViewerCsv($filter: AuditFilterInput) { auditEntriesCsv(filter: $filter) }`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
const clock = new Date("2026-11-25T10:00:00Z");
const recordId = "00000000-0000-4000-8000-000000000001";

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Audit A");
  b = await createServiceWithTeam(server, "Audit B");
  const rows = [
    { at: "2026-11-20T09:00:00Z", actor: a.OFFICER.id, action: "case.read", type: "case", id: recordId },
    { at: "2026-11-21T09:00:00Z", actor: a.MANAGER.id, action: "referral.triage", type: "referral", id: recordId },
    { at: "2026-11-22T23:30:00Z", actor: a.OFFICER.id, action: "case.activity.log", type: "case", id: recordId },
    { at: "2026-11-23T09:00:00Z", actor: a.OFFICER.id, action: "case.read", type: "case", id: null },
  ];
  await server.db.insert(tables.auditEvents).values(
    rows.map((r) => ({
      serviceId: a.service.id,
      actorStaffId: r.actor,
      action: r.action,
      entityType: r.type,
      entityId: r.id,
      fields: ["status"],
      at: new Date(r.at),
    })),
  );
  await server.db.insert(tables.auditEvents).values({
    serviceId: b.service.id,
    actorStaffId: b.OFFICER.id,
    action: "case.read",
    entityType: "case",
    entityId: recordId,
    at: new Date("2026-11-21T09:00:00Z"),
  });
});
afterAll(() => server?.close());

describe(`auditEntries (${dbMode})`, () => {
  it("filters by person, record, action and dates (days in the service's time zone), newest first", async () => {
    const res = await server.gql(
      ENTRIES,
      { filter: { actorId: a.OFFICER.id, entityType: "case", entityId: recordId, from: "2026-11-20", to: "2026-11-22" } },
      a.ADMIN.token,
    );
    expect(res.errors).toBeUndefined();
    // 23:30 UTC on the 22nd is the 22nd in London in November.
    expect(res.data!.auditEntries.edges.map((e) => e.node.action)).toEqual(["case.activity.log", "case.read"]);
    expect(res.data!.auditEntries.edges[0]!.node.actorName).toMatch(/^Officer /);
    const byAction = await server.gql(ENTRIES, { filter: { action: "referral.triage" } }, a.MANAGER.token);
    expect(byAction.data!.auditEntries.edges.map((e) => e.node.actorId)).toEqual([a.MANAGER.id]);
  });

  it("pages with a cursor, never showing another service's entries, and audits each read", async () => {
    const filter = { entityType: "case" };
    const first = await server.gql(ENTRIES, { filter, first: 2 }, a.ADMIN.token);
    expect(first.data!.auditEntries.pageInfo.hasNextPage).toBe(true);
    const second = await server.gql(ENTRIES, { filter, first: 2, after: first.data!.auditEntries.pageInfo.endCursor }, a.ADMIN.token);
    const ids = [...first.data!.auditEntries.edges, ...second.data!.auditEntries.edges].map((e) => e.node.actorId);
    expect(ids).toHaveLength(3);
    expect(ids).not.toContain(b.OFFICER.id);
    expect(second.data!.auditEntries.pageInfo.hasNextPage).toBe(false);
    const reads = await server.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, "audit.read"), eq(tables.auditEvents.actorStaffId, a.ADMIN.id)));
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses a range that ends before it starts, a bad cursor and a bad id, naming the field", async () => {
    const range = await server.gql(ENTRIES, { filter: { from: "2026-11-22", to: "2026-11-20" } }, a.ADMIN.token);
    expect(range.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });
    const cursor = await server.gql(ENTRIES, { after: "nonsense" }, a.ADMIN.token);
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    const id = await server.gql(ENTRIES, { filter: { actorId: "not-an-id" } }, a.ADMIN.token);
    expect(id.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.actorId" });
  });
});

describe(`auditEntriesCsv (${dbMode})`, () => {
  it("exports the filtered entries as CSV with a header, and audits the export", async () => {
    const res = await server.gql(CSV, { filter: { action: "case.read" } }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    const lines = res.data!.auditEntriesCsv.trim().split("\n");
    expect(lines[0]).toBe("at,actor,actor_id,action,record_type,record_id,fields");
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((l) => l.includes(",case.read,case,"))).toBe(true);
    const exported = await server.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, "audit.export"), eq(tables.auditEvents.actorStaffId, a.MANAGER.id)));
    expect(exported.map((e) => e.fields)).toEqual([["action"]]);
  });
});

describe("authorization", () => {
  it("refuses officers, volunteers and steering members, and anonymous callers, for the viewer and the export", async () => {
    for (const token of [a.OFFICER.token, a.VOLUNTEER.token, a.STEERING.token]) {
      expect((await server.gql(ENTRIES, {}, token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await server.gql(CSV, {}, token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await server.gql(ENTRIES, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await server.gql(CSV, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("shows another service's administrator only their own service's log, even when filtering by this service's people", async () => {
    const res = await server.gql(ENTRIES, { filter: { actorId: a.OFFICER.id } }, b.ADMIN.token);
    expect(res.data!.auditEntries.edges).toEqual([]);
    const csv = await server.gql(CSV, { filter: { actorId: a.OFFICER.id } }, b.MANAGER.token);
    expect(csv.data!.auditEntriesCsv.trim().split("\n")).toHaveLength(1);
  });
});
