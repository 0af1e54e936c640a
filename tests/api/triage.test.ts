import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tables, type Viewer } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { subscribe } from "../support/ws-client.js";
import { executeCounted } from "../support/execute.js";
import { CREATE, createReferralInput, type ReferralOverrides } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";
import type { CreateReferralInput, TriageReferralInput, TriageQueueQuery } from "../support/gql/graphql.js";
import type { GqlResult } from "../support/operation.js";

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
// Wednesday 25 November 2026, 09:00 London.
const clock = new Date("2026-11-25T09:00:00Z");

const QUEUE = graphql(`query TriageQueue($first: Int, $after: String, $filter: TriageQueueFilter) {
  triageQueue(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...ReferralFields } }
  }
}`);
const TRIAGE = graphql(`mutation TriageReferralDecision($input: TriageReferralInput!) {
  triageReferral(input: $input) {
    id status eligibility level ineligibleReason signposting priority priorityReasons { code label weight }
  }
}`);
const REFERRAL_CASE = graphql(`query ReferralCase($id: ID!) { referral(id: $id) { id caseId } }`);
const QUEUE_CASES = graphql(`query QueueCases { triageQueue(first: 40) { edges { node { id caseId } } } }`);
const QUEUE_KEY_DATES = graphql(`query QueueKeyDates { triageQueue(first: 40) { edges { node { id keyDates { id kind on } } } } }`);
const REFERRAL_KEY_DATES = graphql(`query ReferralKeyDates($id: ID!) { referral(id: $id) { keyDates { id kind on } } }`);
/** Every field of a referral: the queue reads every column for it (a narrow selection reads the queue's columns only). */
const QUEUE_EVERY_FIELD = graphql(`query QueueEveryField {
  triageQueue(first: 12) {
    edges {
      node {
        id reference status channel source professionalType referrerName referrerOrganisation familyConsentedToShare
        receivedAt responseTargetAt responseDeadlineAt firstRespondedAt priority priorityReasons { code label weight }
        level eligibility eligibilityChecks { code met label } ineligibleReason signposting possibleDuplicate possibleDuplicateOfId
        currentStage howHeard topic reasonForReferral safeguardingFlag excludedOrNoPlace childInNeedOrLookedAfter
        priorityOverride priorityOverrideReason triageNotes triagedAt overdue decisionMaker personId
        contact { fullName email phone address postcode preferredContact accessibilityNeeds interpreterLanguage ethnicity }
        child { fullName dateOfBirth ageYears educationSetting needsOverview diagnosisStatus primaryNeed }
        nextKeyDate { id kind on rule derivedFromId notes supersededById }
      }
    }
  }
}`);
/** The queue's narrow fields, written with a fragment and an alias (what decides the columns is the field, not how it is written). */
const QUEUE_NARROW = graphql(`query QueueNarrow {
  triageQueue(first: 12) {
    edges {
      node {
        ...QueueNarrowFields
        when: receivedAt
        nextKeyDate { id kind on rule supersededById }
        child { fullName dateOfBirth ageYears }
        decisionMaker overdue personId possibleDuplicateOfId currentStage excludedOrNoPlace childInNeedOrLookedAfter priorityOverrideReason
      }
    }
  }
}
fragment QueueNarrowFields on Referral { ... on Referral { id priority priorityReasons { code label weight } contact { fullName preferredContact accessibilityNeeds } } }`);
const REFERRAL_EVERY_FIELD = graphql(`query ReferralEveryField($id: ID!) {
  referral(id: $id) {
    id reference status channel source professionalType referrerName referrerOrganisation familyConsentedToShare
    receivedAt responseTargetAt responseDeadlineAt firstRespondedAt priority priorityReasons { code label weight }
    level eligibility eligibilityChecks { code met label } ineligibleReason signposting possibleDuplicate possibleDuplicateOfId
    currentStage howHeard topic reasonForReferral safeguardingFlag excludedOrNoPlace childInNeedOrLookedAfter
    priorityOverride priorityOverrideReason triageNotes triagedAt overdue decisionMaker personId
    contact { fullName email phone address postcode preferredContact accessibilityNeeds interpreterLanguage ethnicity }
    child { fullName dateOfBirth ageYears educationSetting needsOverview diagnosisStatus primaryNeed }
    nextKeyDate { id kind on rule derivedFromId notes supersededById }
  }
}`);
const REFERRAL_ID = graphql(`query ReferralId($id: ID!) { referral(id: $id) { id } }`);
const REFERRAL_BY_BAD_ID = graphql(`query ReferralByMalformedId { referral(id: "1 or 1=1") { id } }`);
const ELIGIBILITY = graphql(`query ReferralEligibility($id: ID!) {
  referral(id: $id) { decisionMaker eligibilityChecks { code met label } }
}`);
const REFERRAL_STATUS = graphql(`query ReferralStatus($id: ID!) { referral(id: $id) { status } }`);
const QUEUE_CHANGED = graphql(`subscription QueueChangedLevel { triageQueueChanged { change referralId referral { id level priority } } }`);
const QUEUE_CHANGED_ID = graphql(`subscription QueueChangedReferralId { triageQueueChanged { referralId } }`);
const RECEIVED = graphql(`subscription ReceivedReference { referralReceived { id reference } }`);
const RECEIVED_ID = graphql(`subscription ReceivedId { referralReceived { id } }`);

