import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { graphql } from "../support/gql/index.js";
import type { RecordSupervisionInput } from "../support/gql/graphql.js";

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
let colleague: { id: string; token: string };
// Wednesday 25 November 2026, 09:00 London.
const clock = new Date("2026-11-25T09:00:00Z");

const RECORD = graphql(`mutation RecordSupervision($input: RecordSupervisionInput!) {
  recordSupervision(input: $input) { id kind heldOn topics notes supervisor { id } attendees { id displayName } }
}`);
const LIST = graphql(`query Supervisions($staffId: ID, $first: Int, $after: String) {
  supervisions(staffId: $staffId, first: $first, after: $after) {
    edges { cursor node { id notes heldOn attendees { id } } } pageInfo { hasNextPage endCursor }
  }
}`);
const SCHEDULE = graphql(`query SupervisionSchedule {
  supervisionSchedule {
    staff { id role } everyWeeks lastSupervisedOn lastGroupSupportOn nextDueOn overdue
    compliance {
      dbsEnhanced dbsRenewalDueOn dbsExpired dbsRenewalDueSoon confidentialitySigned confidentialitySignedOn
      training { kind completedOn expiresOn expired expiringSoon } trainingExpired trainingExpiringSoon
    }
  }
}`);
const count = async () => (await server.db.select().from(tables.supervisions)).length;

const individual = (attendee: string, overrides: Partial<RecordSupervisionInput> = {}): RecordSupervisionInput => ({
  kind: "INDIVIDUAL",
  attendeeIds: [attendee],
  heldOn: "2026-11-20",
  topics: ["CASEWORK", "WELLBEING"],
  notes: "Private: discussed workload and a difficult family.",
  ...overrides,
});

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
  const row = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
  colleague = { id: row.id, token: await signIn(server, row.email) };
});
afterAll(() => server?.close());

