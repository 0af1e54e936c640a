import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { subscribe } from "../support/ws-client.js";
import { openCase, triagedReferral } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
let secondManager: { id: string; token: string };
const clock = new Date("2026-11-25T09:00:00Z");

const RAISE = graphql(`mutation RaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {
  raiseSafeguardingConcern(input: $input) { id referralId caseId summary raisedById raisedAt acknowledgedAt }
}`);
const ACK = graphql(`mutation AcknowledgeSafeguardingConcern($id: ID!, $o: String!) {
  acknowledgeSafeguardingConcern(id: $id, outcome: $o) { id acknowledgedAt acknowledgedByName outcome }
}`);
const ALERT = graphql(`subscription SafeguardingAlert {
  safeguardingAlert { id referralId referralReference caseId summary raisedByName }
}`);
const LIST = graphql(`query UnacknowledgedConcerns {
  unacknowledgedSafeguardingConcerns { id referralReference summary raisedByName acknowledgedAt }
}`);
const CASE_OF = graphql(`query SafeguardingCaseOf($id: ID!) { case(id: $id) { id } }`);
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0].extensions?.code;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
  const row = await createStaff(server, { serviceId: a.service.id, role: "MANAGER" });
  secondManager = { id: row.id, token: await signIn(server, row.email) };
});
afterAll(() => server?.close());

describe("raiseSafeguardingConcern", () => {
  it("alerts every manager of the service, and no one else", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const managers = await Promise.all([
      subscribe(server.wsUrl, a.MANAGER.token, ALERT),
      subscribe(server.wsUrl, secondManager.token, ALERT),
    ]);
    const otherService = await subscribe(server.wsUrl, b.MANAGER.token, ALERT);
    const officer = await subscribe(server.wsUrl, a.OFFICER.token, ALERT);
    // How fast is the benchmark's business (pnpm bench, fan-out); here, that it arrives.
    const res = await server.gql(RAISE, { input: { caseId: c.caseId, summary: "Child disclosed being hurt at home." } }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    const events = await Promise.all(managers.map((m) => m.next(5000)));
    for (const e of events) {
      expect(e.data?.safeguardingAlert).toMatchObject({
        id: res.data.raiseSafeguardingConcern.id,
        caseId: c.caseId,
        referralReference: c.reference,
      });
    }
    expect(await otherService.staysQuiet()).toBe(true);
    // An officer cannot subscribe at all: the subscription is refused, never delivered.
    expect((await officer.next()).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await officer.staysQuiet(100)).toBe(true);
    const [referral] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, c.referralId));
    expect(referral.safeguardingFlag).toBe(true);
    await Promise.all([...managers, otherService, officer].map((s) => s.close()));
  });

  it("lets a manager raise a concern on a referral with no case yet", async () => {
    const r = await triagedReferral(server, a.MANAGER.token, 1);
    const res = await server.gql(RAISE, { input: { referralId: r.id, summary: "Parent mentioned domestic abuse." } }, a.MANAGER.token);
    expect(res.data.raiseSafeguardingConcern).toMatchObject({ referralId: r.id, caseId: null });
  });

  it("lets any officer or volunteer raise a concern on a case or referral that is not theirs, without reading the case", async () => {
    const other = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
    const c = await openCase(server, a.MANAGER.token, other.id, 2);
    expect(code(await server.gql(CASE_OF, { id: c.caseId }, a.OFFICER.token))).toBe("FORBIDDEN");
    const onCase = await server.gql(RAISE, { input: { caseId: c.caseId, summary: "Heard at school: bruises." } }, a.OFFICER.token);
    expect(onCase.errors).toBeUndefined();
    expect(onCase.data.raiseSafeguardingConcern).toMatchObject({ referralId: c.referralId, caseId: c.caseId, raisedById: a.OFFICER.id });
    const onReferral = await server.gql(RAISE, { input: { referralId: c.referralId, summary: "Parent rang, upset." } }, a.VOLUNTEER.token);
    expect(onReferral.errors).toBeUndefined();
    const [referral] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, c.referralId));
    expect(referral.safeguardingFlag).toBe(true);
    // Raising one did not open the case to them.
    expect(code(await server.gql(CASE_OF, { id: c.caseId }, a.OFFICER.token))).toBe("FORBIDDEN");
  });

  it("answers NOT_FOUND for another service's case, and refuses steering and admin", async () => {
    const c = await openCase(server, b.MANAGER.token, b.OFFICER.id, 2);
    expect(code(await server.gql(RAISE, { input: { caseId: c.caseId, summary: "Worried." } }, a.MANAGER.token))).toBe("NOT_FOUND");
    expect(code(await server.gql(RAISE, { input: { caseId: c.caseId, summary: "Worried." } }, a.STEERING.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(RAISE, { input: { caseId: c.caseId, summary: "Worried." } }, a.ADMIN.token))).toBe("FORBIDDEN");
  });

  it("refuses an empty summary or both case and referral with BAD_USER_INPUT", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    expect((await server.gql(RAISE, { input: { caseId: c.caseId, summary: " " } }, a.OFFICER.token)).errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.summary",
    });
    expect(
      (await server.gql(RAISE, { input: { caseId: c.caseId, referralId: c.referralId, summary: "x" } }, a.OFFICER.token)).errors?.[0]
        .extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseId" });
  });
});