async function create(token: string, overrides: ReferralOverrides<CreateReferralInput> = {}) {
  const res = await server.gql(CREATE, { input: createReferralInput(overrides) }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createReferral;
}

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
});
afterAll(() => server?.close());

describe("triageQueue", () => {
  it("orders by priority then response deadline, each priority explained by reasons that add up to it", async () => {
    const plain = await create(a.MANAGER.token, { receivedAt: "2026-11-24T15:00:00Z" });
    const older = await create(a.MANAGER.token, { receivedAt: "2026-11-24T09:30:00Z" });
    const safeguarding = await create(a.MANAGER.token, { safeguardingFlag: true, receivedAt: "2026-11-25T08:30:00Z" });
    const tribunal = await create(a.MANAGER.token, {
      receivedAt: "2026-11-25T08:45:00Z",
      currentStage: "APPEAL_TRIBUNAL",
      keyDates: [{ kind: "TRIBUNAL", on: "2026-11-27" }],
    });
    const overdue = await create(a.MANAGER.token, { receivedAt: "2026-11-20T10:00:00Z" });
    await create(b.MANAGER.token, { safeguardingFlag: true });

    const res = await server.gql(QUEUE, { first: 50 }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    const nodes = res.data.triageQueue.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toEqual([safeguarding.id, tribunal.id, overdue.id, older.id, plain.id]);
    for (const n of nodes) expect(n.priorityReasons.reduce((s, r) => s + r.weight, 0)).toBe(n.priority);
    expect(nodes[0].priorityReasons).toEqual([{ code: "SAFEGUARDING", label: "Safeguarding concern flagged", weight: 40 }]);
    expect(nodes[1].priorityReasons).toEqual([
      { code: "KEY_DATE", label: "Tribunal in 2 days (27 Nov)", weight: 30 },
      { code: "STATUTORY_PROCESS", label: "Appeal or tribunal under way", weight: 10 },
    ]);
    expect(nodes[1].nextKeyDate).toEqual({ kind: "TRIBUNAL", on: "2026-11-27" });
    expect(nodes[2].priorityReasons).toEqual([{ code: "PAST_MAXIMUM", label: "Response maximum passed", weight: 20 }]);
    // Received Tuesday 09:30: target Wednesday 09:30 not yet passed at 09:00; equal priority, earlier deadline first.
    expect(nodes[3].priority).toBe(0);
    expect(res.data.triageQueue.totalCount).toBe(5);
  });

  it("pages with cursors without losing or repeating a row", async () => {
    const all = await server.gql(QUEUE, { first: 100 }, a.MANAGER.token);
    const ids = all.data.triageQueue.edges.map((e) => e.node.id);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: GqlResult<TriageQueueQuery> = await server.gql(QUEUE, { first: 2, after }, a.MANAGER.token);
      paged.push(...page.data.triageQueue.edges.map((e) => e.node.id));
      after = page.data.triageQueue.pageInfo.hasNextPage ? page.data.triageQueue.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(ids);
  });

  it("filters by channel and by overdue", async () => {
    await create(a.MANAGER.token, { channel: "LETTER", receivedAt: "2026-11-25T08:00:00Z" });
    const letters = await server.gql(QUEUE, { filter: { channel: ["LETTER"] } }, a.MANAGER.token);
    expect(letters.data.triageQueue.edges.map((e) => e.node.channel)).toEqual(["LETTER"]);
    const overdue = await server.gql(QUEUE, { filter: { overdue: true } }, a.MANAGER.token);
    expect(overdue.data.triageQueue.edges.length).toBeGreaterThan(0);
    for (const e of overdue.data.triageQueue.edges) expect(new Date(e.node.responseTargetAt) <= clock).toBe(true);
  });

  it("filters by the safeguarding flag, both ways", async () => {
    const flagged = await create(a.MANAGER.token, { safeguardingFlag: true });
    const only = await server.gql(QUEUE, { filter: { safeguarding: true }, first: 100 }, a.MANAGER.token);
    const ids = only.data.triageQueue.edges.map((e) => e.node.id);
    expect(ids).toContain(flagged.id);
    for (const e of only.data.triageQueue.edges) expect(e.node.safeguardingFlag).toBe(true);
    const none = await server.gql(QUEUE, { filter: { safeguarding: false }, first: 100 }, a.MANAGER.token);
    expect(none.data.triageQueue.edges.map((e) => e.node.id)).not.toContain(flagged.id);
    expect(none.data.triageQueue.edges.length + ids.length).toBe(none.data.triageQueue.totalCount + only.data.triageQueue.totalCount);
  });

  it("filters by every status: queue statuses narrow the queue, the others match nothing", async () => {
    // One referral in each status (set directly: the fixture, not the workflow, is under test here).
    const statuses = ["NEW", "TRIAGED", "POOLED", "ALLOCATED", "SIGNPOSTED", "CLOSED"] as const;
    const made: Record<string, string> = {};
    for (const status of statuses) {
      const r = await create(a.MANAGER.token, { receivedAt: "2026-11-25T08:30:00Z" });
      await server.db.update(tables.referrals).set({ status }).where(eq(tables.referrals.id, r.id));
      made[status] = r.id;
    }
    for (const status of statuses) {
      const res = await server.gql(QUEUE, { first: 100, filter: { status: [status] } }, a.MANAGER.token);
      expect(res.errors, status).toBeUndefined();
      const { edges, totalCount } = res.data.triageQueue;
      if (["NEW", "TRIAGED", "POOLED"].includes(status)) {
        expect(edges.map((e) => e.node.id)).toContain(made[status]);
        expect(new Set(edges.map((e) => e.node.status))).toEqual(new Set([status]));
      } else {
        expect({ edges, totalCount }).toEqual({ edges: [], totalCount: 0 });
        // Beside a queue status, a status outside the queue only drops out.
        const mixed = await server.gql(QUEUE, { first: 100, filter: { status: [status, "TRIAGED"] } }, a.MANAGER.token);
        expect(mixed.errors).toBeUndefined();
        expect(mixed.data.triageQueue.edges.map((e) => e.node.id)).toContain(made.TRIAGED);
        expect(new Set(mixed.data.triageQueue.edges.map((e) => e.node.status))).toEqual(new Set(["TRIAGED"]));
      }
    }
  });

  it("runs exactly one SQL statement for a page, whether it holds 1 row or 40", async () => {
    const small = await executeCounted(server, a.MANAGER.token, QUEUE, { first: 1 });
    expect(small.result.errors).toBeUndefined();
    expect(small.count).toBe(1);
    for (let i = 0; i < 35; i++) await create(a.MANAGER.token);
    const large = await executeCounted(server, a.MANAGER.token, QUEUE, { first: 40 });
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data.triageQueue.edges.length).toBe(40);
    expect(large.count).toBe(1);
  });

  it("names the case a referral became, with one more statement for a whole page", async () => {
    const { openCase, triagedReferral } = await import("../support/casework.js");
    const waiting = await triagedReferral(server, a.MANAGER.token, 1);
    const allocated = await openCase(server, a.MANAGER.token, a.OFFICER.id, 1);
    expect((await server.gql(REFERRAL_CASE, { id: waiting.id }, a.MANAGER.token)).data.referral).toEqual({ id: waiting.id, caseId: null });
    expect((await server.gql(REFERRAL_CASE, { id: allocated.referralId }, a.MANAGER.token)).data.referral).toEqual({
      id: allocated.referralId,
      caseId: allocated.caseId,
    });
    const counted = await executeCounted(server, a.MANAGER.token, QUEUE_CASES);
    expect(counted.result.errors).toBeUndefined();
    expect(counted.result.data.triageQueue.edges.length).toBeGreaterThan(20);
    expect(counted.count).toBe(2);
  });

  it("answers a field alike whether the page read every column or only the queue's (decision 051)", async () => {
    await create(a.MANAGER.token, { receivedAt: "2026-11-25T08:50:00Z", keyDates: [{ kind: "TRIBUNAL", on: "2026-11-30" }] });
    await create(a.MANAGER.token, { receivedAt: "2026-11-25T08:55:00Z", ethnicity: "ASIAN" });
    const every = await server.gql(QUEUE_EVERY_FIELD, {}, a.MANAGER.token);
    const narrow = await server.gql(QUEUE_NARROW, {}, a.MANAGER.token);
    expect(every.errors).toBeUndefined();
    expect(narrow.errors).toBeUndefined();
    const full = every.data!.triageQueue.edges.map((e) => e.node);
    const rows = narrow.data!.triageQueue.edges.map((e) => e.node);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((r) => r.id)).toEqual(full.map((r) => r.id));
    // The data has what the narrow page leaves out: contact details, free text, key dates.
    expect(full.some((r) => r.contact?.email && r.reasonForReferral && r.child?.needsOverview)).toBe(true);
    expect(full.some((r) => r.nextKeyDate)).toBe(true);
    rows.forEach((row, i) => {
      const f = full[i]!;
      const { when, contact, child, nextKeyDate, ...rest } = row;
      expect(when).toBe(f.receivedAt);
      for (const [key, value] of Object.entries(rest)) expect([key, value]).toEqual([key, f[key as keyof typeof f]]);
      expect(contact).toEqual(
        f.contact && {
          fullName: f.contact.fullName,
          preferredContact: f.contact.preferredContact,
          accessibilityNeeds: f.contact.accessibilityNeeds,
        },
      );
      expect(child).toEqual(f.child && { fullName: f.child.fullName, dateOfBirth: f.child.dateOfBirth, ageYears: f.child.ageYears });
      const { derivedFromId: _d, notes: _n, ...nextKeyDateNarrow } = f.nextKeyDate ?? {};
      expect(nextKeyDate).toEqual(f.nextKeyDate && nextKeyDateNarrow);
    });
    // And every field of a queue row as the referral itself answers it.
    for (const row of full.slice(0, 5)) {
      const one = await server.gql(REFERRAL_EVERY_FIELD, { id: row.id }, a.MANAGER.token);
      expect(one.data?.referral).toEqual(row);
    }
  });

  it("lists every referral's key dates with one more statement for a whole page", async () => {
    const counted = await executeCounted(server, a.MANAGER.token, QUEUE_KEY_DATES);
    expect(counted.result.errors).toBeUndefined();
    const edges = counted.result.data.triageQueue.edges;
    expect(edges.length).toBeGreaterThan(20);
    expect(counted.count).toBe(2);
    // The same dates as asking for each referral on its own, in date order.
    const withDates = edges.filter((e) => e.node.keyDates.length > 0);
    expect(withDates.length).toBeGreaterThan(0);
    for (const e of withDates.slice(0, 3)) {
      const one = await server.gql(REFERRAL_KEY_DATES, { id: e.node.id }, a.MANAGER.token);
      expect(one.data.referral.keyDates).toEqual(e.node.keyDates);
      const days = e.node.keyDates.map((k) => k.on);
      expect(days).toEqual([...days].sort());
    }
  });

  it("writes an audit event for every referral a page shows, with field names and no values", async () => {
    const res = await server.gql(QUEUE, { first: 3 }, a.MANAGER.token);
    const shown = res.data.triageQueue.edges.map((e) => e.node.id);
    const events = await server.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.action, "referral.list"));
    for (const id of shown) expect(events.some((e) => e.entityId === id && e.actorStaffId === a.MANAGER.id)).toBe(true);
    expect(JSON.stringify(events)).not.toContain("Bloggs");
  });

  for (const role of ["OFFICER", "VOLUNTEER", "STEERING", "ADMIN"] as const) {
    it(`refuses a ${role.toLowerCase()} with FORBIDDEN`, async () => {
      const res = await server.gql(QUEUE, {}, a[role].token);
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });
  }

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    expect((await server.gql(QUEUE, {})).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("shows a manager only their own service's referrals", async () => {
    const res = await server.gql(QUEUE, { first: 100 }, b.MANAGER.token);
    expect(res.data.triageQueue.totalCount).toBe(1);
  });
});

