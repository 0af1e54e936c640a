import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { openCase as openCaseNow, snapshot } from "../support/casework.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";
import type { CreateReferralInput } from "../support/gql/graphql.js";
import type { ReferralOverrides } from "../support/referrals.js";

/*
 * Service user conduct [003] (issue 20, decision 042): an incident is recorded, a manager reviews it,
 * the letter's sending is recorded, removal applies to the whole family, and a new referral from a
 * removed family is flagged for the manager in triage.
 */

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
const morning = new Date("2026-11-25T09:00:00Z");
const clock = morning;

const code = (res: { errors?: readonly { extensions?: { code?: unknown } }[] }) => res.errors?.[0].extensions?.code;
const field = (res: { errors?: readonly { extensions?: { field?: unknown } }[] }) => res.errors?.[0].extensions?.field;

const RECORD = graphql(`mutation ConductRecord($input: RecordConductIncidentInput!) {
  recordConductIncident(input: $input) { id action reviewStatus signposting letterSentOn }
}`);
const REVIEW = graphql(`mutation ConductReview($input: ReviewConductIncidentInput!) {
  reviewConductIncident(input: $input) { id action reviewStatus reviewNote signposting }
}`);
const LETTER = graphql(`mutation ConductLetter($input: RecordConductLetterInput!) {
  recordConductLetter(input: $input) { id letterSentOn }
}`);
const TO_ACT = graphql(`query ConductToAct { conductIncidentsToAct { id referralReference reviewStatus recordedByName } }`);
const CASE = graphql(
  `query ConductCase($id: ID!) { case(id: $id) { id status closureReason conductIncidents { id reviewStatus action } } }`,
);
const REFERRAL = graphql(`query ConductReferral($id: ID!) { referral(id: $id) { id conductFlag { incidentId matchedOn removedOn } } }`);

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
  await server.db.update(tables.staff).set({ capacity: 500 }).where(eq(tables.staff.id, a.OFFICER.id));
});
afterAll(() => server?.close());

const openCase = (level = 2, overrides: ReferralOverrides<CreateReferralInput> = {}) =>
  openCaseNow(server, a.MANAGER.token, a.OFFICER.id, level, { receivedAt: "2026-11-24T10:00:00Z", ...overrides });
