import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type GqlResult, type TestServer } from "../support/server.js";
import { createServiceWithTeam, signIn } from "../support/factories.js";
import { graphql } from "../support/gql/index.js";
import type { ComplaintsQuery, LogComplaintInput, UpdateComplaintInput } from "../support/gql/graphql.js";

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
// Wednesday 25 November 2026, 09:00 London.
let clock = new Date("2026-11-25T09:00:00Z");

graphql(`fragment ComplaintFields on Complaint {
  id kind receivedAt fromWhom what measuresTaken outcome escalatedTo responseDueOn respondedAt responseOverdue loggedBy
}`);
const LOG = graphql(`mutation LogComplaint($input: LogComplaintInput!) { logComplaint(input: $input) { ...ComplaintFields } }`);
const UPDATE = graphql(`mutation UpdateComplaint($id: ID!, $input: UpdateComplaintInput!) {
  updateComplaint(id: $id, input: $input) { ...ComplaintFields }
}`);
const LIST = graphql(`query Complaints($first: Int, $after: String) {
  complaints(first: $first, after: $after) { edges { cursor node { ...ComplaintFields } } pageInfo { hasNextPage endCursor } }
}`);
const FEEDBACK_STATS = graphql(`query FeedbackStats {
  serviceStats(from: "2026-11-01", to: "2026-11-30") { current { feedback { total { value } cells { key display value } } } }
}`);
const count = async () => (await server.db.select().from(tables.complaints)).length;

const complaint = (overrides: Partial<LogComplaintInput> = {}): LogComplaintInput => ({
  kind: "COMPLAINT",
  receivedAt: "2026-11-24T10:00:00Z",
  fromWhom: "A parent",
  what: "We waited a week for a call back.",
  ...overrides,
});

async function log(token: string, input: LogComplaintInput) {
  const res = await server.gql(LOG, { input }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.logComplaint;
}

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
});
afterAll(() => server?.close());