describe("acknowledgeSafeguardingConcern", () => {
  it("records who acknowledged it, when, and the outcome — once", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const raised = await server.gql(RAISE, { input: { caseId: c.caseId, summary: "Bruising noticed." } }, a.OFFICER.token);
    const id = raised.data.raiseSafeguardingConcern.id;
    expect(code(await server.gql(ACK, { id, o: "Seen" }, a.OFFICER.token))).toBe("FORBIDDEN");
    const res = await server.gql(ACK, { id, o: "Referred to children's social care (MASH)." }, secondManager.token);
    expect(res.data.acknowledgeSafeguardingConcern).toMatchObject({
      acknowledgedAt: clock.toISOString(),
      outcome: "Referred to children's social care (MASH).",
    });
    expect(code(await server.gql(ACK, { id, o: "Again" }, a.MANAGER.token))).toBe("CONFLICT");
    expect(code(await server.gql(ACK, { id, o: "Theirs" }, b.MANAGER.token))).toBe("NOT_FOUND");
    const [row] = await server.db.select().from(tables.safeguardingConcerns).where(eq(tables.safeguardingConcerns.id, id));
    expect(row).toMatchObject({ acknowledgedById: secondManager.id, outcome: "Referred to children's social care (MASH)." });
  });
});

describe("unacknowledgedSafeguardingConcerns", () => {
  it("shows every manager of the service what is still waiting, oldest first, until acknowledged — each read audited", async () => {
    const before = await server.gql(LIST, {}, a.MANAGER.token);
    for (const c of before.data.unacknowledgedSafeguardingConcerns)
      await server.gql(ACK, { id: c.id, o: "Handled earlier in this test run." }, a.MANAGER.token);
    const first = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const second = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const r1 = await server.gql(RAISE, { input: { caseId: first.caseId, summary: "Bruising noticed at the meeting." } }, a.OFFICER.token);
    clock.setTime(clock.getTime() + 60_000);
    const r2 = await server.gql(
      RAISE,
      { input: { caseId: second.caseId, summary: "Parent said they cannot keep the child safe." } },
      a.OFFICER.token,
    );
    const otherService = await openCase(server, b.MANAGER.token, b.OFFICER.id, 2);
    await server.gql(RAISE, { input: { caseId: otherService.caseId, summary: "Another service's concern." } }, b.OFFICER.token);

    for (const token of [a.MANAGER.token, secondManager.token]) {
      const res = await server.gql(LIST, {}, token);
      expect(res.errors).toBeUndefined();
      expect(res.data.unacknowledgedSafeguardingConcerns).toEqual([
        {
          id: r1.data.raiseSafeguardingConcern.id,
          referralReference: first.reference,
          summary: "Bruising noticed at the meeting.",
          raisedByName: expect.any(String),
          acknowledgedAt: null,
        },
        {
          id: r2.data.raiseSafeguardingConcern.id,
          referralReference: second.reference,
          summary: "Parent said they cannot keep the child safe.",
          raisedByName: expect.any(String),
          acknowledgedAt: null,
        },
      ]);
    }
    const reads = await server.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.action, "safeguarding.read"));
    expect(
      reads
        .filter((e) => e.entityId === r1.data.raiseSafeguardingConcern.id)
        .map((e) => e.actorStaffId)
        .sort(),
    ).toEqual([a.MANAGER.id, secondManager.id].sort());

    await server.gql(ACK, { id: r1.data.raiseSafeguardingConcern.id, o: "Referred to children's services." }, secondManager.token);
    const after = await server.gql(LIST, {}, a.MANAGER.token);
    expect(after.data.unacknowledgedSafeguardingConcerns.map((c) => c.id)).toEqual([r2.data.raiseSafeguardingConcern.id]);
    const theirs = await server.gql(LIST, {}, b.MANAGER.token);
    expect(theirs.data.unacknowledgedSafeguardingConcerns.map((c) => c.summary)).toEqual(["Another service's concern."]);
  });

  it("is refused to officers, volunteers, steering, admin and anonymous callers", async () => {
    for (const role of ["OFFICER", "VOLUNTEER", "STEERING", "ADMIN"] as const) {
      const res = await server.gql(LIST, {}, a[role].token);
      expect(code(res), role).toBe("FORBIDDEN");
      expect(res.data?.unacknowledgedSafeguardingConcerns ?? null).toBeNull();
    }
    expect(code(await server.gql(LIST))).toBe("UNAUTHENTICATED");
  });
});
