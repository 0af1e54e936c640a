import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { tables } from "server";
import { dbMode, startTestServer, type TestServer } from "../support/server.js";
import { COMPLETE_TRAINING, createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { subscribe } from "../support/ws-client.js";
import { ALLOCATE, CLAIM, PUBLISH, openCase, snapshot, triagedReferral } from "../support/casework.js";
import { CREATE, createReferralInput, type ReferralOverrides } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";
import type { CreateReferralInput } from "../support/gql/graphql.js";

const POOL = graphql(`query ReferralPool { referralPool { id level blockingReasons { code } } }`);
const ACCEPT = graphql(`mutation AcceptAllocation($id: ID!) { acceptAllocation(allocationId: $id) { id acceptedAt } }`);
const MY_ALLOCATIONS = graphql(`query MyAllocations($after: String) {
  myAllocations(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id caseId current } } }
}`);
const MY_ALLOCATION_CURSORS = graphql(`query MyAllocationCursors { myAllocations { edges { cursor } } }`);
const MY_ALLOCATION_ROWS = graphql(`query MyAllocationRows {
  myAllocations { edges { node { caseId childInitials primaryNeed responseTargetAt responseDeadlineAt firstRespondedAt } } }
}`);
const POOL_ROWS = graphql(`query ReferralPoolRows { referralPool { id primaryNeed responseTargetAt responseDeadlineAt } }`);
const TEAM = graphql(`query Team($level: Int, $r: ID) {
  team(level: $level, forReferralId: $r) {
    id role capacity openCases caseload { level openCases } blockingReasons { code message }
  }
}`);
const ASSIGNED = graphql(`subscription AllocationAssigned {
  allocationAssigned { id caseId referralReference level staffId staffDisplayName allocatedAt acceptedAt }
}`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
// Wednesday 25 November 2026, 09:00 London.
const clock = new Date("2026-11-25T09:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
});
afterAll(() => server?.close());

/** A fresh officer of service A (with a token), so capacity and conflicts start clean. */
async function officer(overrides: Record<string, unknown> = {}) {
  const row = await createStaff(server, { serviceId: a.service.id, role: "OFFICER", ...overrides });
  return { ...row, token: await signIn(server, row.email) };
}

describe("allocateReferral", () => {
  it("opens a case at the triage level and allocates it, leaving the triage queue", async () => {
    const r = await triagedReferral(server, a.MANAGER.token, 3);
    const res = await server.gql(ALLOCATE, { r: r.id, s: a.OFFICER.id }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.allocateReferral).toMatchObject({
      referralId: r.id,
      referralReference: r.reference,
      level: 3,
      staffId: a.OFFICER.id,
      kind: "DIRECT",
      allocatedAt: clock.toISOString(),
      acceptedAt: null,
      current: true,
    });
    const [kase] = await server.db.select().from(tables.cases).where(eq(tables.cases.referralId, r.id));
    expect(kase).toMatchObject({ status: "OPEN", level: 3 });
    const [referral] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, r.id));
    expect(referral.status).toBe("ALLOCATED");
  });

  it("reallocates by ending the old allocation and keeping it in the history", async () => {
    const other = await officer();
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const res = await server.gql(ALLOCATE, { r: c.referralId, s: other.id }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.allocateReferral.caseId).toBe(c.caseId);
    const rows = await server.db.select().from(tables.allocations).where(eq(tables.allocations.caseId, c.caseId));
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.staffId === a.OFFICER.id)!.endedAt).toEqual(clock);
    expect(rows.find((r) => r.staffId === other.id)!.endedAt).toBeNull();
    expect((await server.db.select().from(tables.cases).where(eq(tables.cases.referralId, c.referralId))).length).toBe(1);
  });

  it("refuses a referral that has not been triaged, with CONFLICT", async () => {
    const created = await server.gql(CREATE, { input: createReferralInput() }, a.MANAGER.token);
    const id = created.data.createReferral.id;
    const before = await snapshot(server, id);
    const res = await server.gql(ALLOCATE, { r: id, s: a.OFFICER.id }, a.MANAGER.token);
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await snapshot(server, id)).toEqual(before);
  });

  const refusals: [
    string,
    string,
    () => Promise<{ staffId: string; level: number; overrides?: ReferralOverrides<CreateReferralInput> }>,
  ][] = [
    ["a volunteer for a level 4 referral", "NOT_QUALIFIED_FOR_LEVEL", async () => ({ staffId: a.VOLUNTEER.id, level: 4 })],
    ["a volunteer for a level 3 referral by default", "NOT_QUALIFIED_FOR_LEVEL", async () => ({ staffId: a.VOLUNTEER.id, level: 3 })],
    [
      "an officer without IPSEA level 3 training for level 4",
      "NOT_QUALIFIED_FOR_LEVEL",
      async () => ({ staffId: (await officer()).id, level: 4 }),
    ],
    ["a steering group member", "NOT_QUALIFIED_FOR_LEVEL", async () => ({ staffId: a.STEERING.id, level: 1 })],
    ["an administrator", "NOT_QUALIFIED_FOR_LEVEL", async () => ({ staffId: a.ADMIN.id, level: 1 })],
    [
      "a staff member without an enhanced DBS check",
      "DBS_NOT_VALID",
      async () => ({ staffId: (await officer({ dbsEnhanced: false })).id, level: 2 }),
    ],
    [
      "a staff member whose DBS renewal date has passed",
      "DBS_NOT_VALID",
      async () => ({ staffId: (await officer({ dbsRenewalDueOn: "2026-11-24" })).id, level: 2 }),
    ],
    [
      "a staff member whose enhanced DBS check has no barred-list check",
      "BARRED_LIST_NOT_CHECKED",
      async () => ({ staffId: (await officer({ dbsBarredListChecked: false, dbsBarredListCheckedOn: null })).id, level: 2 }),
    ],
    [
      "an officer not yet observed in casework (holding a case is lone casework)",
      "NO_OBSERVATION",
      async () => ({ staffId: (await officer({ training: COMPLETE_TRAINING.filter((t) => t.kind !== "OBSERVATION") })).id, level: 2 }),
    ],
    [
      "a staff member whose older declaration named the family by surname alone (before decision 041)",
      "CONFLICT_OF_INTEREST",
      async () => {
        const o = await officer();
        // Recorded as the old form allowed: no date of birth, no postcode. The input refuses this today.
        await server.db
          .insert(tables.conflictDeclarations)
          .values({ serviceId: a.service.id, staffId: o.id, kind: "FAMILY", subject: "Fairweather", declaredOn: "2024-06-01" });
        return {
          staffId: o.id,
          level: 2,
          overrides: { contact: { fullName: "Robin Fairweather" }, child: { fullName: "Kit Fairweather" } },
        };
      },
    ],
    [
      "a staff member who has not signed the confidentiality policy",
      "CONFIDENTIALITY_NOT_SIGNED",
      async () => ({ staffId: (await officer({ confidentialitySignedOn: null })).id, level: 2 }),
    ],
    [
      "a staff member who declared a conflict with a member of the family by name and date of birth",
      "CONFLICT_OF_INTEREST",
      async () => {
        const o = await officer();
        await server.db.insert(tables.conflictDeclarations).values({
          serviceId: a.service.id,
          staffId: o.id,
          kind: "FAMILY",
          subject: "ali whittaker",
          dateOfBirth: "2016-05-14",
          declaredOn: "2026-01-01",
        });
        return { staffId: o.id, level: 2, overrides: { contact: { fullName: "Dana Whittaker" }, child: { fullName: "Ali Whittaker" } } };
      },
    ],
    [
      "a staff member who declared a conflict with the child's school",
      "CONFLICT_OF_INTEREST",
      async () => {
        const o = await officer();
        await server.db.insert(tables.conflictDeclarations).values({
          serviceId: a.service.id,
          staffId: o.id,
          kind: "EDUCATION_SETTING",
          subject: "birch academy",
          declaredOn: "2026-01-01",
        });
        return { staffId: o.id, level: 2, overrides: { child: { educationSetting: "Birch Academy" } } };
      },
    ],
    [
      "a staff member who declared a conflict with the parent support group that referred",
      "CONFLICT_OF_INTEREST",
      async () => {
        const o = await officer();
        await server.db.insert(tables.conflictDeclarations).values({
          serviceId: a.service.id,
          staffId: o.id,
          kind: "PARENT_GROUP",
          subject: "Potteries Parent Forum",
          declaredOn: "2026-01-01",
        });
        return {
          staffId: o.id,
          level: 2,
          overrides: {
            source: "PROFESSIONAL",
            professionalType: "OTHER",
            referrerName: "Lee Forum",
            referrerOrganisation: "potteries parent forum",
            familyConsentedToShare: true,
          },
        };
      },
    ],
    [
      "a staff member with no induction on record",
      "NO_INDUCTION",
      async () => ({
        staffId: (await officer({ training: COMPLETE_TRAINING.filter((t) => t.kind !== "INDUCTION") })).id,
        level: 2,
      }),
    ],
    [
      "a staff member whose safeguarding training has expired",
      "SAFEGUARDING_TRAINING_EXPIRED",
      async () => ({
        staffId: (
          await officer({
            training: [
              ...COMPLETE_TRAINING.filter((t) => t.kind !== "SAFEGUARDING"),
              { kind: "SAFEGUARDING", completedOn: "2023-01-01", expiresOn: "2026-01-01" },
            ],
          })
        ).id,
        level: 2,
      }),
    ],
    [
      "a volunteer without IPSEA level 1",
      "NO_IPSEA_LEVEL_1",
      async () => {
        const v = await createStaff(server, {
          serviceId: a.service.id,
          role: "VOLUNTEER",
          training: COMPLETE_TRAINING.filter((t) => t.kind !== "IPSEA_LEVEL_1"),
        });
        return { staffId: v.id, level: 1 };
      },
    ],
    [
      "a staff member at capacity",
      "AT_CAPACITY",
      async () => {
        const o = await officer({ capacity: 1 });
        await openCase(server, a.MANAGER.token, o.id, 1);
        return { staffId: o.id, level: 1 };
      },
    ],
  ];
  for (const [who, code, setup] of refusals) {
    it(`refuses ${who} with ${code}, a reason, and changes nothing`, async () => {
      const { staffId, level, overrides } = await setup();
      const r = await triagedReferral(server, a.MANAGER.token, level, overrides);
      const before = await snapshot(server, r.id);
      const res = await server.gql(ALLOCATE, { r: r.id, s: staffId }, a.MANAGER.token);
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe(code);
      expect(res.errors?.[0].message.length).toBeGreaterThan(10);
      expect(await snapshot(server, r.id)).toEqual(before);
    });
  }

  it("allows level 4 to an officer with IPSEA level 3 training, and a withdrawn conflict no longer blocks", async () => {
    const o = await officer();
    await server.db
      .insert(tables.staffTraining)
      .values({ serviceId: a.service.id, staffId: o.id, kind: "IPSEA_LEVEL_3", completedOn: "2025-03-01" });
    await server.db.insert(tables.conflictDeclarations).values({
      serviceId: a.service.id,
      staffId: o.id,
      kind: "FAMILY",
      subject: "Pat Quinn",
      postcode: "ST4 7QB",
      declaredOn: "2025-01-01",
      withdrawnOn: "2025-06-01",
    });
    const r = await triagedReferral(server, a.MANAGER.token, 4, { contact: { fullName: "Pat Quinn" } });
    const res = await server.gql(ALLOCATE, { r: r.id, s: o.id }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.allocateReferral.level).toBe(4);
  });

  it("lets a volunteer take level 3 where the service raised the volunteers' ceiling", async () => {
    const c = await createServiceWithTeam(server, "Service C");
    await server.db.update(tables.services).set({ volunteerMaxLevel: 3 }).where(eq(tables.services.id, c.service.id));
    const r = await triagedReferral(server, c.MANAGER.token, 3);
    const res = await server.gql(ALLOCATE, { r: r.id, s: c.VOLUNTEER.id }, c.MANAGER.token);
    expect(res.errors).toBeUndefined();
  });

  it("answers NOT_FOUND to another service's manager, for the referral and for the staff member", async () => {
    const r = await triagedReferral(server, a.MANAGER.token, 2);
    const before = await snapshot(server, r.id);
    expect((await server.gql(ALLOCATE, { r: r.id, s: b.OFFICER.id }, b.MANAGER.token)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await server.gql(ALLOCATE, { r: r.id, s: b.OFFICER.id }, a.MANAGER.token)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(await snapshot(server, r.id)).toEqual(before);
  });

  for (const role of ["OFFICER", "VOLUNTEER", "STEERING", "ADMIN"] as const) {
    it(`refuses a ${role.toLowerCase()} caller with FORBIDDEN`, async () => {
      const r = await triagedReferral(server, a.MANAGER.token, 2);
      const res = await server.gql(ALLOCATE, { r: r.id, s: a.OFFICER.id }, a[role].token);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });
  }

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    const r = await triagedReferral(server, a.MANAGER.token, 2);
    expect((await server.gql(ALLOCATE, { r: r.id, s: a.OFFICER.id })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("claimReferral", () => {
  it(`lets exactly one of 50 concurrent claims win; the rest get ALREADY_CLAIMED (${dbMode})`, async () => {
    const claimers = await Promise.all(Array.from({ length: 10 }, () => officer()));
    const r = await triagedReferral(server, a.MANAGER.token, 2);
    expect((await server.gql(PUBLISH, { r: r.id }, a.MANAGER.token)).data.publishToPool.status).toBe("POOLED");
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => server.gql(CLAIM, { r: r.id }, claimers[i % claimers.length].token)),
    );
    const wins = results.filter((x) => x.data?.claimReferral);
    const lost = results.filter((x) => x.errors?.[0].extensions?.code === "ALREADY_CLAIMED");
    expect(wins).toHaveLength(1);
    expect(lost).toHaveLength(49);
    const [kase] = await server.db.select().from(tables.cases).where(eq(tables.cases.referralId, r.id));
    const rows = await server.db.select().from(tables.allocations).where(eq(tables.allocations.caseId, kase.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "CLAIMED", staffId: wins[0].data.claimReferral.staffId });
    // Claiming is picking the case up: no separate accept.
    expect(rows[0].acceptedAt).toBeInstanceOf(Date);
  });

  it("refuses a volunteer a pooled level 3 referral and leaves it in the pool", async () => {
    const r = await triagedReferral(server, a.MANAGER.token, 3);
    await server.gql(PUBLISH, { r: r.id }, a.MANAGER.token);
    const before = await snapshot(server, r.id);
    const res = await server.gql(CLAIM, { r: r.id }, a.VOLUNTEER.token);
    expect(res.errors?.[0].extensions?.code).toBe("NOT_QUALIFIED_FOR_LEVEL");
    expect(await snapshot(server, r.id)).toEqual(before);
    expect(before.referral!.status).toBe("POOLED");
  });

  it("refuses a claimer at capacity with AT_CAPACITY and changes nothing", async () => {
    const o = await officer({ capacity: 0 });
    const r = await triagedReferral(server, a.MANAGER.token, 1);
    await server.gql(PUBLISH, { r: r.id }, a.MANAGER.token);
    const before = await snapshot(server, r.id);
    expect((await server.gql(CLAIM, { r: r.id }, o.token)).errors?.[0].extensions?.code).toBe("AT_CAPACITY");
    expect(await snapshot(server, r.id)).toEqual(before);
  });

  it("refuses a volunteer not yet observed a pooled case (lone casework), showing why in the pool; nothing changes", async () => {
    const v = await createStaff(server, {
      serviceId: a.service.id,
      role: "VOLUNTEER",
      training: COMPLETE_TRAINING.filter((t) => t.kind !== "OBSERVATION"),
    });
    const token = await signIn(server, v.email);
    const r = await triagedReferral(server, a.MANAGER.token, 1);
    await server.gql(PUBLISH, { r: r.id }, a.MANAGER.token);
    const pool = await server.gql(POOL, {}, token);
    expect(pool.data.referralPool.find((p) => p.id === r.id)!.blockingReasons).toEqual([{ code: "NO_OBSERVATION" }]);
    const before = await snapshot(server, r.id);
    const res = await server.gql(CLAIM, { r: r.id }, token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "NO_OBSERVATION", reasons: ["NO_OBSERVATION"] });
    expect(await snapshot(server, r.id)).toEqual(before);
  });

  it("refuses a referral that is not in the pool with CONFLICT", async () => {
    const r = await triagedReferral(server, a.MANAGER.token, 1);
    expect((await server.gql(CLAIM, { r: r.id }, a.OFFICER.token)).errors?.[0].extensions?.code).toBe("CONFLICT");
  });

  it("answers NOT_FOUND for another service's pooled referral", async () => {
    const r = await triagedReferral(server, b.MANAGER.token, 1);
    await server.gql(PUBLISH, { r: r.id }, b.MANAGER.token);
    expect((await server.gql(CLAIM, { r: r.id }, a.OFFICER.token)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("refuses steering and admin with FORBIDDEN", async () => {
    const r = await triagedReferral(server, a.MANAGER.token, 1);
    await server.gql(PUBLISH, { r: r.id }, a.MANAGER.token);
    for (const role of ["STEERING", "ADMIN"] as const) {
      expect((await server.gql(CLAIM, { r: r.id }, a[role].token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("shows the pool to caseworkers with the reasons they could not claim", async () => {
    const r = await triagedReferral(server, a.MANAGER.token, 4);
    await server.gql(PUBLISH, { r: r.id }, a.MANAGER.token);
    const res = await server.gql(POOL, {}, a.VOLUNTEER.token);
    const mine = res.data.referralPool.find((p) => p.id === r.id);
    expect(mine).toEqual({ id: r.id, level: 4, blockingReasons: [{ code: "NOT_QUALIFIED_FOR_LEVEL" }] });
  });

  it("gives a pooled referral's need and response maximum, and no names", async () => {
    const r = await triagedReferral(server, a.MANAGER.token, 1, {
      child: { fullName: "Pooled Childname", primaryNeed: "SENSORY_PHYSICAL" },
    });
    await server.gql(PUBLISH, { r: r.id }, a.MANAGER.token);
    const res = await server.gql(POOL_ROWS, {}, a.OFFICER.token);
    const row = res.data.referralPool.find((p) => p.id === r.id)!;
    const [referral] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, r.id));
    expect(row).toEqual({
      id: r.id,
      primaryNeed: "SENSORY_PHYSICAL",
      responseTargetAt: referral.responseTargetAt.toISOString(),
      responseDeadlineAt: referral.responseDeadlineAt.toISOString(),
    });
    expect(JSON.stringify(res.data)).not.toContain("Childname");
  });
});

describe("observation and the barred-list check for joint working (decision 045)", () => {
  const ADD_COWORKER = graphql(`mutation AllocationAddCoworker($input: AddCaseCoworkerInput!) {
    addCaseCoworker(input: $input) { id coworkers { staffId role } }
  }`);

  it("lets an officer not yet observed shadow a level-4 case (not lone casework), but not one without the barred-list check", async () => {
    const holder = await officer();
    await server.db
      .insert(tables.staffTraining)
      .values({ serviceId: a.service.id, staffId: holder.id, kind: "IPSEA_LEVEL_3", completedOn: "2025-03-01" });
    const c = await openCase(server, a.MANAGER.token, holder.id, 4);
    const unobserved = await officer({ training: COMPLETE_TRAINING.filter((t) => t.kind !== "OBSERVATION") });
    const ok = await server.gql(ADD_COWORKER, { input: { caseId: c.caseId, staffId: unobserved.id, role: "SHADOW" } }, a.MANAGER.token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.addCaseCoworker.coworkers).toEqual([{ staffId: unobserved.id, role: "SHADOW" }]);

    const unbarred = await officer({ dbsBarredListChecked: false, dbsBarredListCheckedOn: null });
    const before = await server.db.select().from(tables.caseCoworkers).where(eq(tables.caseCoworkers.caseId, c.caseId));
    const refused = await server.gql(
      ADD_COWORKER,
      { input: { caseId: c.caseId, staffId: unbarred.id, role: "CO_WORKER" } },
      a.MANAGER.token,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BARRED_LIST_NOT_CHECKED", field: "input.staffId" });
    expect(await server.db.select().from(tables.caseCoworkers).where(eq(tables.caseCoworkers.caseId, c.caseId))).toEqual(before);
  });
});

describe("acceptAllocation", () => {
  it("records when the allocated staff member picks it up, once", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 1);
    const res = await server.gql(ACCEPT, { id: c.allocationId }, a.OFFICER.token);
    expect(res.data.acceptAllocation.acceptedAt).toBe(clock.toISOString());
    expect((await server.gql(ACCEPT, { id: c.allocationId }, a.OFFICER.token)).errors?.[0].extensions?.code).toBe("CONFLICT");
  });

  it("refuses anyone else, including a manager, with FORBIDDEN", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 1);
    expect((await server.gql(ACCEPT, { id: c.allocationId }, a.MANAGER.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const [row] = await server.db.select().from(tables.allocations).where(eq(tables.allocations.id, c.allocationId));
    expect(row.acceptedAt).toBeNull();
  });
});

describe("myAllocations", () => {
  it("lists the caller's allocations, current and past, page by page", async () => {
    const o = await officer();
    const other = await officer();
    const first = await openCase(server, a.MANAGER.token, o.id, 1);
    await openCase(server, a.MANAGER.token, o.id, 2);
    await openCase(server, a.MANAGER.token, o.id, 1);
    await server.gql(ALLOCATE, { r: first.referralId, s: other.id }, a.MANAGER.token);
    const p1 = await server.gql(MY_ALLOCATIONS, {}, o.token);
    expect(p1.data.myAllocations.edges).toHaveLength(2);
    expect(p1.data.myAllocations.pageInfo.hasNextPage).toBe(true);
    const p2 = await server.gql(MY_ALLOCATIONS, { after: p1.data.myAllocations.pageInfo.endCursor }, o.token);
    const all = [...p1.data.myAllocations.edges, ...p2.data.myAllocations.edges].map((e) => e.node);
    expect(all).toHaveLength(3);
    expect(new Set(all.map((n) => n.id)).size).toBe(3);
    expect(all.find((n) => n.caseId === first.caseId)!.current).toBe(false);
  });

  it("says whose case each is by the child's initials and need, and how long is left to respond", async () => {
    const o = await officer();
    const c = await openCase(server, a.MANAGER.token, o.id, 2, {
      child: { fullName: "Amara Okafor-Jones", primaryNeed: "SOCIAL_EMOTIONAL_MENTAL_HEALTH" },
    });
    const res = await server.gql(MY_ALLOCATION_ROWS, {}, o.token);
    const row = res.data.myAllocations.edges.map((e) => e.node).find((n) => n.caseId === c.caseId)!;
    const [referral] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, c.referralId));
    expect(row).toEqual({
      caseId: c.caseId,
      childInitials: "A O",
      primaryNeed: "SOCIAL_EMOTIONAL_MENTAL_HEALTH",
      responseTargetAt: referral.responseTargetAt.toISOString(),
      responseDeadlineAt: referral.responseDeadlineAt.toISOString(),
      firstRespondedAt: null,
    });
  });

  it("refuses steering and admin with FORBIDDEN", async () => {
    for (const role of ["STEERING", "ADMIN"] as const) {
      expect((await server.gql(MY_ALLOCATION_CURSORS, {}, a[role].token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
  });
});

describe("team", () => {
  it("shows each active staff member who can hold cases, with caseload by level, capacity and blocking reasons for a level", async () => {
    const c = await createServiceWithTeam(server, "Service D");
    await openCase(server, c.MANAGER.token, c.OFFICER.id, 2);
    const res = await server.gql(TEAM, { level: 4 }, c.MANAGER.token);
    expect(res.errors).toBeUndefined();
    const byRole = Object.fromEntries(res.data.team.map((m) => [m.role, m]));
    expect(byRole.OFFICER.openCases).toBe(1);
    expect(byRole.OFFICER.caseload).toEqual([
      { level: 1, openCases: 0 },
      { level: 2, openCases: 1 },
      { level: 3, openCases: 0 },
      { level: 4, openCases: 0 },
    ]);
    expect(byRole.OFFICER.blockingReasons.map((r) => r.code)).toEqual(["NOT_QUALIFIED_FOR_LEVEL"]);
    expect(byRole.VOLUNTEER.blockingReasons[0].message).toMatch(/up to level 2/);
    // Steering members and administrators hold no cases: they are on the accounts page, not the team.
    expect(Object.keys(byRole).sort()).toEqual(["MANAGER", "OFFICER", "VOLUNTEER"]);
  });

  it("adds the conflicts of interest specific to a referral", async () => {
    const o = await officer();
    await server.db.insert(tables.conflictDeclarations).values([
      { serviceId: a.service.id, staffId: o.id, kind: "FAMILY", subject: "Jo Marsh", postcode: "st47qb", declaredOn: "2026-01-01" },
      // The same surname and a different person: not a conflict.
      { serviceId: a.service.id, staffId: o.id, kind: "FAMILY", subject: "Sam Marsh", postcode: "ST4 7QB", declaredOn: "2026-01-01" },
    ]);
    const r = await triagedReferral(server, a.MANAGER.token, 2, { contact: { fullName: "jo  marsh" } });
    const res = await server.gql(TEAM, { r: r.id }, a.MANAGER.token);
    const me = res.data.team.find((m) => m.id === o.id)!;
    expect(me.blockingReasons.map((x) => x.code)).toEqual(["CONFLICT_OF_INTEREST"]);
    // A declaration made today names one person; only the same surname is not a conflict.
    const otherMarsh = await officer();
    await server.db.insert(tables.conflictDeclarations).values({
      serviceId: a.service.id,
      staffId: otherMarsh.id,
      kind: "FAMILY",
      subject: "Sam Marsh",
      dateOfBirth: "1980-02-02",
      declaredOn: "2026-01-01",
    });
    // An older declaration, by surname alone (no second identifier), still matches until re-declared (decision 045).
    const surnameOnly = await officer();
    await server.db
      .insert(tables.conflictDeclarations)
      .values({ serviceId: a.service.id, staffId: surnameOnly.id, kind: "FAMILY", subject: "Marsh", declaredOn: "2024-01-01" });
    const again = await server.gql(TEAM, { r: r.id }, a.MANAGER.token);
    expect(again.data.team.find((m) => m.id === otherMarsh.id)!.blockingReasons).toEqual([]);
    expect(again.data.team.find((m) => m.id === surnameOnly.id)!.blockingReasons.map((x) => x.code)).toEqual(["CONFLICT_OF_INTEREST"]);
  });

  it("lets an administrator see the team but not a referral's details", async () => {
    expect((await server.gql(TEAM, {}, a.ADMIN.token)).errors).toBeUndefined();
    const r = await triagedReferral(server, a.MANAGER.token, 2);
    expect((await server.gql(TEAM, { r: r.id }, a.ADMIN.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses officers, volunteers and steering with FORBIDDEN", async () => {
    for (const role of ["OFFICER", "VOLUNTEER", "STEERING"] as const) {
      expect((await server.gql(TEAM, {}, a[role].token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
  });
});

describe("allocationAssigned", () => {
  it("reaches the allocated staff member and the service's managers only", async () => {
    const other = await officer();
    const mine = await subscribe(server.wsUrl, a.OFFICER.token, ASSIGNED);
    const theirs = await subscribe(server.wsUrl, other.token, ASSIGNED);
    const manager = await subscribe(server.wsUrl, a.MANAGER.token, ASSIGNED);
    const otherService = await subscribe(server.wsUrl, b.MANAGER.token, ASSIGNED);
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    // Read past any earlier test's allocation whose NOTIFY arrived late, up to this one's.
    const thisOne = async (live: typeof mine) => {
      for (;;) {
        const e = await live.next();
        if (e.errors || e.data?.allocationAssigned.id === c.allocationId) return e;
      }
    };
    const got = await thisOne(mine);
    expect(got.data?.allocationAssigned).toMatchObject({
      id: c.allocationId,
      caseId: c.caseId,
      referralReference: c.reference,
      level: 2,
      staffId: a.OFFICER.id,
      acceptedAt: null,
    });
    expect((await thisOne(manager)).data?.allocationAssigned.id).toBe(c.allocationId);
    expect(await theirs.staysQuiet()).toBe(true);
    expect(await otherService.staysQuiet(100)).toBe(true);
    await Promise.all([mine.close(), theirs.close(), manager.close(), otherService.close()]);
  });

  it("refuses steering and admin at subscribe time", async () => {
    const live = await subscribe(server.wsUrl, a.STEERING.token, ASSIGNED);
    const first = await live.next();
    expect(first.errors?.[0].extensions?.code ?? first.errors?.[0].message).toMatch(/FORBIDDEN|access/);
    await live.close();
  });

  it("stops delivering once the subscriber's session is revoked", async () => {
    const o = await officer();
    const live = await subscribe(server.wsUrl, o.token, ASSIGNED);
    await server.db
      .update(tables.sessions)
      .set({ revokedAt: clock })
      .where(and(eq(tables.sessions.staffId, o.id)));
    await openCase(server, a.MANAGER.token, o.id, 1);
    expect(await live.staysQuiet()).toBe(true);
    await live.close();
  });
});