describe("logComplaint", () => {
  it("logs a complaint with a response due 20 working days after receipt", async () => {
    const c = await log(a.OFFICER.token, complaint({ measuresTaken: "Apologised by phone" }));
    // Tuesday 24 Nov 2026 10:00 + 20 working days (no bank holidays until Christmas) → Tuesday 22 December.
    expect(c).toMatchObject({ kind: "COMPLAINT", outcome: "OPEN", responseDueOn: "2026-12-22", respondedAt: null, responseOverdue: false });
    expect(c.loggedBy).toMatch(/^Officer /);
  });

  it("gives a compliment no response date and keeps a comment's unless one is set", async () => {
    expect((await log(a.MANAGER.token, { kind: "COMPLIMENT", what: "Thank you so much" })).responseDueOn).toBeNull();
    expect((await log(a.MANAGER.token, { kind: "COMMENT", what: "Parking is hard" })).responseDueOn).toBeNull();
    expect((await log(a.MANAGER.token, { kind: "COMMENT", what: "Leaflets", responseDueOn: "2026-12-01" })).responseDueOn).toBe(
      "2026-12-01",
    );
  });

  it("refuses invalid input with the field and logs nothing", async () => {
    const before = await count();
    const cases: [LogComplaintInput, string][] = [
      [complaint({ what: "  " }), "input.what"],
      [complaint({ receivedAt: "2026-11-26T10:00:00Z" }), "input.receivedAt"],
      [complaint({ receivedAt: "2024-01-01T10:00:00Z" }), "input.receivedAt"],
      [{ kind: "COMPLIMENT", what: "Thanks", responseDueOn: "2026-12-01" }, "input.responseDueOn"],
      [complaint({ responseDueOn: "2026-11-01" }), "input.responseDueOn"],
      [complaint({ fromWhom: "<img src=x onerror=alert(1)>" }), "input.fromWhom"],
    ];
    for (const [input, field] of cases) {
      const res = await server.gql(LOG, { input }, a.MANAGER.token);
      expect(res.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await count()).toBe(before);
  });

  for (const role of ["VOLUNTEER", "STEERING", "ADMIN"] as const) {
    it(`refuses a ${role.toLowerCase()}`, async () => {
      const before = await count();
      expect((await server.gql(LOG, { input: complaint() }, a[role].token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await count()).toBe(before);
    });
  }

  it("refuses anyone not signed in", async () => {
    expect((await server.gql(LOG, { input: complaint() })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("updateComplaint", () => {
  it("records the outcome, measures and escalation, and the response time with a final outcome", async () => {
    const c = await log(a.MANAGER.token, complaint());
    const res = await server.gql(
      UPDATE,
      { id: c.id, input: { outcome: "PARTLY_UPHELD", measuresTaken: "Call-back rota changed", escalatedTo: "Head of service" } },
      a.MANAGER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateComplaint).toMatchObject({
      outcome: "PARTLY_UPHELD",
      measuresTaken: "Call-back rota changed",
      escalatedTo: "Head of service",
      respondedAt: clock.toISOString(),
      what: "We waited a week for a call back.",
    });
    const audit = await server.db
      .select()
      .from(tables.auditEvents)
      .where(sql`action = 'complaint.update' and entity_id = ${c.id}`);
    expect(audit[0].fields).toEqual(expect.arrayContaining(["outcome", "measuresTaken", "escalatedTo", "respondedAt"]));
    expect(JSON.stringify(audit)).not.toContain("rota");
  });

  it("flags a response as overdue from its due date", async () => {
    const c = await log(a.MANAGER.token, complaint({ receivedAt: "2026-10-01T10:00:00Z" }));
    expect(c).toMatchObject({ responseDueOn: "2026-10-29", responseOverdue: true });
  });

  it("refuses judging a compliment, empty changes and invalid values, changing nothing", async () => {
    const c = await log(a.MANAGER.token, { kind: "COMPLIMENT", what: "Brilliant help" });
    const cases: [UpdateComplaintInput, string][] = [
      [{ outcome: "UPHELD" }, "input.outcome"],
      [{}, "input.outcome"],
      [{ responseDueOn: "2026-12-01" }, "input.responseDueOn"],
      [{ respondedAt: "2026-12-01T10:00:00Z" }, "input.respondedAt"],
      [{ respondedAt: "2026-01-01T10:00:00Z" }, "input.respondedAt"],
    ];
    for (const [input, field] of cases) {
      const res = await server.gql(UPDATE, { id: c.id, input }, a.MANAGER.token);
      expect(res.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const [row] = await server.db
      .select()
      .from(tables.complaints)
      .where(sql`id = ${c.id}`);
    expect(row).toMatchObject({ outcome: "OPEN", respondedAt: null, responseDueOn: null });
  });

  it("treats another service's complaint as not found, and refuses everyone but managers", async () => {
    const c = await log(b.MANAGER.token, complaint());
    expect((await server.gql(UPDATE, { id: c.id, input: { outcome: "UPHELD" } }, a.MANAGER.token)).errors?.[0].extensions?.code).toBe(
      "NOT_FOUND",
    );
    for (const role of ["OFFICER", "VOLUNTEER", "STEERING", "ADMIN"] as const)
      expect((await server.gql(UPDATE, { id: c.id, input: { outcome: "UPHELD" } }, b[role].token)).errors?.[0].extensions?.code).toBe(
        "FORBIDDEN",
      );
    expect((await server.gql(UPDATE, { id: c.id, input: { outcome: "UPHELD" } })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const [row] = await server.db
      .select()
      .from(tables.complaints)
      .where(sql`id = ${c.id}`);
    expect(row.outcome).toBe("OPEN");
  });
});

describe("complaints", () => {
  it("lists the service's log newest first, paged by cursor", async () => {
    const all = await server.gql(LIST, { first: 100 }, a.MANAGER.token);
    expect(all.errors).toBeUndefined();
    const nodes = all.data.complaints.edges.map((e) => e.node);
    const times = nodes.map((n) => n.receivedAt);
    expect([...times].sort().reverse()).toEqual(times);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: GqlResult<ComplaintsQuery> = await server.gql(LIST, { first: 3, after }, a.MANAGER.token);
      paged.push(...page.data.complaints.edges.map((e) => e.node.id));
      after = page.data.complaints.pageInfo.hasNextPage ? page.data.complaints.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(nodes.map((n) => n.id));
    const other = await server.gql(LIST, { first: 100 }, b.MANAGER.token);
    expect(other.data.complaints.edges).toHaveLength(1);
  });

  it("refuses everyone but managers", async () => {
    for (const role of ["OFFICER", "VOLUNTEER", "STEERING", "ADMIN"] as const)
      expect((await server.gql(LIST, {}, a[role].token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(LIST, {})).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("reaches steering only as anonymous counts by kind and outcome", async () => {
    // Steering sees protected figures for ended months only (decision 028): read November in December.
    clock = new Date("2026-12-02T09:00:00Z");
    const token = await signIn(server, a.STEERING.email);
    const res = await server.gql(FEEDBACK_STATS, {}, token);
    expect(res.errors).toBeUndefined();
    // Protected cells (decision 028): a small count shows as 0 or at least k (5), never 1–4, and the
    // total is the sum of what is shown, so the few complaints of this test may well show as 0.
    const { total, cells } = res.data.serviceStats.current.feedback;
    const shown = cells.map((c) => c.value ?? 0);
    for (const n of shown) expect(n === 0 || n >= 5, `a cell shown as ${n}`).toBe(true);
    expect(total.value ?? 0).toBe(shown.reduce((sum, n) => sum + n, 0));
    expect(JSON.stringify(res)).not.toMatch(/parent|call back|rota/i);
  });
});
