import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { PICK_UP, openCase as openCaseNow, snapshot, triagedReferral } from "../support/casework.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { subscribe } from "../support/ws-client.js";
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
const morning = new Date("2026-11-25T09:00:00Z");
let clock = morning;
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

const CLOSE = graphql(`mutation CaseRulesClose($input: CloseCaseInput!) {
  closeCase(input: $input) { evaluationToken case { status closureReason } }
}`);
const SCHEDULE = graphql(`mutation CaseRulesSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id status } }`);
const ADD_KEY_DATE = graphql(`mutation CaseRulesAddKeyDate($r: ID!, $input: KeyDateInput!) {
  addKeyDate(referralId: $r, input: $input) { id keyDates { id kind on derivedFromId supersededById } }
}`);

describe("closeCase", () => {
  it("refuses OUTCOME_ACHIEVED on an allocation nobody picked up with no work recorded, with NO_WORK_RECORDED, and changes nothing", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
    const before = await snapshot(server, c.referralId);
    const res = await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "OUTCOME_ACHIEVED" } }, a.OFFICER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "NO_WORK_RECORDED", field: "input.reason" });
    expect(await snapshot(server, c.referralId)).toEqual(before);
  });

  it("closes an unworked case for another reason without issuing an evaluation code", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
    const before = await snapshot(server);
    const res = await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "NO_CONTACT" } }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.closeCase).toEqual({ evaluationToken: null, case: { status: "CLOSED", closureReason: "NO_CONTACT" } });
    expect((await snapshot(server)).invitations).toBe(before.invitations);
  });

  it("closes a case with work recorded as outcome achieved, cancelling booked meetings and ending current consents", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
    const given = await server.gql(CONSENT, { input: consent(c.caseId) }, a.OFFICER.token);
    await server.gql(LOG, { input: activity(c.caseId, { withFamily: true }) }, a.OFFICER.token);
    const meeting = await server.gql(
      SCHEDULE,
      { input: { caseId: c.caseId, kind: "Annual review", scheduledAt: "2026-12-20T10:00:00Z", noticeReceivedOn: "2026-11-24" } },
      a.OFFICER.token,
    );
    const res = await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "OUTCOME_ACHIEVED" } }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.closeCase.evaluationToken).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const kase = (await server.gql(CASE, { id: c.caseId }, a.MANAGER.token)).data.case;
    expect(kase.meetings).toEqual([{ id: meeting.data.scheduleMeeting.id, status: "CANCELLED" }]);
    expect(kase.consents).toEqual([expect.objectContaining({ id: given.data.recordConsent.id, current: false, withdrawnOn: null })]);
    const [row] = await server.db.select().from(tables.consents).where(eq(tables.consents.id, given.data.recordConsent.id));
    expect(row.endedOn).toBe("2026-11-25");
  });

  it("lets an allocation picked up but with nothing logged close as outcome achieved", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
    await server.gql(PICK_UP, { id: c.allocationId }, a.OFFICER.token);
    const res = await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "OUTCOME_ACHIEVED" } }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.closeCase.evaluationToken).not.toBeNull();
  });
});

