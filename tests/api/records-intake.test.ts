import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";
import type { InformationCallInput } from "../support/gql/graphql.js";

/*
 * Issue 19, part 1: what arrives by phone, email, letter or in person is recorded from the
 * dashboard — a full referral (ineligible ones signposted, not refused), a quick information call
 * in one step, an anonymous tally for a caller who declines to be recorded — and all of it counts.
 */

const INFO_CALL = graphql(`mutation RecordInformationCall($input: InformationCallInput!) {
  recordInformationCall(input: $input) {
    id reference status level eligibility channel topic receivedAt firstRespondedAt caseId contact { fullName phone } child { fullName }
  }
}`);
const ANONYMOUS = graphql(`mutation RecordAnonymousEnquiry($input: AnonymousEnquiryInput!) {
  recordAnonymousEnquiry(input: $input) { id channel topic receivedOn }
}`);
const READ = graphql(`query IntakeReferral($id: ID!) { referral(id: $id) { id status eligibility ineligibleReason signposting topic } }`);
const CLOSED_CASE = graphql(`query InformationCallCase($id: ID!) {
  case(id: $id) { id status level closureReason activities { kind minutes summary } }
}`);
const STATS = graphql(`query IntakeStats($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) {
    current {
      referralsReceived { value }
      anonymousEnquiries { value }
      referralsByChannel { cells { key value } }
      referralsByLevel { cells { key value } }
      casesClosedByLevel { cells { key value } }
      activitiesByKind { cells { key value } }
    }
  }
}`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
// Tuesday 24 November 2026, 10:00 London (GMT).
const clock = new Date("2026-11-24T10:00:00Z");
const NOVEMBER = { from: "2026-11-01", to: "2026-11-30" };

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
  // A baseline above the suppression threshold, so that one more of each shows in the figures.
  await server.db.update(tables.services).set({ suppressionK: 2 }).where(eq(tables.services.id, a.service.id));
  for (let i = 0; i < 6; i++) {
    await server.gql(INFO_CALL, { input: call({ receivedAt: `2026-11-0${i + 2}T10:00:00Z` }) }, a.MANAGER.token);
    await server.gql(
      ANONYMOUS,
      { input: { channel: "EMAIL", topic: "OTHER", receivedAt: `2026-11-0${i + 2}T10:00:00Z` } },
      a.MANAGER.token,
    );
    await server.gql(
      CREATE,
      { input: createReferralInput({ channel: "LETTER", receivedAt: `2026-11-0${i + 2}T10:00:00Z` }) },
      a.MANAGER.token,
    );
  }
});
afterAll(() => server?.close());

function call(overrides: Partial<InformationCallInput> = {}): InformationCallInput {
  return {
    channel: "HELPLINE",
    source: "PARENT_CARER",
    consentToRecord: true,
    caller: { fullName: "Priya Shah", phone: "01782 654321" },
    topic: "EHC_NEEDS_ASSESSMENT",
    adviceGiven: "Explained how to request an EHC needs assessment; sent the model letter.",
    minutes: 12,
    ...overrides,
  };
}

async function stats() {
  const res = await server.gql(STATS, NOVEMBER, a.MANAGER.token);
  expect(res.errors).toBeUndefined();
  const c = res.data.serviceStats.current;
  const cell = (cells: { key: string; value?: number | null }[], key: string) => cells.find((x) => x.key === key)?.value ?? 0;
  return {
    received: c.referralsReceived.value ?? 0,
    anonymous: c.anonymousEnquiries.value ?? 0,
    helpline: cell(c.referralsByChannel.cells, "HELPLINE"),
    letter: cell(c.referralsByChannel.cells, "LETTER"),
    level1: cell(c.referralsByLevel.cells, "1"),
    closedLevel1: cell(c.casesClosedByLevel.cells, "1"),
    informationGiven: cell(c.activitiesByKind.cells, "INFORMATION_GIVEN"),
  };
}

async function rowCounts() {
  const [p] = await server.db.select({ n: count() }).from(tables.people);
  const [r] = await server.db.select({ n: count() }).from(tables.referrals);
  const [k] = await server.db.select({ n: count() }).from(tables.cases);
  const [t] = await server.db.select({ n: count() }).from(tables.activities);
  const [e] = await server.db.select({ n: count() }).from(tables.anonymousEnquiries);
  return { people: p.n, referrals: r.n, cases: k.n, activities: t.n, anonymous: e.n };
}