describe("recordSupervision", () => {
  it("records a one-to-one session with topics and notes, the manager as supervisor by default", async () => {
    const res = await server.gql(RECORD, { input: individual(a.OFFICER.id) }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.recordSupervision).toMatchObject({
      kind: "INDIVIDUAL",
      heldOn: "2026-11-20",
      topics: ["CASEWORK", "WELLBEING"],
      supervisor: { id: a.MANAGER.id },
      attendees: [{ id: a.OFFICER.id }],
    });
  });

  it("records group support for two or more", async () => {
    const res = await server.gql(
      RECORD,
      { input: { kind: "GROUP", attendeeIds: [a.OFFICER.id, a.VOLUNTEER.id], heldOn: "2026-11-02", topics: ["TRAINING"] } },
      a.MANAGER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.recordSupervision.attendees).toHaveLength(2);
  });

  it("refuses invalid input with the field and records nothing", async () => {
    const before = await count();
    const cases: [RecordSupervisionInput, string][] = [
      [individual(a.OFFICER.id, { heldOn: "2026-12-01" }), "input.heldOn"],
      [individual(a.OFFICER.id, { topics: [] }), "input.topics"],
      [individual(a.OFFICER.id, { attendeeIds: [a.OFFICER.id, a.VOLUNTEER.id] }), "input.attendeeIds"],
      [{ ...individual(a.OFFICER.id), kind: "GROUP" }, "input.attendeeIds"],
      [individual(a.MANAGER.id), "input.attendeeIds"],
      [individual(a.OFFICER.id, { notes: "<script>alert(1)</script>" }), "input.notes"],
      [individual(a.OFFICER.id, { supervisorId: a.STEERING.id }), "input.supervisorId"],
      [individual(a.STEERING.id), "input.attendeeIds"],
    ];
    for (const [input, field] of cases) {
      const res = await server.gql(RECORD, { input }, a.MANAGER.token);
      expect(res.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await count()).toBe(before);
  });

  it("treats another service's staff as not found", async () => {
    const before = await count();
    const res = await server.gql(RECORD, { input: individual(b.OFFICER.id) }, a.MANAGER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.attendeeIds" });
    expect(await count()).toBe(before);
  });

  for (const role of ["OFFICER", "VOLUNTEER", "STEERING", "ADMIN"] as const) {
    it(`refuses a ${role.toLowerCase()}`, async () => {
      const before = await count();
      const res = await server.gql(RECORD, { input: individual(a.OFFICER.id) }, a[role].token);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await count()).toBe(before);
    });
  }

  it("refuses anyone not signed in", async () => {
    expect((await server.gql(RECORD, { input: individual(a.OFFICER.id) })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("supervisions", () => {
  it("shows the notes to the supervisee, the supervisor and managers only", async () => {
    const mine = await server.gql(LIST, {}, a.OFFICER.token);
    expect(mine.data.supervisions.edges.map((e) => e.node.notes)).toContain("Private: discussed workload and a difficult family.");
    const manager = await server.gql(LIST, { staffId: a.OFFICER.id }, a.MANAGER.token);
    expect(manager.data.supervisions.edges).toHaveLength(2);
    // Another officer gets nothing, whether asking generally or about the colleague.
    for (const vars of [{}, { staffId: a.OFFICER.id }]) {
      const other = await server.gql(LIST, vars, colleague.token);
      expect(other.errors).toBeUndefined();
      expect(other.data.supervisions.edges).toEqual([]);
    }
    // The volunteer sees the group session they attended, not the officer's one-to-one.
    const volunteer = await server.gql(LIST, {}, a.VOLUNTEER.token);
    expect(volunteer.data.supervisions.edges.map((e) => e.node.heldOn)).toEqual(["2026-11-02"]);
  });

  it("pages newest first with cursors", async () => {
    const first = await server.gql(LIST, { staffId: a.OFFICER.id, first: 1 }, a.MANAGER.token);
    expect(first.data.supervisions.edges[0].node.heldOn).toBe("2026-11-20");
    expect(first.data.supervisions.pageInfo.hasNextPage).toBe(true);
    const next = await server.gql(
      LIST,
      { staffId: a.OFFICER.id, first: 1, after: first.data.supervisions.pageInfo.endCursor },
      a.MANAGER.token,
    );
    expect(next.data.supervisions.edges[0].node.heldOn).toBe("2026-11-02");
    expect(next.data.supervisions.pageInfo.hasNextPage).toBe(false);
  });

  it("writes an audit event for each record read", async () => {
    await server.gql(LIST, {}, a.OFFICER.token);
    const rows = await server.db
      .select()
      .from(tables.auditEvents)
      .where(sql`action = 'supervision.read' and actor_staff_id = ${a.OFFICER.id}`);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain("difficult family");
  });

  it("refuses steering and administrators, and another service sees none of it", async () => {
    for (const role of ["STEERING", "ADMIN"] as const)
      expect((await server.gql(LIST, {}, a[role].token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const other = await server.gql(LIST, { staffId: a.OFFICER.id }, b.MANAGER.token);
    expect(other.data.supervisions.edges).toEqual([]);
    expect((await server.gql(LIST, {})).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("supervisionSchedule", () => {
  it("gives managers every officer and volunteer with next due date, overdue flag and compliance", async () => {
    await server.db.execute(
      sql`update staff set dbs_renewal_due_on = '2026-12-10', confidentiality_signed_on = null where id = ${a.VOLUNTEER.id}`,
    );
    // Their only safeguarding training is the expired one below.
    await server.db.execute(sql`delete from staff_training where staff_id = ${a.OFFICER.id} and kind = 'SAFEGUARDING'`);
    await server.db.insert(tables.staffTraining).values([
      { serviceId: a.service.id, staffId: a.OFFICER.id, kind: "SAFEGUARDING", completedOn: "2023-11-01", expiresOn: "2026-11-01" },
      { serviceId: a.service.id, staffId: a.OFFICER.id, kind: "IPSEA_LEVEL_3", completedOn: "2026-01-01", expiresOn: "2026-12-01" },
    ]);
    // The colleague has never been supervised and joined long ago.
    await server.db.execute(sql`update staff set created_at = '2026-09-01T12:00:00Z' where id = ${colleague.id}`);
    const res = await server.gql(SCHEDULE, {}, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    const entries = res.data.supervisionSchedule;
    const byId = new Map(entries.map((e) => [e.staff.id, e]));
    expect(new Set(entries.map((e) => e.staff.role))).toEqual(new Set(["OFFICER", "VOLUNTEER"]));
    expect(byId.get(a.OFFICER.id)).toMatchObject({
      everyWeeks: 6,
      lastSupervisedOn: "2026-11-20",
      lastGroupSupportOn: "2026-11-02",
      nextDueOn: "2027-01-01",
      overdue: false,
      compliance: { trainingExpired: true, trainingExpiringSoon: true, confidentialitySigned: true, dbsExpired: false },
    });
    expect(byId.get(a.OFFICER.id)!.compliance.training.filter((t) => ["IPSEA_LEVEL_3", "SAFEGUARDING"].includes(t.kind))).toEqual([
      { kind: "IPSEA_LEVEL_3", completedOn: "2026-01-01", expiresOn: "2026-12-01", expired: false, expiringSoon: true },
      { kind: "SAFEGUARDING", completedOn: "2023-11-01", expiresOn: "2026-11-01", expired: true, expiringSoon: false },
    ]);
    // Group support does not count as one-to-one supervision.
    expect(byId.get(a.VOLUNTEER.id)).toMatchObject({ everyWeeks: 4, lastSupervisedOn: null, lastGroupSupportOn: "2026-11-02" });
    expect(byId.get(a.VOLUNTEER.id)!.compliance).toMatchObject({ dbsRenewalDueSoon: true, confidentialitySigned: false });
    expect(byId.get(colleague.id)).toMatchObject({ lastSupervisedOn: null, nextDueOn: "2026-10-13", overdue: true });
  });

  it("shows an officer or volunteer only their own line", async () => {
    const res = await server.gql(SCHEDULE, {}, a.VOLUNTEER.token);
    expect(res.data.supervisionSchedule.map((e) => e.staff.id)).toEqual([a.VOLUNTEER.id]);
  });

  it("refuses steering and administrators, and anyone not signed in", async () => {
    for (const role of ["STEERING", "ADMIN"] as const)
      expect((await server.gql(SCHEDULE, {}, a[role].token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(SCHEDULE)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("lists only the caller's own service", async () => {
    const res = await server.gql(SCHEDULE, {}, b.MANAGER.token);
    const ids = res.data.supervisionSchedule.map((e) => e.staff.id);
    expect(ids).not.toContain(a.OFFICER.id);
    expect(ids).toContain(b.OFFICER.id);
  });
});