describe("addKeyDate", () => {
  it("lets the officer holding the case add a key date", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
    const res = await server.gql(ADD_KEY_DATE, { r: c.referralId, input: { kind: "TRIBUNAL", on: "2027-02-10" } }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.addKeyDate.keyDates).toEqual([expect.objectContaining({ kind: "TRIBUNAL", on: "2027-02-10", supersededById: null })]);
  });

  it("refuses an officer not holding the case, the former holder of a closed case, steering, another service and an anonymous caller", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
    const input = { kind: "TRIBUNAL" as const, on: "2027-02-10" };
    const before = await server.db.select().from(tables.keyDates).where(eq(tables.keyDates.referralId, c.referralId));
    expect(code(await server.gql(ADD_KEY_DATE, { r: c.referralId, input }, a.VOLUNTEER.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(ADD_KEY_DATE, { r: c.referralId, input }, a.STEERING.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(ADD_KEY_DATE, { r: c.referralId, input }, b.MANAGER.token))).toBe("NOT_FOUND");
    expect(code(await server.gql(ADD_KEY_DATE, { r: c.referralId, input }))).toBe("UNAUTHENTICATED");
    await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "NO_CONTACT" } }, a.OFFICER.token);
    expect(code(await server.gql(ADD_KEY_DATE, { r: c.referralId, input }, a.OFFICER.token))).toBe("FORBIDDEN");
    expect(await server.db.select().from(tables.keyDates).where(eq(tables.keyDates.referralId, c.referralId))).toEqual(before);
  });

  it("marks an appeal deadline superseded by the one a mediation certificate sets", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
    const first = await server.gql(
      ADD_KEY_DATE,
      { r: c.referralId, input: { kind: "DECISION_LETTER", on: "2026-11-02" } },
      a.OFFICER.token,
    );
    const original = first.data.addKeyDate.keyDates.find((d) => d.kind === "APPEAL_DEADLINE")!;
    expect(original).toMatchObject({ on: "2027-01-02", supersededById: null });
    const second = await server.gql(
      ADD_KEY_DATE,
      { r: c.referralId, input: { kind: "MEDIATION_CERTIFICATE", on: "2026-12-20" } },
      a.OFFICER.token,
    );
    const deadlines = second.data.addKeyDate.keyDates.filter((d) => d.kind === "APPEAL_DEADLINE");
    const current = deadlines.find((d) => d.id !== original.id)!;
    expect(current).toMatchObject({ on: "2027-01-20", supersededById: null });
    expect(deadlines.find((d) => d.id === original.id)).toMatchObject({ supersededById: current.id });
  });

  it("keeps the later appeal deadline when a mediation certificate would bring it forward (whichever is later)", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id);
    await server.gql(ADD_KEY_DATE, { r: c.referralId, input: { kind: "DECISION_LETTER", on: "2026-11-30" } }, a.OFFICER.token);
    // The certificate's month ends on 3 January; the decision's two months on 30 January.
    const res = await server.gql(
      ADD_KEY_DATE,
      { r: c.referralId, input: { kind: "MEDIATION_CERTIFICATE", on: "2026-12-03" } },
      a.OFFICER.token,
    );
    const deadlines = res.data.addKeyDate.keyDates.filter((d) => d.kind === "APPEAL_DEADLINE");
    const fromDecision = deadlines.find((d) => d.on === "2027-01-30")!;
    expect(fromDecision).toMatchObject({ supersededById: null });
    expect(deadlines.find((d) => d.on === "2027-01-03")).toMatchObject({ supersededById: fromDecision.id });
    // A deadline entered by hand (the tribunal's letter gives it) is the current one whatever its date.
    const entered = await server.gql(
      ADD_KEY_DATE,
      { r: c.referralId, input: { kind: "APPEAL_DEADLINE", on: "2027-01-15" } },
      a.OFFICER.token,
    );
    const current = entered.data.addKeyDate.keyDates.filter((d) => d.kind === "APPEAL_DEADLINE" && d.supersededById === null);
    expect(current).toEqual([expect.objectContaining({ on: "2027-01-15" })]);
  });
});

const RAISE = graphql(`mutation CaseRulesRaise($input: RaiseSafeguardingConcernInput!) {
  raiseSafeguardingConcern(input: $input) { id referralId caseId raisedById }
}`);
const ALERT = graphql(`subscription CaseRulesSafeguardingAlert { safeguardingAlert { id referralId raisedByName summary } }`);
const UNACKNOWLEDGED = graphql(`query CaseRulesUnacknowledged { unacknowledgedSafeguardingConcerns { id referralReference } }`);

