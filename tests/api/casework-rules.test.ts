import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { openCase as openCaseNow, snapshot } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";
import type { CreateReferralInput, LogActivityInput, RecordConsentInput } from "../support/gql/graphql.js";
import type { ReferralOverrides } from "../support/referrals.js";

/*
 * Casework as the service documents describe it (issue 20): the consent gate for every third-party
 * contact, closing, key dates, safeguarding at intake, level changes, reopening, joint working.
 */

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
// Wednesday 25 November 2026, 09:00 London.
const clock = new Date("2026-11-25T09:00:00Z");
const earlier = "2026-11-25T08:30:00Z";

const code = (res: { errors?: readonly { extensions?: { code?: unknown } }[] }) => res.errors?.[0].extensions?.code;

const CASE = graphql(`query CaseRulesDetail($id: ID!) {
  case(id: $id) {
    id status level closureReason
    activities { kind withFamily consentId partyName }
    consents { id partyName givenBy mayShare current withdrawnOn }
    meetings { id status }
  }
}`);
const LOG = graphql(`mutation CaseRulesLog($input: LogActivityInput!) {
  logActivity(input: $input) { id kind withFamily consentId partyName }
}`);
const CONSENT = graphql(`mutation CaseRulesConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) { id partyName givenBy mayShare current }
}`);

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
  await server.db.update(tables.staff).set({ capacity: 500 }).where(eq(tables.staff.id, a.OFFICER.id));
});
afterAll(() => server?.close());

/** A case on a referral received the day before (so this morning's contacts come after it). */
const openCase = (s: TestServer, token: string, staffId: string, level = 2, overrides: ReferralOverrides<CreateReferralInput> = {}) =>
  openCaseNow(s, token, staffId, level, { receivedAt: "2026-11-24T10:00:00Z", ...overrides });

const activity = (caseId: string, overrides: Partial<LogActivityInput> = {}): LogActivityInput => ({
  caseId,
  kind: "PHONE_CALL",
  occurredAt: earlier,
  minutes: 15,
  withFamily: false,
  summary: "Phoned SENCo",
  ...overrides,
});
const consent = (caseId: string, overrides: Partial<RecordConsentInput> = {}): RecordConsentInput => ({
  caseId,
  partyName: "SENCo",
  partyOrganisation: "Oak Primary School",
  partyType: "SCHOOL",
  granted: true,
  givenOn: "2026-11-20",
  method: "VERBAL",
  reviewOn: "2027-05-20",
  givenBy: "PARENT_CARER",
  mayShare: "The support plan and the last review's notes.",
  ...overrides,
});

describe("logActivity: every third-party contact needs consent", () => {
  it("refuses a phone call not with the family that names no party, with CONSENT_REQUIRED, and changes nothing", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
    const before = await snapshot(server, c.referralId);
    const res = await server.gql(LOG, { input: activity(c.caseId) }, a.OFFICER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "CONSENT_REQUIRED", field: "input.consentId" });
    expect(await snapshot(server, c.referralId)).toEqual(before);
  });

  for (const kind of ["EMAIL", "LETTER", "MEETING_ATTENDED", "INFORMATION_GIVEN"] as const) {
    it(`refuses ${kind} with a party that has no consent on record`, async () => {
      const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
      const before = await snapshot(server, c.referralId);
      const res = await server.gql(LOG, { input: activity(c.caseId, { kind, partyName: "Educational psychologist" }) }, a.OFFICER.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "CONSENT_REQUIRED", field: "input.partyName" });
      expect(await snapshot(server, c.referralId)).toEqual(before);
    });
  }

  it("accepts a third-party call with a current consent, and the timeline names the party", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
    const given = await server.gql(CONSENT, { input: consent(c.caseId) }, a.OFFICER.token);
    expect(given.errors).toBeUndefined();
    expect(given.data.recordConsent).toMatchObject({ givenBy: "PARENT_CARER", mayShare: "The support plan and the last review's notes." });
    const res = await server.gql(LOG, { input: activity(c.caseId, { partyName: "SENCo" }) }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.logActivity).toMatchObject({ consentId: given.data.recordConsent.id, partyName: "SENCo", withFamily: false });
  });

  it("still needs no consent for a note on file or a contact with the family", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
    expect((await server.gql(LOG, { input: activity(c.caseId, { kind: "NOTE" }) }, a.OFFICER.token)).errors).toBeUndefined();
    expect((await server.gql(LOG, { input: activity(c.caseId, { withFamily: true }) }, a.OFFICER.token)).errors).toBeUndefined();
  });
});

describe("recordConsent: who gave it and what may be shared", () => {
  const missing: [string, Partial<RecordConsentInput>, string][] = [
    ["no note of what may be shared", { mayShare: "  " }, "input.mayShare"],
    ["markup in what may be shared", { mayShare: "<b>all</b>" }, "input.mayShare"],
  ];
  for (const [what, overrides, field] of missing) {
    it(`refuses a consent with ${what} on ${field} and stores nothing`, async () => {
      const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
      const before = await snapshot(server);
      const res = await server.gql(CONSENT, { input: consent(c.caseId, overrides) }, a.OFFICER.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await snapshot(server)).toEqual(before);
    });
  }

  it("refuses a consent with no one named as giving it (the API requires givenBy)", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
    const { givenBy: _omitted, ...input } = consent(c.caseId);
    const res = await server.gqlUnchecked(CONSENT, { input });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses another service's manager with NOT_FOUND and the volunteer not holding the case with FORBIDDEN", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
    expect(code(await server.gql(CONSENT, { input: consent(c.caseId) }, b.MANAGER.token))).toBe("NOT_FOUND");
    expect(code(await server.gql(CONSENT, { input: consent(c.caseId) }, a.VOLUNTEER.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(CONSENT, { input: consent(c.caseId) }, a.STEERING.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(CONSENT, { input: consent(c.caseId) }))).toBe("UNAUTHENTICATED");
  });
});

export { CASE };