describe("referral", () => {
  it("answers NOT_FOUND for another service's referral", async () => {
    const theirs = await create(b.MANAGER.token);
    const res = await server.gql(REFERRAL_ID, { id: theirs.id }, a.MANAGER.token);
    expect(res.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("answers BAD_USER_INPUT for an id that is not an id", async () => {
    const res = await server.gql(REFERRAL_BY_BAD_ID, {}, a.MANAGER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("shows eligibility checks and who decides", async () => {
    const r = await create(a.MANAGER.token, {
      child: { fullName: "Kim Older", dateOfBirth: "2009-01-01" },
      contact: { postcode: "M1 1AA" },
    });
    const res = await server.gql(ELIGIBILITY, { id: r.id }, a.MANAGER.token);
    expect(res.data.referral.decisionMaker).toBe("YOUNG_PERSON");
    expect(res.data.referral.eligibilityChecks).toEqual([
      { code: "AGE", met: true, label: "Aged 17 at referral (0–25)" },
      { code: "SEND_CONCERN", met: true, label: "SEND concern described" },
      { code: "RESIDENCE", met: false, label: "Postcode M1 is outside Stoke-on-Trent" },
    ]);
  });
});

describe("triageReferral", () => {
  it("records eligibility, level and an explained override, and tells the queue's subscribers", async () => {
    // Subscribed before the referral arrives, so its own arrival comes first however late its NOTIFY is.
    const live = await subscribe(server.wsUrl, a.MANAGER.token, QUEUE_CHANGED);
    const r = await create(a.MANAGER.token);
    const arrived = (e: Awaited<ReturnType<typeof live.next>>) =>
      e.data?.triageQueueChanged?.change === "ADDED" && e.data.triageQueueChanged.referralId === r.id;
    while (!arrived(await live.next()));
    const res = await server.gql(
      TRIAGE,
      {
        input: {
          referralId: r.id,
          eligibility: "ELIGIBLE",
          level: 3,
          priorityOverride: 60,
          priorityOverrideReason: "Parent in hospital next week",
        },
      },
      a.MANAGER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.triageReferral).toMatchObject({ status: "TRIAGED", eligibility: "ELIGIBLE", level: 3, priority: 60 });
    expect(res.data.triageReferral.priorityReasons.at(-1)).toEqual({
      code: "MANAGER_OVERRIDE",
      label: "Set by manager: Parent in hospital next week",
      weight: 60,
    });
    const event = await live.next();
    expect(event.data?.triageQueueChanged).toEqual({ change: "UPDATED", referralId: r.id, referral: { id: r.id, level: 3, priority: 60 } });
    await live.close();
  });

  it("closes an ineligible referral as signposted, with the reason, and keeps it", async () => {
    const r = await create(a.MANAGER.token);
    const res = await server.gql(
      TRIAGE,
      {
        input: {
          referralId: r.id,
          eligibility: "INELIGIBLE",
          ineligibleReason: "Lives in Cheshire East",
          signposting: "Cheshire East SENDIASS",
        },
      },
      a.MANAGER.token,
    );
    expect(res.data.triageReferral).toMatchObject({
      status: "SIGNPOSTED",
      ineligibleReason: "Lives in Cheshire East",
      signposting: "Cheshire East SENDIASS",
    });
    const queue = await server.gql(QUEUE, { first: 100 }, a.MANAGER.token);
    expect(queue.data.triageQueue.edges.some((e) => e.node.id === r.id)).toBe(false);
    const again = await server.gql(REFERRAL_STATUS, { id: r.id }, a.MANAGER.token);
    expect(again.data.referral.status).toBe("SIGNPOSTED");
  });

  const refusals: [string, (id: string) => TriageReferralInput, string][] = [
    ["an eligible decision with no level", (id) => ({ referralId: id, eligibility: "ELIGIBLE" }), "input.level"],
    ["level 5", (id) => ({ referralId: id, eligibility: "ELIGIBLE", level: 5 }), "input.level"],
    [
      "an ineligible decision with no signposting",
      (id) => ({ referralId: id, eligibility: "INELIGIBLE", ineligibleReason: "Out of area" }),
      "input.signposting",
    ],
    [
      "an override with no reason",
      (id) => ({ referralId: id, eligibility: "ELIGIBLE", level: 2, priorityOverride: 90 }),
      "input.priorityOverrideReason",
    ],
  ];
  for (const [what, input, field] of refusals) {
    it(`refuses ${what} on ${field} and changes nothing`, async () => {
      const r = await create(a.MANAGER.token);
      const [before] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, r.id));
      const res = await server.gql(TRIAGE, { input: input(r.id) }, a.MANAGER.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      const [after] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, r.id));
      expect(after).toEqual(before);
    });
  }

  it("refuses to re-triage a signposted referral with CONFLICT", async () => {
    const r = await create(a.MANAGER.token);
    await server.gql(
      TRIAGE,
      { input: { referralId: r.id, eligibility: "INELIGIBLE", ineligibleReason: "x", signposting: "y" } },
      a.MANAGER.token,
    );
    const res = await server.gql(TRIAGE, { input: { referralId: r.id, eligibility: "ELIGIBLE", level: 1 } }, a.MANAGER.token);
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
  });

  it("refuses another service's manager with NOT_FOUND and changes nothing", async () => {
    const r = await create(a.MANAGER.token);
    const res = await server.gql(TRIAGE, { input: { referralId: r.id, eligibility: "ELIGIBLE", level: 1 } }, b.MANAGER.token);
    expect(res.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const [row] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, r.id));
    expect(row.status).toBe("NEW");
  });

  for (const role of ["OFFICER", "VOLUNTEER", "STEERING", "ADMIN"] as const) {
    it(`refuses a ${role.toLowerCase()} with FORBIDDEN`, async () => {
      const r = await create(a.MANAGER.token);
      const res = await server.gql(TRIAGE, { input: { referralId: r.id, eligibility: "ELIGIBLE", level: 1 } }, a[role].token);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });
  }
});

/** Who, other than `except`, read the referral (sorted staff ids), from the audit trail. */
async function readersOf(referralId: string, except: string) {
  const reads = await server.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.entityId, referralId));
  return reads
    .filter((e) => e.action === "referral.read" && e.actorStaffId !== except)
    .map((e) => e.actorStaffId)
    .sort();
}