describe("safeguarding at intake", () => {
  it("createReferral with the safeguarding flag raises a concern and alerts the service's managers at once", async () => {
    const manager = await subscribe(server.wsUrl, a.MANAGER.token, ALERT);
    const otherService = await subscribe(server.wsUrl, b.MANAGER.token, ALERT);
    const created = await server.gql(CREATE, { input: createReferralInput({ safeguardingFlag: true }) }, a.OFFICER.token);
    expect(created.errors).toBeUndefined();
    const referral = created.data.createReferral;
    const event = await manager.next(5000);
    expect(event.data?.safeguardingAlert).toMatchObject({ referralId: referral.id });
    expect(event.data?.safeguardingAlert?.summary).toMatch(/flagged when the referral was entered/);
    expect(await otherService.staysQuiet(300)).toBe(true);
    const list = await server.gql(UNACKNOWLEDGED, {}, a.MANAGER.token);
    expect(list.data.unacknowledgedSafeguardingConcerns.map((c) => c.referralReference)).toContain(referral.reference);
    const [concern] = await server.db
      .select()
      .from(tables.safeguardingConcerns)
      .where(eq(tables.safeguardingConcerns.referralId, referral.id));
    expect(concern).toMatchObject({ raisedById: a.OFFICER.id, raisedAt: clock });
    await Promise.all([manager.close(), otherService.close()]);
  });

  it("raises no concern for a referral entered without the flag", async () => {
    const created = await server.gql(CREATE, { input: createReferralInput({ safeguardingFlag: false }) }, a.OFFICER.token);
    const rows = await server.db
      .select()
      .from(tables.safeguardingConcerns)
      .where(eq(tables.safeguardingConcerns.referralId, created.data.createReferral.id));
    expect(rows).toEqual([]);
  });

  it("lets an officer raise a concern on a referral not yet allocated", async () => {
    const r = await triagedReferral(server, a.MANAGER.token, 2);
    const res = await server.gql(
      RAISE,
      { input: { referralId: r.id, summary: "Parent said the child is not safe at home." } },
      a.OFFICER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.raiseSafeguardingConcern).toMatchObject({ referralId: r.id, caseId: null, raisedById: a.OFFICER.id });
  });

  it("still refuses steering, another service's officer and an anonymous caller on a referral not yet allocated", async () => {
    const r = await triagedReferral(server, a.MANAGER.token, 2);
    const before = await snapshot(server, r.id);
    const input = { referralId: r.id, summary: "Worried." };
    expect(code(await server.gql(RAISE, { input }, a.STEERING.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(RAISE, { input }, b.OFFICER.token))).toBe("NOT_FOUND");
    expect(code(await server.gql(RAISE, { input }))).toBe("UNAUTHENTICATED");
    expect(await snapshot(server, r.id)).toEqual(before);
  });
});

const CHANGE_LEVEL = graphql(`mutation CaseRulesChangeLevel($input: ChangeCaseLevelInput!) {
  changeCaseLevel(input: $input) { id level levelChanges { fromLevel toLevel reason } }
}`);
const REOPEN = graphql(`mutation CaseRulesReopen($input: ReopenCaseInput!) {
  reopenCase(input: $input) { id status closedAt currentAllocation { staffId } reopenings { previousClosureReason reason } }
}`);
const ADD_COWORKER = graphql(`mutation CaseRulesAddCoworker($input: AddCaseCoworkerInput!) {
  addCaseCoworker(input: $input) { id coworkers { staffId role endedAt } }
}`);
const ERASE = graphql(`mutation CaseRulesErase($personId: ID!) { eraseServiceUser(personId: $personId) { personId } }`);

/** An officer with level-4 (IPSEA level 3) training on record, and one without. */
async function officers() {
  const trained = await createStaff(server, { serviceId: a.service.id, role: "OFFICER", capacity: 50 });
  await server.db
    .insert(tables.staffTraining)
    .values({ serviceId: a.service.id, staffId: trained.id, kind: "IPSEA_LEVEL_3", completedOn: "2025-01-01" });
  const untrained = await createStaff(server, { serviceId: a.service.id, role: "OFFICER", capacity: 50 });
  return {
    trained: { id: trained.id, token: await signIn(server, trained.email) },
    untrained: { id: untrained.id, token: await signIn(server, untrained.email) },
  };
}

describe("changeCaseLevel", () => {
  it("escalates an allocated case with the reason, and the referral's level follows", async () => {
    const { trained } = await officers();
    const c = await openCase(server, a.MANAGER.token, trained.id, 2);
    const res = await server.gql(
      CHANGE_LEVEL,
      { input: { caseId: c.caseId, level: 4, reason: "Appeal lodged; tribunal ahead." } },
      a.MANAGER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.changeCaseLevel).toMatchObject({
      level: 4,
      levelChanges: [{ fromLevel: 2, toLevel: 4, reason: "Appeal lodged; tribunal ahead." }],
    });
    const [referral] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, c.referralId));
    expect(referral.level).toBe(4);
  });

  it("refuses level 4 for a holder without the training with NOT_QUALIFIED_FOR_LEVEL on input.level, and changes nothing", async () => {
    const { untrained } = await officers();
    const c = await openCase(server, a.MANAGER.token, untrained.id, 2);
    const before = await server.db.select().from(tables.cases).where(eq(tables.cases.id, c.caseId));
    const res = await server.gql(CHANGE_LEVEL, { input: { caseId: c.caseId, level: 4, reason: "Tribunal." } }, a.MANAGER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "NOT_QUALIFIED_FOR_LEVEL", field: "input.level" });
    expect(await server.db.select().from(tables.cases).where(eq(tables.cases.id, c.caseId))).toEqual(before);
    expect(await server.db.select().from(tables.caseLevelChanges).where(eq(tables.caseLevelChanges.caseId, c.caseId))).toEqual([]);
  });

  it("refuses the same level, a level out of range and no reason with BAD_USER_INPUT", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const bad: [number, string, string][] = [
      [2, "Same.", "input.level"],
      [5, "Too high.", "input.level"],
      [1, " ", "input.reason"],
    ];
    for (const [level, reason, field] of bad) {
      const res = await server.gql(CHANGE_LEVEL, { input: { caseId: c.caseId, level, reason } }, a.MANAGER.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });

  it("refuses the holding officer, steering, another service and an anonymous caller", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const input = { caseId: c.caseId, level: 1, reason: "Settled." };
    expect(code(await server.gql(CHANGE_LEVEL, { input }, a.OFFICER.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(CHANGE_LEVEL, { input }, a.STEERING.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(CHANGE_LEVEL, { input }, b.MANAGER.token))).toBe("NOT_FOUND");
    expect(code(await server.gql(CHANGE_LEVEL, { input }))).toBe("UNAUTHENTICATED");
  });
});

