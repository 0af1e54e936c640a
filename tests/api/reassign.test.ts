import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { openCase } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";

const PLAN = graphql(`query ReassignmentPlan($id: ID!) {
  reassignmentPlan(fromStaffId: $id) {
    fromStaffId fromActive
    cases { caseId reference level suggestedStaffId candidates { staffId openCases capacity blockingReasons { code } } }
  }
}`);
const REASSIGN = graphql(`mutation ReassignCases($input: ReassignCasesInput!) { reassignCases(input: $input) { reassigned } }`);
const LEFT = graphql(`query StaffToReassign { staffToReassign { staffId displayName openCases } }`);
const DEACTIVATE_LEAVER = graphql(`mutation DeactivateLeaver($id: ID!) { deactivateStaff(staffId: $id) { openCases { caseId } } }`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
const clock = new Date("2026-11-25T09:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
});
afterAll(() => server?.close());

const holdings = async (staffId: string) =>
  (
    await server.db
      .select({ caseId: tables.allocations.caseId })
      .from(tables.allocations)
      .where(and(eq(tables.allocations.staffId, staffId), isNull(tables.allocations.endedAt)))
  ).map((r) => r.caseId);

/** A leaver holding three cases, a colleague with room for one and a colleague with room for ten. */
async function leaverAndColleagues() {
  const leaver = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
  const small = await createStaff(server, { serviceId: a.service.id, role: "OFFICER", capacity: 1 });
  const roomy = await createStaff(server, { serviceId: a.service.id, role: "OFFICER", capacity: 10 });
  const cases = [];
  for (const level of [2, 2, 3]) cases.push(await openCase(server, a.MANAGER.token, leaver.id, level));
  return { leaver, small, roomy, cases };
}

describe("reassignmentPlan", () => {
  it("previews every open case with each colleague's blocking reasons and a suggestion that passes the checks and fits capacity", async () => {
    const { leaver, small, cases } = await leaverAndColleagues();
    await server.gql(DEACTIVATE_LEAVER, { id: leaver.id }, a.ADMIN.token);
    const res = await server.gql(PLAN, { id: leaver.id }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    const plan = res.data.reassignmentPlan;
    expect(plan).toMatchObject({ fromStaffId: leaver.id, fromActive: false });
    expect(plan.cases.map((c) => c.caseId).sort()).toEqual(cases.map((c) => c.caseId).sort());
    for (const c of plan.cases) {
      expect(c.candidates.map((x) => x.staffId)).not.toContain(leaver.id);
      const suggested = c.candidates.find((x) => x.staffId === c.suggestedStaffId)!;
      expect(suggested.blockingReasons).toEqual([]);
    }
    expect(plan.cases.filter((c) => c.suggestedStaffId === small.id).length).toBeLessThanOrEqual(1);
  });
});

describe("reassignCases", () => {
  it("moves every case in one audited operation, and the leaver no longer has cases to reassign", async () => {
    const { leaver, roomy, cases } = await leaverAndColleagues();
    await server.gql(DEACTIVATE_LEAVER, { id: leaver.id }, a.ADMIN.token);
    expect((await server.gql(LEFT, {}, a.MANAGER.token)).data?.staffToReassign).toContainEqual(
      expect.objectContaining({ staffId: leaver.id, openCases: 3 }),
    );
    const res = await server.gql(
      REASSIGN,
      { input: { fromStaffId: leaver.id, assignments: cases.map((c) => ({ caseId: c.caseId, toStaffId: roomy.id })) } },
      a.MANAGER.token,
    );
    expect(res.data?.reassignCases.reassigned).toBe(3);
    expect(await holdings(leaver.id)).toEqual([]);
    expect((await holdings(roomy.id)).sort()).toEqual(cases.map((c) => c.caseId).sort());
    const audit = await server.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, "staff.reassign"), eq(tables.auditEvents.entityId, leaver.id)));
    expect(audit).toHaveLength(1);
    expect((await server.gql(LEFT, {}, a.MANAGER.token)).data?.staffToReassign.map((s) => s.staffId)).not.toContain(leaver.id);
  });

  it("refuses the whole operation when one case would break a check, naming that case's field, and moves nothing", async () => {
    const { leaver, small, cases } = await leaverAndColleagues();
    const res = await server.gql(
      REASSIGN,
      { input: { fromStaffId: leaver.id, assignments: cases.slice(0, 2).map((c) => ({ caseId: c.caseId, toStaffId: small.id })) } },
      a.MANAGER.token,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "AT_CAPACITY", field: "input.assignments.1.toStaffId" });
    expect((await holdings(leaver.id)).sort()).toEqual(cases.map((c) => c.caseId).sort());
    expect(await holdings(small.id)).toEqual([]);
  });

  it("refuses a case listed twice, and a case the person does not hold", async () => {
    const { leaver, roomy, cases } = await leaverAndColleagues();
    const twice = await server.gql(
      REASSIGN,
      { input: { fromStaffId: leaver.id, assignments: [cases[0]!, cases[0]!].map((c) => ({ caseId: c.caseId, toStaffId: roomy.id })) } },
      a.MANAGER.token,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.assignments" });
    const notHeld = await server.gql(
      REASSIGN,
      { input: { fromStaffId: roomy.id, assignments: [{ caseId: cases[0]!.caseId, toStaffId: leaver.id }] } },
      a.MANAGER.token,
    );
    expect(notHeld.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "input.assignments.0.caseId" });
    expect((await holdings(leaver.id)).length).toBe(3);
  });

  it("is refused to officers, volunteers, steering members, administrators, another service's manager and anonymous callers", async () => {
    const { leaver, roomy, cases } = await leaverAndColleagues();
    const input = { fromStaffId: leaver.id, assignments: [{ caseId: cases[0]!.caseId, toStaffId: roomy.id }] };
    for (const role of ["OFFICER", "VOLUNTEER", "STEERING", "ADMIN"] as const) {
      expect((await server.gql(REASSIGN, { input }, a[role].token)).errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
      expect((await server.gql(PLAN, { id: leaver.id }, a[role].token)).errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
      expect((await server.gql(LEFT, {}, a[role].token)).errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
    }
    expect((await server.gql(REASSIGN, { input }, b.MANAGER.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await server.gql(PLAN, { id: leaver.id }, b.MANAGER.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await server.gql(LEFT, {}, b.MANAGER.token)).data?.staffToReassign).toEqual([]);
    expect((await server.gql(REASSIGN, { input })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await server.gql(PLAN, { id: leaver.id })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await holdings(leaver.id)).length).toBe(3);
    const officer = await signIn(server, (await createStaff(server, { serviceId: a.service.id, role: "OFFICER" })).email);
    expect((await server.gql(REASSIGN, { input }, officer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