describe("referralReceived fan-out", () => {
  it("reaches every manager of the service and audits each delivery", async () => {
    const managers = [
      a.MANAGER,
      ...(await Promise.all(
        [0, 1, 2, 3].map(async () => {
          const { createStaff, signIn } = await import("../support/factories.js");
          const m = await createStaff(server, { serviceId: a.service.id, role: "MANAGER" });
          return { id: m.id, token: await signIn(server, m.email) };
        }),
      )),
    ];
    const lives = await Promise.all(managers.map((m) => subscribe(server.wsUrl, m.token, RECEIVED)));
    const r = await create(a.OFFICER.token);
    const events = await Promise.all(lives.map((l) => l.next(2000)));
    for (const e of events) expect(e.data?.referralReceived.id).toBe(r.id);
    // The officer who entered it read it back once; each manager's delivery is one more read (the
    // delivery audit rows are written in batches, a turn after the frames).
    await expect.poll(() => readersOf(r.id, a.OFFICER.id)).toEqual(managers.map((m) => m.id).sort());
    await Promise.all(lives.map((l) => l.close()));
  });
});

describe("shared delivery (one execution per event, document and scope)", () => {
  it("executes a document once for all managers, gives each document its own shape, and audits every receiver", async () => {
    const { createStaff, signIn } = await import("../support/factories.js");
    const extra = await Promise.all(
      [0, 1].map(async () => {
        const m = await createStaff(server, { serviceId: a.service.id, role: "MANAGER" });
        return { id: m.id, token: await signIn(server, m.email) };
      }),
    );
    const managers = [a.MANAGER, ...extra];
    const wide = graphql(`subscription Wide { referralReceived { id reference status } }`);
    const narrow = graphql(`subscription Narrow { referralReceived { theId: id } }`);
    const sameDoc = await Promise.all(managers.map((m) => subscribe(server.wsUrl, m.token, wide)));
    const other = await subscribe(server.wsUrl, extra[0]!.token, narrow);
    const otherService = await subscribe(server.wsUrl, b.MANAGER.token, wide);
    const officer = await subscribe(server.wsUrl, a.OFFICER.token, wide);
    expect((await officer.next()).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const before = server.app.fanoutStats();
    expect(before.open).toBe(5);

    const r = await create(a.OFFICER.token);
    const results = await Promise.all(sameDoc.map((l) => l.next(2000)));
    for (const e of results) expect(e).toEqual({ data: { referralReceived: { id: r.id, reference: r.reference, status: "NEW" } } });
    expect(await other.next(2000)).toEqual({ data: { referralReceived: { theId: r.id } } });
    expect(await otherService.staysQuiet(300)).toBe(true);
    const after = server.app.fanoutStats();
    // Two documents in one scope (the service's managers): two executions, four frames.
    expect(after.executions - before.executions).toBe(2);
    expect(after.deliveries - before.deliveries).toBe(4);

    await expect.poll(() => readersOf(r.id, a.OFFICER.id)).toEqual([...managers.map((m) => m.id), extra[0]!.id].sort());

    // A completed subscription is forgotten as its socket closes and receives nothing more.
    await other.close();
    await expect.poll(() => server.app.fanoutStats().open).toBe(4);
    await Promise.all([...sameDoc, otherService, officer].map((l) => l.close()));
    await expect.poll(() => server.app.fanoutStats().open).toBe(0);
  });

  it("stops delivering to a session that ended, while others of the same scope still receive", async () => {
    const { createStaff, signIn } = await import("../support/factories.js");
    const m = await createStaff(server, { serviceId: a.service.id, role: "MANAGER" });
    const token = await signIn(server, m.email);
    const ending = await subscribe(server.wsUrl, token, RECEIVED_ID);
    const staying = await subscribe(server.wsUrl, a.MANAGER.token, RECEIVED_ID);
    // Ended in the database only (as another instance would end it): the per-event re-check must catch it.
    await server.db.update(tables.sessions).set({ revokedAt: clock }).where(eq(tables.sessions.staffId, m.id));
    const r = await create(a.OFFICER.token);
    expect((await staying.next(2000)).data?.referralReceived.id).toBe(r.id);
    // Sent nothing more; its socket closed as the revocation arrived.
    expect((await ending.closed).code).toBe(4401);
    expect(ending.results.filter((x) => x.data)).toEqual([]);
    await Promise.all([ending.close(), staying.close()]);
  });
});

describe("re-checking many subscribers at once", () => {
  it("finds exactly the sessions the one-row-per-session check finds, with current roles", async () => {
    const { createStaff, signIn } = await import("../support/factories.js");
    const { findViewerByToken, recheckSession, recheckViewers } = await import("server");
    const deps = server.app.deps;
    const people = await Promise.all([0, 1, 2, 3, 4].map(() => createStaff(server, { serviceId: a.service.id, role: "OFFICER" })));
    const tokens = await Promise.all(people.flatMap((p) => [signIn(server, p.email), signIn(server, p.email)]));
    const viewers = (
      await Promise.all(tokens.map((t) => findViewerByToken({ db: deps.db, token: t, policy: deps.sessionPolicy, now: clock })))
    ).map((v) => v!);
    const [p0, p1, , p3] = people;
    // Revoked, idle too long, past its absolute expiry, deleted; a deactivated person; a promoted one.
    await server.db.update(tables.sessions).set({ revokedAt: clock }).where(eq(tables.sessions.id, viewers[0]!.sessionId));
    await server.db
      .update(tables.sessions)
      .set({ lastSeenAt: new Date(clock.getTime() - 31 * 60_000) })
      .where(eq(tables.sessions.id, viewers[2]!.sessionId));
    await server.db.update(tables.sessions).set({ expiresAt: clock }).where(eq(tables.sessions.id, viewers[4]!.sessionId));
    await server.db.delete(tables.sessions).where(eq(tables.sessions.id, viewers[5]!.sessionId));
    await server.db.update(tables.staff).set({ active: false }).where(eq(tables.staff.id, p3!.id));
    await server.db.update(tables.staff).set({ role: "MANAGER" }).where(eq(tables.staff.id, p1!.id));
    const opts = { db: deps.db, policy: deps.sessionPolicy, now: clock };
    const simple = new Map<string, Viewer>();
    for (const v of viewers) {
      const found = await recheckSession({ ...opts, sessionId: v.sessionId });
      if (found) simple.set(found.sessionId, found);
    }
    const batched = await recheckViewers({ ...opts, viewers });
    const shape = (m: Map<string, { sessionId: string; staffId: string; role: string; serviceId: string }>) =>
      [...m.values()].map((v) => `${v.sessionId}:${v.staffId}:${v.role}:${v.serviceId}`).sort();
    expect(shape(batched)).toEqual(shape(simple));
    // The promoted person's sessions ended with the promotion (migration 0011).
    expect([...batched.keys()].sort()).toEqual([viewers[1], viewers[8], viewers[9]].map((v) => v!.sessionId).sort());
    expect(batched.get(viewers[1]!.sessionId)?.staffId).toBe(p0!.id);
    expect(batched.get(viewers[8]!.sessionId)?.role).toBe("OFFICER");
    expect((await recheckViewers({ ...opts, viewers: [] })).size).toBe(0);
  });
});

describe("triageQueueChanged", () => {
  it("tells another service's manager nothing", async () => {
    const live = await subscribe(server.wsUrl, b.MANAGER.token, QUEUE_CHANGED_ID);
    await create(a.MANAGER.token);
    expect(await live.staysQuiet()).toBe(true);
    await live.close();
  });

  it("stops delivering when the subscriber's role changes: the session ends and the socket closes", async () => {
    const { createStaff, signIn } = await import("../support/factories.js");
    const manager = await createStaff(server, { serviceId: a.service.id, role: "MANAGER" });
    const live = await subscribe(server.wsUrl, await signIn(server, manager.email), QUEUE_CHANGED_ID);
    await create(a.MANAGER.token);
    expect((await live.next()).data?.triageQueueChanged.referralId).toBeTruthy();
    await server.db.update(tables.staff).set({ role: "OFFICER" }).where(eq(tables.staff.id, manager.id));
    expect((await live.closed).code).toBe(4401);
    await server.gql(CREATE, { input: createReferralInput() }, a.OFFICER.token);
    await new Promise((r) => setTimeout(r, 300));
    expect(live.results.filter((x) => x.data)).toEqual([]);
    await live.close();
  });
});