describe("reopenCase", () => {
  const closed = async (reason: "NO_CONTACT" | "MISSED_MEETINGS" = "NO_CONTACT") => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const res = await server.gql(CLOSE, { input: { caseId: c.caseId, reason } }, a.OFFICER.token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return c;
  };

  it("reopens a case closed within the window and gives it back to its last holder", async () => {
    const c = await closed();
    const res = await server.gql(REOPEN, { input: { caseId: c.caseId, reason: "Family back about the same appeal." } }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.reopenCase).toMatchObject({
      status: "OPEN",
      closedAt: null,
      currentAllocation: { staffId: a.OFFICER.id },
      reopenings: [{ previousClosureReason: "NO_CONTACT", reason: "Family back about the same appeal." }],
    });
    const log = await server.gql(LOG, { input: activity(c.caseId, { withFamily: true }) }, a.OFFICER.token);
    expect(log.errors).toBeUndefined();
  });

  it("refuses a case closed longer ago than the window with REOPEN_WINDOW_PASSED, and changes nothing", async () => {
    const c = await closed();
    await server.db
      .update(tables.cases)
      .set({ closedAt: new Date("2026-08-01T09:00:00Z") })
      .where(eq(tables.cases.id, c.caseId));
    const before = await snapshot(server, c.referralId);
    const res = await server.gql(REOPEN, { input: { caseId: c.caseId, reason: "Back again." } }, a.MANAGER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "REOPEN_WINDOW_PASSED", field: "input.caseId" });
    expect(await snapshot(server, c.referralId)).toEqual(before);
  });

  it("follows the service's own reopen window when it has chosen one", async () => {
    const c = await closed();
    await server.db
      .update(tables.cases)
      .set({ closedAt: new Date("2026-08-01T09:00:00Z") })
      .where(eq(tables.cases.id, c.caseId));
    await server.db.update(tables.services).set({ reopenWithinMonths: 6 }).where(eq(tables.services.id, a.service.id));
    const res = await server.gql(REOPEN, { input: { caseId: c.caseId, reason: "Back again." } }, a.MANAGER.token);
    await server.db.update(tables.services).set({ reopenWithinMonths: 3 }).where(eq(tables.services.id, a.service.id));
    expect(res.errors).toBeUndefined();
  });

  it("refuses an erased family's case with CASE_ERASED", async () => {
    const c = await closed();
    const [referral] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, c.referralId));
    const erased = await server.gql(ERASE, { personId: referral.personId! }, a.MANAGER.token);
    expect(erased.errors).toBeUndefined();
    const before = await snapshot(server, c.referralId);
    const res = await server.gql(REOPEN, { input: { caseId: c.caseId, reason: "Back again." } }, a.MANAGER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "CASE_ERASED", field: "input.caseId" });
    expect(await snapshot(server, c.referralId)).toEqual(before);
  });

  it("refuses an open case with CONFLICT, and officers, steering, another service and an anonymous caller", async () => {
    const open = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    expect(code(await server.gql(REOPEN, { input: { caseId: open.caseId, reason: "x" } }, a.MANAGER.token))).toBe("CONFLICT");
    const c = await closed();
    const input = { caseId: c.caseId, reason: "Back." };
    expect(code(await server.gql(REOPEN, { input }, a.OFFICER.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(REOPEN, { input }, a.STEERING.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(REOPEN, { input }, b.MANAGER.token))).toBe("NOT_FOUND");
    expect(code(await server.gql(REOPEN, { input }))).toBe("UNAUTHENTICATED");
  });
});