const incident = (caseId: string, description = "Abusive phone call to the officer.") => ({
  caseId,
  occurredOn: "2026-11-24",
  description,
});
async function recorded(caseId: string, token = a.OFFICER.token) {
  const res = await server.gql(RECORD, { input: incident(caseId) }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.recordConductIncident;
}
async function upheld(incidentId: string, signposting?: string) {
  const res = await server.gql(
    REVIEW,
    { input: { incidentId, decision: "UPHOLD", note: "Call recording heard.", signposting } },
    a.MANAGER.token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.reviewConductIncident;
}
/** A second referral of the same family (as a merge of their records leaves it). */
async function secondCaseOfFamily(referralId: string) {
  const other = await openCase(2);
  const [first] = await server.db
    .select({ personId: tables.referrals.personId })
    .from(tables.referrals)
    .where(eq(tables.referrals.id, referralId));
  await server.db.update(tables.referrals).set({ personId: first!.personId }).where(eq(tables.referrals.id, other.referralId));
  return other;
}

describe("recordConductIncident", () => {
  it("records an incident awaiting a manager's review, changing nothing on the case, and raises the overdue item", async () => {
    const c = await openCase();
    const first = await recorded(c.caseId);
    expect(first).toMatchObject({ action: "WARNING", reviewStatus: "AWAITING_REVIEW", letterSentOn: null });
    const kase = (await server.gql(CASE, { id: c.caseId }, a.MANAGER.token)).data.case;
    expect(kase.status).toBe("OPEN");
    const list = await server.gql(TO_ACT, {}, a.MANAGER.token);
    expect(list.data.conductIncidentsToAct).toContainEqual(
      expect.objectContaining({ id: first.id, referralReference: c.reference, reviewStatus: "AWAITING_REVIEW" }),
    );
    await server.app.overdue.tick();
    const items = await server.db
      .select()
      .from(tables.overdueItems)
      .where(and(eq(tables.overdueItems.kind, "CONDUCT_REVIEW_AWAITING_MANAGER"), eq(tables.overdueItems.subjectId, first.id)));
    expect(items).toHaveLength(1);
    expect(items[0].clearedAt).toBeNull();
    await upheld(first.id);
    await server.app.overdue.tick();
    const [after] = await server.db.select().from(tables.overdueItems).where(eq(tables.overdueItems.subjectId, first.id));
    expect(after.clearedAt).not.toBeNull();
  });

  it("follows the service's setting: MANAGERS_ONLY refuses the holding officer with FORBIDDEN and changes nothing", async () => {
    const c = await openCase();
    await server.db.update(tables.services).set({ conductRecordedBy: "MANAGERS_ONLY" }).where(eq(tables.services.id, a.service.id));
    try {
      const before = await snapshot(server, c.referralId);
      expect(code(await server.gql(RECORD, { input: incident(c.caseId) }, a.OFFICER.token))).toBe("FORBIDDEN");
      expect(await snapshot(server, c.referralId)).toEqual(before);
      expect((await server.gql(RECORD, { input: incident(c.caseId) }, a.MANAGER.token)).errors).toBeUndefined();
    } finally {
      await server.db.update(tables.services).set({ conductRecordedBy: "CASE_WORKERS" }).where(eq(tables.services.id, a.service.id));
    }
  });

  it("refuses a future date and no description with BAD_USER_INPUT by field", async () => {
    const c = await openCase();
    const future = await server.gql(RECORD, { input: { ...incident(c.caseId), occurredOn: "2026-12-01" } }, a.OFFICER.token);
    expect(field(future)).toBe("input.occurredOn");
    const empty = await server.gql(RECORD, { input: { ...incident(c.caseId), description: " " } }, a.OFFICER.token);
    expect(field(empty)).toBe("input.description");
  });

  it("refuses steering, the volunteer not on the case, another service and an anonymous caller", async () => {
    const c = await openCase();
    expect(code(await server.gql(RECORD, { input: incident(c.caseId) }, a.STEERING.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(RECORD, { input: incident(c.caseId) }, a.VOLUNTEER.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(RECORD, { input: incident(c.caseId) }, b.MANAGER.token))).toBe("NOT_FOUND");
    expect(code(await server.gql(RECORD, { input: incident(c.caseId) }))).toBe("UNAUTHENTICATED");
  });
});

describe("reviewConductIncident", () => {
  it("upholding the first incident is a warning; dismissing records nothing; a second review is CONDUCT_NOT_AWAITING", async () => {
    const c = await openCase();
    const dismissed = await recorded(c.caseId);
    const d = await server.gql(REVIEW, { input: { incidentId: dismissed.id, decision: "DISMISS", note: "Misheard." } }, a.MANAGER.token);
    expect(d.data.reviewConductIncident).toMatchObject({ reviewStatus: "DISMISSED", reviewNote: "Misheard." });
    const first = await recorded(c.caseId);
    expect(first.action).toBe("WARNING");
    expect(await upheld(first.id)).toMatchObject({ reviewStatus: "UPHELD", action: "WARNING" });
    const again = await server.gql(REVIEW, { input: { incidentId: first.id, decision: "DISMISS" } }, a.MANAGER.token);
    expect(code(again)).toBe("CONDUCT_NOT_AWAITING");
    expect((await server.gql(CASE, { id: c.caseId }, a.MANAGER.token)).data.case.status).toBe("OPEN");
  });

  it("upholding a later incident removes the family: every open case of theirs closes, and signposting is required", async () => {
    const c = await openCase();
    const sibling = await secondCaseOfFamily(c.referralId);
    await upheld((await recorded(c.caseId)).id);
    const second = await recorded(c.caseId);
    expect(second.action).toBe("REMOVAL");

    const before = await snapshot(server, c.referralId);
    const unsignposted = await server.gql(REVIEW, { input: { incidentId: second.id, decision: "UPHOLD" } }, a.MANAGER.token);
    expect(unsignposted.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.signposting" });
    expect(await snapshot(server, c.referralId)).toEqual(before);

    expect(await upheld(second.id, "IPSEA advice line")).toMatchObject({ action: "REMOVAL", signposting: "IPSEA advice line" });
    for (const id of [c.caseId, sibling.caseId]) {
      expect((await server.gql(CASE, { id }, a.MANAGER.token)).data.case).toMatchObject({
        status: "CLOSED",
        closureReason: "CONDUCT_REMOVAL",
      });
    }
  });

  it("refuses the holding officer, steering, another service's manager and an anonymous caller", async () => {
    const c = await openCase();
    const i = await recorded(c.caseId);
    const input = { incidentId: i.id, decision: "UPHOLD" as const };
    expect(code(await server.gql(REVIEW, { input }, a.OFFICER.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(REVIEW, { input }, a.STEERING.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(REVIEW, { input }, b.MANAGER.token))).toBe("NOT_FOUND");
    expect(code(await server.gql(REVIEW, { input }))).toBe("UNAUTHENTICATED");
  });
});

describe("recordConductLetter", () => {
  it("records the day the letter was sent for an upheld incident only", async () => {
    const c = await openCase();
    const i = await recorded(c.caseId);
    expect(code(await server.gql(LETTER, { input: { incidentId: i.id, sentOn: "2026-11-25" } }, a.MANAGER.token))).toBe(
      "CONDUCT_NOT_AWAITING",
    );
    await upheld(i.id);
    expect(field(await server.gql(LETTER, { input: { incidentId: i.id, sentOn: "2026-11-26" } }, a.MANAGER.token))).toBe("input.sentOn");
    expect(field(await server.gql(LETTER, { input: { incidentId: i.id, sentOn: "2026-11-20" } }, a.MANAGER.token))).toBe("input.sentOn");
    const sent = await server.gql(LETTER, { input: { incidentId: i.id, sentOn: "2026-11-25" } }, a.MANAGER.token);
    expect(sent.data.recordConductLetter.letterSentOn).toBe("2026-11-25");
    const list = (await server.gql(TO_ACT, {}, a.MANAGER.token)).data.conductIncidentsToAct;
    expect(list.map((x) => x.id)).not.toContain(i.id);
    expect(code(await server.gql(LETTER, { input: { incidentId: i.id, sentOn: "2026-11-25" } }, a.OFFICER.token))).toBe("FORBIDDEN");
  });
});

describe("a new referral from a removed family", () => {
  it("is flagged for the manager in triage (same name and phone), and not shown to an officer", async () => {
    const contact = { fullName: "Ada Removed-Family", phone: "07700 900123", email: "ada.removed@example.org" };
    const c = await openCase(2, { contact });
    await upheld((await recorded(c.caseId)).id);
    const second = await recorded(c.caseId);
    await upheld(second.id, "Contact helpline");

    const again = await server.gql(
      CREATE,
      { input: createReferralInput({ contact: { ...contact, email: "ada.new@example.org" } }) },
      a.MANAGER.token,
    );
    const id = again.data.createReferral.id;
    const flag = (await server.gql(REFERRAL, { id }, a.MANAGER.token)).data.referral.conductFlag;
    expect(flag).toMatchObject({ incidentId: second.id, matchedOn: "name and phone", removedOn: "2026-11-25" });

    const unrelated = await server.gql(CREATE, { input: createReferralInput() }, a.MANAGER.token);
    expect((await server.gql(REFERRAL, { id: unrelated.data.createReferral.id }, a.MANAGER.token)).data.referral.conductFlag).toBeNull();
  });

  it("matches the phone by the one phone rule: +44 and spaces are the same number, another number is not (decision 047)", async () => {
    const contact = { fullName: "Bea Removed-Family", phone: "07911 123456", email: "bea.removed@example.org" };
    const c = await openCase(2, { contact });
    await upheld((await recorded(c.caseId)).id);
    await upheld((await recorded(c.caseId)).id, "Contact helpline");
    const flagOf = async (phone: string) => {
      const res = await server.gql(
        CREATE,
        { input: createReferralInput({ contact: { ...contact, phone, email: "bea.new@example.org" } }) },
        a.MANAGER.token,
      );
      return (await server.gql(REFERRAL, { id: res.data.createReferral.id }, a.MANAGER.token)).data.referral.conductFlag;
    };
    expect(await flagOf("+44 7911-123456")).toMatchObject({ matchedOn: "name and phone" });
    expect(await flagOf("07911 123457")).toBeNull();
  });

  it("matches a name misspelt on the phone as records search does, and not another name on the same phone (person/name.ts)", async () => {
    const contact = { fullName: "Cordelia Removed-Family", phone: "07911 654321", email: "cordelia.removed@example.org" };
    const c = await openCase(2, { contact });
    await upheld((await recorded(c.caseId)).id);
    await upheld((await recorded(c.caseId)).id, "Contact helpline");
    const flagOf = async (fullName: string) => {
      const res = await server.gql(
        CREATE,
        { input: createReferralInput({ contact: { ...contact, fullName, email: "someone.new@example.org" } }) },
        a.MANAGER.token,
      );
      return (await server.gql(REFERRAL, { id: res.data.createReferral.id }, a.MANAGER.token)).data.referral.conductFlag;
    };
    expect(await flagOf("Cordelia Removd-Family")).toMatchObject({ matchedOn: "name and phone" });
    expect(await flagOf("cordelia removed-family")).toMatchObject({ matchedOn: "name and phone" });
    expect(await flagOf("Tobias Okafor")).toBeNull();
  });
});