describe("recordInformationCall", () => {
  it("records a helpline call in one step: level 1, answered at once, closed as information given, counted", async () => {
    const before = await stats();
    const res = await server.gql(INFO_CALL, { input: call() }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    const r = res.data.recordInformationCall;
    expect(r).toMatchObject({ status: "CLOSED", level: 1, eligibility: "ELIGIBLE", channel: "HELPLINE", topic: "EHC_NEEDS_ASSESSMENT" });
    expect(r.contact).toEqual({ fullName: "Priya Shah", phone: "01782 654321" });
    expect(r.firstRespondedAt).toBe(r.receivedAt);
    expect(r.reference).toMatch(/^R-[2-9A-Z]{6}$/);

    // The officer who took the call opens the case afterwards: theirs, closed, with the call's minutes.
    const kase = await server.gql(CLOSED_CASE, { id: r.caseId! }, a.OFFICER.token);
    expect(kase.errors).toBeUndefined();
    expect(kase.data.case).toMatchObject({ status: "CLOSED", level: 1, closureReason: "INFORMATION_GIVEN" });
    expect(kase.data.case.activities).toEqual([
      { kind: "INFORMATION_GIVEN", minutes: 12, summary: "Explained how to request an EHC needs assessment; sent the model letter." },
    ]);

    const after = await stats();
    expect(before.helpline).toBeGreaterThanOrEqual(6);
    expect(after.received).toBe(before.received + 1);
    expect(after.helpline).toBe(before.helpline + 1);
    expect(after.level1).toBe(before.level1 + 1);
    expect(after.closedLevel1).toBe(before.closedLevel1 + 1);
    expect(after.informationGiven).toBe(before.informationGiven + 1);
  });

  it("writes an audit event naming fields, never values", async () => {
    const res = await server.gql(INFO_CALL, { input: call({ caller: { fullName: "Audit Canary" } }) }, a.MANAGER.token);
    const events = await server.db
      .select()
      .from(tables.auditEvents)
      .where(eq(tables.auditEvents.entityId, res.data.recordInformationCall.id));
    expect(events.map((e) => e.action)).toContain("intake.information-call");
    expect(JSON.stringify(events)).not.toContain("Canary");
  });

  const bad: [string, Partial<InformationCallInput>, string][] = [
    ["no caller name", { caller: { fullName: "  " } }, "input.caller.fullName"],
    ["a malformed phone number", { caller: { fullName: "Jo", phone: "call me" } }, "input.caller.phone"],
    ["no advice recorded", { adviceGiven: " " }, "input.adviceGiven"],
    ["zero minutes", { minutes: 0 }, "input.minutes"],
    ["a long call", { minutes: 400 }, "input.minutes"],
    ["the web form as channel", { channel: "WEB_FORM" }, "input.channel"],
    ["a time in the future", { receivedAt: "2026-11-25T10:00:00Z" }, "input.receivedAt"],
  ];
  for (const [what, overrides, field] of bad) {
    it(`refuses ${what} with BAD_USER_INPUT on ${field}, storing nothing`, async () => {
      const before = await rowCounts();
      const res = await server.gql(INFO_CALL, { input: call(overrides) }, a.OFFICER.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rowCounts()).toEqual(before);
    });
  }

  it("refuses without consent to record (CONSENT_REQUIRED), storing nothing", async () => {
    const before = await rowCounts();
    const res = await server.gql(INFO_CALL, { input: call({ consentToRecord: false }) }, a.OFFICER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "CONSENT_REQUIRED", field: "input.consentToRecord" });
    expect(await rowCounts()).toEqual(before);
  });

  for (const role of ["VOLUNTEER", "STEERING", "ADMIN"] as const) {
    it(`refuses a ${role.toLowerCase()} with FORBIDDEN, storing nothing`, async () => {
      const before = await rowCounts();
      const res = await server.gql(INFO_CALL, { input: call() }, a[role].token);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await rowCounts()).toEqual(before);
    });
  }

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    expect((await server.gql(INFO_CALL, { input: call() })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("recordAnonymousEnquiry", () => {
  it("counts an enquiry whose caller declined to be recorded, with channel and topic only", async () => {
    const before = await stats();
    const people = await rowCounts();
    const res = await server.gql(ANONYMOUS, { input: { channel: "HELPLINE", topic: "TRANSPORT" } }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.recordAnonymousEnquiry).toMatchObject({ channel: "HELPLINE", topic: "TRANSPORT", receivedOn: "2026-11-24" });
    expect((await stats()).anonymous).toBe(before.anonymous + 1);
    const now = await rowCounts();
    expect({ ...now, anonymous: people.anonymous }).toEqual(people);
  });

  it("refuses a topic outside the list and the web form as channel, storing nothing", async () => {
    const before = await rowCounts();
    const badTopic = await server.gqlUnchecked(
      `mutation { recordAnonymousEnquiry(input: { channel: HELPLINE, topic: "Mrs Smith's son" }) { id } }`,
      {},
      a.OFFICER.token,
    );
    expect(badTopic.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const web = await server.gql(ANONYMOUS, { input: { channel: "WEB_FORM", topic: "OTHER" } }, a.OFFICER.token);
    expect(web.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.channel" });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a steering member and an anonymous caller", async () => {
    const input = { channel: "EMAIL" as const, topic: "OTHER" as const };
    expect((await server.gql(ANONYMOUS, { input }, a.STEERING.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(ANONYMOUS, { input })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("createReferral at intake", () => {
  it("records a young person over 25 as not eligible and signposted, not refused, and counts it", async () => {
    const before = await stats();
    const res = await server.gql(
      CREATE,
      {
        input: createReferralInput({
          channel: "LETTER",
          child: { fullName: "Alex Older", dateOfBirth: "1999-03-01" },
          signposting: "Adult social care SEND team; Citizens Advice.",
        }),
      },
      a.OFFICER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createReferral.status).toBe("SIGNPOSTED");
    const read = await server.gql(READ, { id: res.data.createReferral.id }, a.OFFICER.token);
    expect(read.data.referral).toMatchObject({
      status: "SIGNPOSTED",
      eligibility: "INELIGIBLE",
      ineligibleReason: "Aged 27 at referral: outside 0–25",
      signposting: "Adult social care SEND team; Citizens Advice.",
    });
    const after = await stats();
    expect(after.received).toBe(before.received + 1);
    expect(after.letter).toBe(before.letter + 1);
  });

  it("asks for the signposting of a young person over 25, storing nothing until it is given", async () => {
    const before = await rowCounts();
    const res = await server.gql(CREATE, { input: createReferralInput({ child: { dateOfBirth: "1999-03-01" } }) }, a.OFFICER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.signposting" });
    expect(res.errors?.[0].message).toMatch(/Aged 27, so not eligible/);
    expect(await rowCounts()).toEqual(before);
  });

  it("records an out-of-area enquiry as signposted when the officer gives the reason", async () => {
    const res = await server.gql(
      CREATE,
      {
        input: createReferralInput({
          contact: { postcode: "M1 1AA" },
          topic: "EXCLUSION",
          ineligibleReason: "Lives in Manchester.",
          signposting: "Manchester SENDIASS, 0161 000 0000.",
        }),
      },
      a.OFFICER.token,
    );
    expect(res.errors).toBeUndefined();
    const read = await server.gql(READ, { id: res.data.createReferral.id }, a.MANAGER.token);
    expect(read.data.referral).toMatchObject({ status: "SIGNPOSTED", ineligibleReason: "Lives in Manchester.", topic: "EXCLUSION" });
  });

  it("refuses signposting without a reason for an eligible enquiry", async () => {
    const res = await server.gql(CREATE, { input: createReferralInput({ signposting: "Somewhere" }) }, a.OFFICER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.ineligibleReason" });
  });
});

describe("referral(id) for the officer who entered it", () => {
  it("opens for the officer who created it, and not for another officer or service", async () => {
    const created = await server.gql(CREATE, { input: createReferralInput() }, a.OFFICER.token);
    const id = created.data.createReferral.id;
    expect((await server.gql(READ, { id }, a.OFFICER.token)).data.referral.id).toBe(id);
    const manager = await server.gql(READ, { id }, a.MANAGER.token);
    expect(manager.data.referral.id).toBe(id);

    const byManager = await server.gql(CREATE, { input: createReferralInput() }, a.MANAGER.token);
    const notTheirs = await server.gql(READ, { id: byManager.data.createReferral.id }, a.OFFICER.token);
    expect(notTheirs.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(READ, { id }, a.VOLUNTEER.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(READ, { id }, a.STEERING.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(READ, { id }, b.OFFICER.token)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await server.gql(READ, { id }, b.MANAGER.token)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await server.gql(READ, { id })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