describe("addCaseCoworker", () => {
  it("adds a shadow without level-4 training to a level-4 case; the shadow reads it but cannot write, a co-worker can", async () => {
    const { trained, untrained } = await officers();
    const c = await openCase(server, a.MANAGER.token, trained.id, 4);
    const shadow = await server.gql(ADD_COWORKER, { input: { caseId: c.caseId, staffId: untrained.id, role: "SHADOW" } }, a.MANAGER.token);
    expect(shadow.errors).toBeUndefined();
    expect(shadow.data.addCaseCoworker.coworkers).toEqual([{ staffId: untrained.id, role: "SHADOW", endedAt: null }]);
    expect((await server.gql(CASE, { id: c.caseId }, untrained.token)).errors).toBeUndefined();
    expect(code(await server.gql(LOG, { input: activity(c.caseId, { withFamily: true }) }, untrained.token))).toBe("FORBIDDEN");

    const co = await server.gql(ADD_COWORKER, { input: { caseId: c.caseId, staffId: a.OFFICER.id, role: "CO_WORKER" } }, a.MANAGER.token);
    expect(co.errors).toBeUndefined();
    expect((await server.gql(LOG, { input: activity(c.caseId, { withFamily: true }) }, a.OFFICER.token)).errors).toBeUndefined();
  });

  it("refuses joint working below level 4 with JOINT_WORKING_LEVEL_4_ONLY, and changes nothing", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 3);
    const res = await server.gql(ADD_COWORKER, { input: { caseId: c.caseId, staffId: a.VOLUNTEER.id, role: "SHADOW" } }, a.MANAGER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "JOINT_WORKING_LEVEL_4_ONLY", field: "input.caseId" });
    expect(await server.db.select().from(tables.caseCoworkers).where(eq(tables.caseCoworkers.caseId, c.caseId))).toEqual([]);
  });

  it("refuses another service's staff member with NOT_FOUND on input.staffId, and a steering member who cannot hold cases", async () => {
    const { trained } = await officers();
    const c = await openCase(server, a.MANAGER.token, trained.id, 4);
    const other = await server.gql(
      ADD_COWORKER,
      { input: { caseId: c.caseId, staffId: b.OFFICER.id, role: "CO_WORKER" } },
      a.MANAGER.token,
    );
    expect(other.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.staffId" });
    const steering = await server.gql(
      ADD_COWORKER,
      { input: { caseId: c.caseId, staffId: a.STEERING.id, role: "SHADOW" } },
      a.MANAGER.token,
    );
    expect(steering.errors?.[0].extensions).toMatchObject({ code: "NOT_QUALIFIED_FOR_LEVEL", field: "input.staffId" });
    expect(
      code(await server.gql(ADD_COWORKER, { input: { caseId: c.caseId, staffId: a.OFFICER.id, role: "SHADOW" } }, trained.token)),
    ).toBe("FORBIDDEN");
    expect(await server.db.select().from(tables.caseCoworkers).where(eq(tables.caseCoworkers.caseId, c.caseId))).toEqual([]);
  });
});

const OUTCOME = graphql(`mutation CaseRulesOutcome($input: RecordMeetingOutcomeInput!) {
  recordMeetingOutcome(input: $input) { id status familyPresent followUpDueOn }
}`);
const PROPOSED = graphql(`query CaseRulesProposed { casesProposedForClosure { caseId referralReference missedMeetings holderName } }`);
const DECIDE = graphql(`mutation CaseRulesDecide($input: DecideClosureProposalInput!) {
  decideClosureProposal(input: $input) { evaluationToken case { id status closureReason missedMeetings putForwardForClosureAt } }
}`);

/** Overdue items of a kind for a subject, open or not, after a tick of the engine at `at`. */
async function itemsAt(at: Date, kind: string, subjectId: string) {
  clock = at;
  try {
    await server.app.overdue.tick();
  } finally {
    clock = morning;
  }
  return server.db
    .select()
    .from(tables.overdueItems)
    .where(and(eq(tables.overdueItems.kind, kind as never), eq(tables.overdueItems.subjectId, subjectId)));
}

describe("missed meetings and the managers' closure list", () => {
  const meeting = (caseId: string, day: string) => ({
    caseId,
    kind: "School review",
    scheduledAt: `${day}T10:00:00Z`,
    noticeReceivedOn: "2026-10-01",
  });
  const twoMissed = async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { receivedAt: "2026-11-10T10:00:00Z" });
    for (const day of ["2026-11-16", "2026-11-18"]) {
      const m = await server.gql(SCHEDULE, { input: meeting(c.caseId, day) }, a.OFFICER.token);
      const res = await server.gql(
        OUTCOME,
        { input: { meetingId: m.data.scheduleMeeting.id, outcome: "MISSED_WITHOUT_NOTICE" } },
        a.OFFICER.token,
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
    return c;
  };

  it("lists a case with two meetings missed for the managers and raises an overdue item until one decides", async () => {
    const c = await twoMissed();
    const list = await server.gql(PROPOSED, {}, a.MANAGER.token);
    expect(list.data.casesProposedForClosure).toContainEqual(
      expect.objectContaining({ caseId: c.caseId, referralReference: c.reference, missedMeetings: 2 }),
    );
    const raised = await itemsAt(morning, "CLOSURE_PROPOSAL_AWAITING_MANAGER", c.caseId);
    expect(raised).toHaveLength(1);
    expect(raised[0].assigneeStaffId).toBeNull();

    const kept = await server.gql(
      DECIDE,
      { input: { caseId: c.caseId, decision: "KEEP_OPEN", note: "Mum in hospital." } },
      a.MANAGER.token,
    );
    expect(kept.data.decideClosureProposal.case).toMatchObject({ status: "OPEN", missedMeetings: 0, putForwardForClosureAt: null });
    const after = await itemsAt(morning, "CLOSURE_PROPOSAL_AWAITING_MANAGER", c.caseId);
    expect(after[0].clearedAt).not.toBeNull();
    expect((await server.gql(PROPOSED, {}, a.MANAGER.token)).data.casesProposedForClosure.map((p) => p.caseId)).not.toContain(c.caseId);
  });

  it("closes the case as missed meetings when the manager decides so", async () => {
    const c = await twoMissed();
    const res = await server.gql(DECIDE, { input: { caseId: c.caseId, decision: "CLOSE" } }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.decideClosureProposal.case).toMatchObject({ status: "CLOSED", closureReason: "MISSED_MEETINGS" });
  });

  it("clears the proposal when the family gets back in touch", async () => {
    const c = await twoMissed();
    await server.gql(LOG, { input: activity(c.caseId, { withFamily: true }) }, a.OFFICER.token);
    const [row] = await server.db.select().from(tables.cases).where(eq(tables.cases.id, c.caseId));
    expect(row).toMatchObject({ missedMeetings: 0, putForwardForClosureAt: null });
  });

  it("refuses the holding officer, steering and another service; a case not proposed is CONFLICT", async () => {
    const c = await twoMissed();
    const input = { caseId: c.caseId, decision: "KEEP_OPEN" as const };
    expect(code(await server.gql(PROPOSED, {}, a.OFFICER.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(DECIDE, { input }, a.OFFICER.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(DECIDE, { input }, a.STEERING.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(DECIDE, { input }, b.MANAGER.token))).toBe("NOT_FOUND");
    expect(code(await server.gql(DECIDE, { input }))).toBe("UNAUTHENTICATED");
    expect((await server.gql(PROPOSED, {}, b.MANAGER.token)).data.casesProposedForClosure.map((p) => p.caseId)).not.toContain(c.caseId);
    const open = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    expect(code(await server.gql(DECIDE, { input: { ...input, caseId: open.caseId } }, a.MANAGER.token))).toBe("CONFLICT");
  });
});

describe("a meeting the family attends alone", () => {
  it("records it with the follow-up contact due, raises the overdue item when due, and a contact with the family clears it", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { receivedAt: "2026-11-10T10:00:00Z" });
    const m = await server.gql(
      SCHEDULE,
      { input: { caseId: c.caseId, kind: "Annual review", scheduledAt: "2026-11-16T10:00:00Z", noticeReceivedOn: "2026-10-01" } },
      a.OFFICER.token,
    );
    const res = await server.gql(
      OUTCOME,
      { input: { meetingId: m.data.scheduleMeeting.id, outcome: "FAMILY_ATTENDED_ALONE" } },
      a.OFFICER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.recordMeetingOutcome).toMatchObject({ status: "FAMILY_ATTENDED_ALONE", followUpDueOn: "2026-11-30" });
    const meetingId = m.data.scheduleMeeting.id;
    expect(await itemsAt(new Date("2026-11-29T12:00:00Z"), "MEETING_FOLLOW_UP_DUE", meetingId)).toEqual([]);
    const raised = await itemsAt(new Date("2026-12-01T09:00:00Z"), "MEETING_FOLLOW_UP_DUE", meetingId);
    expect(raised).toHaveLength(1);
    expect(raised[0].assigneeStaffId).toBe(a.OFFICER.id);

    await server.gql(LOG, { input: activity(c.caseId, { withFamily: true, summary: "Reviewed the meeting with mum." }) }, a.OFFICER.token);
    const [row] = await server.db.select().from(tables.meetings).where(eq(tables.meetings.id, meetingId));
    expect(row.followUpDoneAt).not.toBeNull();
    const after = await itemsAt(new Date("2026-12-01T09:00:00Z"), "MEETING_FOLLOW_UP_DUE", meetingId);
    expect(after.filter((i) => i.clearedAt === null)).toEqual([]);
  });
});

const CAPACITY = graphql(`mutation CaseRulesCapacity($input: RecordMentalCapacityInput!) {
  recordMentalCapacity(input: $input) { id decisionMaker capacityAssessments { hasCapacity assessedOn assessedBy } }
}`);

describe("recordMentalCapacity", () => {
  const capacity = (caseId: string, hasCapacity: boolean) => ({
    caseId,
    hasCapacity,
    assessedOn: "2026-11-20",
    assessedBy: "Dr Shah, educational psychologist",
  });

  it("makes the parent or carer the decision-maker for a young person of 16 found to lack capacity", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { child: { fullName: "Ben Older", dateOfBirth: "2009-03-01" } });
    const res = await server.gql(CAPACITY, { input: capacity(c.caseId, false) }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.recordMentalCapacity).toMatchObject({
      decisionMaker: "PARENT_CARER",
      capacityAssessments: [{ hasCapacity: false, assessedOn: "2026-11-20", assessedBy: "Dr Shah, educational psychologist" }],
    });
    const again = await server.gql(CAPACITY, { input: { ...capacity(c.caseId, true), assessedOn: "2026-11-24" } }, a.OFFICER.token);
    expect(again.data.recordMentalCapacity.decisionMaker).toBe("YOUNG_PERSON");
  });

  it("refuses an assessment for a child under 16 with CAPACITY_NOT_APPLICABLE, and changes nothing", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { child: { fullName: "Amy Young", dateOfBirth: "2015-03-01" } });
    const res = await server.gql(CAPACITY, { input: capacity(c.caseId, false) }, a.OFFICER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "CAPACITY_NOT_APPLICABLE", field: "input.caseId" });
    expect(
      await server.db.select().from(tables.mentalCapacityAssessments).where(eq(tables.mentalCapacityAssessments.caseId, c.caseId)),
    ).toEqual([]);
  });

  it("refuses no assessor, a future date, an officer not on the case, another service and an anonymous caller", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { child: { fullName: "Ben Older", dateOfBirth: "2009-03-01" } });
    const noAssessor = await server.gql(CAPACITY, { input: { ...capacity(c.caseId, false), assessedBy: " " } }, a.OFFICER.token);
    expect(noAssessor.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.assessedBy" });
    const future = await server.gql(CAPACITY, { input: { ...capacity(c.caseId, false), assessedOn: "2026-12-01" } }, a.OFFICER.token);
    expect(future.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.assessedOn" });
    expect(code(await server.gql(CAPACITY, { input: capacity(c.caseId, false) }, a.VOLUNTEER.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(CAPACITY, { input: capacity(c.caseId, false) }, b.MANAGER.token))).toBe("NOT_FOUND");
    expect(code(await server.gql(CAPACITY, { input: capacity(c.caseId, false) }))).toBe("UNAUTHENTICATED");
  });
});
