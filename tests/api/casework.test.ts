import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff } from "../support/factories.js";
import { subscribe } from "../support/ws-client.js";
import { ALLOCATE, openAcceptedCase, openCase as openCaseNow, snapshot } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";
import type { CreateReferralInput, LogActivityInput, RecordConsentInput, ScheduleMeetingInput } from "../support/gql/graphql.js";
import type { ReferralOverrides } from "../support/referrals.js";

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
// Wednesday 25 November 2026, 09:00 London.
const clock = new Date("2026-11-25T09:00:00Z");
const earlier = "2026-11-25T08:30:00Z";

const CASE = graphql(`query CaseDetail($id: ID!) {
  case(id: $id) {
    id status level readOnly decisionMaker totalMinutes missedMeetings putForwardForClosureAt closureReason closedAt
    referral { id reference firstRespondedAt contact { fullName } } currentAllocation { staffId } allocations { staffId current }
    activities { kind withFamily consentId summary } consents { partyName current reviewOn }
    meetings { status shortNotice followUpDueOn } conductIncidents { action } safeguardingConcerns { id }
  }
}`);
const LOG = graphql(`mutation LogActivity($input: LogActivityInput!) {
  logActivity(input: $input) { id kind occurredAt minutes withFamily consentId summary staffId }
}`);
const CONSENT = graphql(`mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) { id partyName granted reviewOn current }
}`);
const SCHEDULE = graphql(`mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { id status shortNotice }
}`);
const OUTCOME = graphql(`mutation RecordMeetingOutcome($input: RecordMeetingOutcomeInput!) {
  recordMeetingOutcome(input: $input) { id status familyPresent followUpDueOn }
}`);
const CONDUCT = graphql(`mutation RecordConductIncident($input: RecordConductIncidentInput!) {
  recordConductIncident(input: $input) { id action signposting }
}`);
const CLOSE = graphql(`mutation CloseCase($input: CloseCaseInput!) {
  closeCase(input: $input) { evaluationToken case { status closureReason currentAllocation { id } } }
}`);
const EVALUATE = graphql(`mutation EvaluateClosedCase($t: String!, $a: EvaluationAnswersInput!) {
  submitEvaluation(token: $t, answers: $a) { received }
}`);
const QUEUE_CHANGED = graphql(`subscription QueueChangedWithFirstResponse {
  triageQueueChanged { change referralId referral { firstRespondedAt } }
}`);
const WITHDRAW = graphql(`mutation WithdrawConsent($id: ID!, $on: LocalDate!) { withdrawConsent(consentId: $id, on: $on) { current } }`);

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0].extensions?.code;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
  await server.db.update(tables.staff).set({ capacity: 500 }).where(eq(tables.staff.id, a.OFFICER.id));
});

/** A case on a referral received the day before (so this morning's contacts come after it). */
const openCase = (s: TestServer, token: string, staffId: string, level = 2, overrides: ReferralOverrides<CreateReferralInput> = {}) =>
  openCaseNow(s, token, staffId, level, { receivedAt: "2026-11-24T10:00:00Z", ...overrides });
afterAll(() => server?.close());

const activity = (caseId: string, overrides: Partial<LogActivityInput> = {}): LogActivityInput => ({
  caseId,
  kind: "PHONE_CALL",
  occurredAt: earlier,
  minutes: 20,
  withFamily: true,
  summary: "Talked through the EHC needs assessment request.",
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
  mayShare: "The draft EHC plan and the school's support plan.",
  ...overrides,
});

describe("case", () => {
  it("shows a manager the whole case with the referral and who decides, and audits the read", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { child: { fullName: "Kim Older", dateOfBirth: "2009-01-01" } });
    const res = await server.gql(CASE, { id: c.caseId }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.case).toMatchObject({
      id: c.caseId,
      status: "OPEN",
      level: 2,
      readOnly: false,
      decisionMaker: "YOUNG_PERSON",
      referral: { id: c.referralId, reference: c.reference },
      currentAllocation: { staffId: a.OFFICER.id },
    });
    const audit = await server.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, "case.read"), eq(tables.auditEvents.entityId, c.caseId)));
    expect(audit).toHaveLength(1);
    expect(audit[0].actorStaffId).toBe(a.MANAGER.id);
  });

  it("shows the allocated officer their case", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const res = await server.gql(CASE, { id: c.caseId }, a.OFFICER.token);
    expect(res.data.case.readOnly).toBe(false);
  });

  it("refuses an officer a case not allocated to them with FORBIDDEN", async () => {
    const other = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
    const c = await openCase(server, a.MANAGER.token, other.id, 2);
    const res = await server.gql(CASE, { id: c.caseId }, a.OFFICER.token);
    expect(res.data).toBeNull();
    expect(code(res)).toBe("FORBIDDEN");
    expect(code(await server.gql(CASE, { id: c.caseId }, a.VOLUNTEER.token))).toBe("FORBIDDEN");
  });

  it("leaves a former holder read-only: they can read but not write", async () => {
    const other = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    await server.gql(ALLOCATE, { r: c.referralId, s: other.id }, a.MANAGER.token);
    const res = await server.gql(CASE, { id: c.caseId }, a.OFFICER.token);
    expect(res.data.case.readOnly).toBe(true);
    const before = await snapshot(server, c.referralId);
    expect(code(await server.gql(LOG, { input: activity(c.caseId) }, a.OFFICER.token))).toBe("FORBIDDEN");
    expect(await snapshot(server, c.referralId)).toEqual(before);
  });

  it("answers NOT_FOUND to another service's manager", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    expect(code(await server.gql(CASE, { id: c.caseId }, b.MANAGER.token))).toBe("NOT_FOUND");
  });

  it("refuses steering and admin with FORBIDDEN and an anonymous caller with UNAUTHENTICATED", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    expect(code(await server.gql(CASE, { id: c.caseId }, a.STEERING.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(CASE, { id: c.caseId }, a.ADMIN.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(CASE, { id: c.caseId }))).toBe("UNAUTHENTICATED");
  });
});

describe("logActivity", () => {
  it("sets firstRespondedAt on the first contact with the family and tells the manager's triage queue", async () => {
    // Subscribed before the case opens: the queue's events from opening it (the referral added, triaged,
    // then removed as it is allocated) arrive first and in order however late their NOTIFY is, and the
    // removal is the last of them. Subscribing afterwards, a late removal could arrive as the next event.
    const live = await subscribe(server.wsUrl, a.MANAGER.token, QUEUE_CHANGED);
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const removedOnOpening = (e: Awaited<ReturnType<typeof live.next>>) =>
      e.data?.triageQueueChanged?.change === "REMOVED" && e.data.triageQueueChanged.referralId === c.referralId;
    while (!removedOnOpening(await live.next()));
    const notFamily = await server.gql(
      LOG,
      { input: activity(c.caseId, { kind: "NOTE", withFamily: false, occurredAt: "2026-11-25T08:00:00Z" }) },
      a.OFFICER.token,
    );
    expect(notFamily.errors).toBeUndefined();
    const res = await server.gql(LOG, { input: activity(c.caseId) }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.logActivity).toMatchObject({ kind: "PHONE_CALL", minutes: 20, withFamily: true, staffId: a.OFFICER.id });
    const event = await live.next();
    expect(event.data?.triageQueueChanged).toEqual({
      change: "UPDATED",
      referralId: c.referralId,
      referral: { firstRespondedAt: "2026-11-25T08:30:00.000Z" },
    });
    await server.gql(LOG, { input: activity(c.caseId, { occurredAt: "2026-11-25T08:50:00Z" }) }, a.OFFICER.token);
    const kase = await server.gql(CASE, { id: c.caseId }, a.OFFICER.token);
    expect(kase.data.case.referral.firstRespondedAt).toBe("2026-11-25T08:30:00.000Z");
    expect(kase.data.case.totalMinutes).toBe(60);
    expect(await live.staysQuiet(300)).toBe(true);
    await live.close();
  });

  const refusals: [string, Partial<LogActivityInput>, string][] = [
    ["a time in the future", { occurredAt: "2026-11-25T12:00:00Z" }, "input.occurredAt"],
    ["negative minutes", { minutes: -5 }, "input.minutes"],
    ["markup in the summary", { summary: "<script>alert(1)</script>" }, "input.summary"],
    ["advice with no summary", { kind: "ADVICE_GIVEN", summary: null }, "input.summary"],
  ];
  for (const [what, overrides, field] of refusals) {
    it(`refuses ${what} on ${field} and changes nothing`, async () => {
      const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
      const before = await snapshot(server, c.referralId);
      const res = await server.gql(LOG, { input: activity(c.caseId, overrides) }, a.OFFICER.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await snapshot(server, c.referralId)).toEqual(before);
    });
  }
});

describe("professional contact and consent", () => {
  const professional = (caseId: string, extra: Partial<LogActivityInput>) =>
    activity(caseId, { kind: "PROFESSIONAL_CONTACT", withFamily: false, summary: "Asked the SENCo about the support plan.", ...extra });

  it("refuses a professional contact with no consent, with CONSENT_REQUIRED on the field, and changes nothing", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const before = await snapshot(server, c.referralId);
    const none = await server.gql(LOG, { input: professional(c.caseId, {}) }, a.OFFICER.token);
    expect(none.errors?.[0].extensions).toMatchObject({ code: "CONSENT_REQUIRED", field: "input.consentId" });
    const byName = await server.gql(LOG, { input: professional(c.caseId, { partyName: "SENCo" }) }, a.OFFICER.token);
    expect(byName.errors?.[0].extensions).toMatchObject({ code: "CONSENT_REQUIRED", field: "input.partyName" });
    expect(byName.errors?.[0].message).toMatch(/no consent on record to speak to SENCo/);
    expect(await snapshot(server, c.referralId)).toEqual(before);
  });

  it("allows it with a current granted consent, by id or by the party's name", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const granted = await server.gql(CONSENT, { input: consent(c.caseId) }, a.OFFICER.token);
    expect(granted.data.recordConsent).toMatchObject({ partyName: "SENCo", granted: true, current: true, reviewOn: "2027-05-20" });
    const byId = await server.gql(LOG, { input: professional(c.caseId, { consentId: granted.data.recordConsent.id }) }, a.OFFICER.token);
    expect(byId.data.logActivity.consentId).toBe(granted.data.recordConsent.id);
    const byName = await server.gql(LOG, { input: professional(c.caseId, { partyName: "senco" }) }, a.OFFICER.token);
    expect(byName.data.logActivity.consentId).toBe(granted.data.recordConsent.id);
  });

  it("refuses a party or a consent on a contact with the family, rather than dropping it, and changes nothing", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const granted = await server.gql(CONSENT, { input: consent(c.caseId) }, a.OFFICER.token);
    const before = await snapshot(server, c.referralId);
    const call = (extra: Partial<LogActivityInput>) =>
      activity(c.caseId, { kind: "PHONE_CALL", withFamily: true, summary: "Talked through the plan.", ...extra });
    const named = await server.gql(LOG, { input: call({ partyName: "SENCo" }) }, a.OFFICER.token);
    expect(named.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.partyName" });
    const onConsent = await server.gql(LOG, { input: call({ consentId: granted.data.recordConsent.id }) }, a.OFFICER.token);
    expect(onConsent.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.consentId" });
    expect(await snapshot(server, c.referralId)).toEqual(before);
  });

  const invalid: [string, Partial<RecordConsentInput>, RegExp][] = [
    ["refused", { granted: false }, /refused consent/],
    ["past its review date", { givenOn: "2025-12-01", reviewOn: "2026-11-24" }, /due for review on 2026-11-24/],
  ];
  for (const [what, overrides, message] of invalid) {
    it(`refuses it when the consent was ${what}`, async () => {
      const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
      const recorded = await server.gql(CONSENT, { input: consent(c.caseId, overrides) }, a.OFFICER.token);
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data.recordConsent.current).toBe(false);
      const res = await server.gql(LOG, { input: professional(c.caseId, { consentId: recorded.data.recordConsent.id }) }, a.OFFICER.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "CONSENT_REQUIRED", field: "input.consentId" });
      expect(res.errors?.[0].message).toMatch(message);
    });
  }

  it("refuses it after the consent is withdrawn, and a withdrawal happens once", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const recorded = await server.gql(CONSENT, { input: consent(c.caseId) }, a.OFFICER.token);
    const withdrawn = await server.gql(WITHDRAW, { id: recorded.data.recordConsent.id, on: "2026-11-24" }, a.OFFICER.token);
    expect(withdrawn.data.withdrawConsent.current).toBe(false);
    expect(code(await server.gql(WITHDRAW, { id: recorded.data.recordConsent.id, on: "2026-11-24" }, a.OFFICER.token))).toBe("CONFLICT");
    const res = await server.gql(LOG, { input: professional(c.caseId, { partyName: "SENCo" }) }, a.OFFICER.token);
    expect(res.errors?.[0].extensions?.code).toBe("CONSENT_REQUIRED");
    expect(res.errors?.[0].message).toMatch(/withdrawn on 2026-11-24/);
  });

  const badConsents: [string, Partial<RecordConsentInput>, string][] = [
    ["a review date before the date given", { reviewOn: "2026-11-01" }, "input.reviewOn"],
    ["a review date more than 12 months away", { reviewOn: "2027-12-01" }, "input.reviewOn"],
    ["a date given in the future", { givenOn: "2026-12-01", reviewOn: "2027-01-01" }, "input.givenOn"],
  ];
  for (const [what, overrides, field] of badConsents) {
    it(`refuses a consent with ${what} and stores nothing`, async () => {
      const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
      const before = await snapshot(server);
      const res = await server.gql(CONSENT, { input: consent(c.caseId, overrides) }, a.OFFICER.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await snapshot(server)).toEqual(before);
    });
  }
});

describe("meetings", () => {
  const meeting = (caseId: string, overrides: Partial<ScheduleMeetingInput> = {}): ScheduleMeetingInput => ({
    caseId,
    kind: "Annual review",
    scheduledAt: "2026-11-16T10:00:00Z",
    noticeReceivedOn: "2026-10-20",
    ...overrides,
  });

  it("flags a meeting booked with less than two weeks' notice", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 3);
    const short = await server.gql(
      SCHEDULE,
      { input: meeting(c.caseId, { scheduledAt: "2026-12-01T10:00:00Z", noticeReceivedOn: "2026-11-24" }) },
      a.OFFICER.token,
    );
    expect(short.data.scheduleMeeting).toMatchObject({ status: "SCHEDULED", shortNotice: true });
    const fine = await server.gql(SCHEDULE, { input: meeting(c.caseId) }, a.OFFICER.token);
    expect(fine.data.scheduleMeeting.shortNotice).toBe(false);
  });

  it("refuses attendance recorded without the family present, and changes nothing", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 3);
    const m = await server.gql(SCHEDULE, { input: meeting(c.caseId) }, a.OFFICER.token);
    const before = await snapshot(server);
    const res = await server.gql(
      OUTCOME,
      { input: { meetingId: m.data.scheduleMeeting.id, outcome: "ATTENDED", familyPresent: false, keyPoints: "Plan agreed" } },
      a.OFFICER.token,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.familyPresent" });
    const [row] = await server.db.select().from(tables.meetings).where(eq(tables.meetings.id, m.data.scheduleMeeting.id));
    expect(row.status).toBe("SCHEDULED");
    expect(await snapshot(server)).toEqual(before);
  });

  it("records an attended meeting with a follow-up due 10 working days later", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 3);
    const m = await server.gql(SCHEDULE, { input: meeting(c.caseId) }, a.OFFICER.token);
    const res = await server.gql(
      OUTCOME,
      {
        input: {
          meetingId: m.data.scheduleMeeting.id,
          outcome: "ATTENDED",
          familyPresent: true,
          keyPoints: "Plan agreed",
          actions: "School to send draft",
        },
      },
      a.OFFICER.token,
    );
    expect(res.data.recordMeetingOutcome).toEqual({
      id: m.data.scheduleMeeting.id,
      status: "ATTENDED",
      familyPresent: true,
      followUpDueOn: "2026-11-30",
    });
    expect(
      code(await server.gql(OUTCOME, { input: { meetingId: m.data.scheduleMeeting.id, outcome: "CANCELLED" } }, a.OFFICER.token)),
    ).toBe("CONFLICT");
  });

  it("puts the case forward for closure at the second meeting missed without notice", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 3);
    const miss = async () => {
      const m = await server.gql(SCHEDULE, { input: meeting(c.caseId) }, a.OFFICER.token);
      const res = await server.gql(
        OUTCOME,
        { input: { meetingId: m.data.scheduleMeeting.id, outcome: "MISSED_WITHOUT_NOTICE" } },
        a.OFFICER.token,
      );
      expect(res.errors).toBeUndefined();
      return (await server.gql(CASE, { id: c.caseId }, a.OFFICER.token)).data.case;
    };
    expect(await miss()).toMatchObject({ missedMeetings: 1, putForwardForClosureAt: null });
    expect(await miss()).toMatchObject({ missedMeetings: 2, putForwardForClosureAt: clock.toISOString() });
  });

  it("refuses to record a meeting that has not happened yet as attended", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 3);
    const m = await server.gql(SCHEDULE, { input: meeting(c.caseId, { scheduledAt: "2026-12-10T10:00:00Z" }) }, a.OFFICER.token);
    const res = await server.gql(
      OUTCOME,
      { input: { meetingId: m.data.scheduleMeeting.id, outcome: "MISSED_WITHOUT_NOTICE" } },
      a.OFFICER.token,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.outcome" });
  });
});

describe("recordConductIncident", () => {
  it("records an incident for a manager's review; the case stays open until one upholds a removal (casework-conduct.test.ts)", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const first = await server.gql(
      CONDUCT,
      { input: { caseId: c.caseId, occurredOn: "2026-11-20", description: "Abusive phone call." } },
      a.OFFICER.token,
    );
    expect(first.data.recordConductIncident).toMatchObject({ action: "WARNING", signposting: null });
    const kase = (await server.gql(CASE, { id: c.caseId }, a.MANAGER.token)).data.case;
    expect(kase).toMatchObject({ status: "OPEN" });
  });
});

describe("closeCase and submitEvaluation", () => {
  const answers = { helpfulness: 5, impartiality: 4, wouldRecommend: true, comment: "Thank you." };

  it("closes the case, ends the allocation and issues an evaluation token that works once", async () => {
    const c = await openAcceptedCase(server, a.MANAGER.token, a.OFFICER, 3, { receivedAt: "2026-11-24T10:00:00Z" });
    const res = await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "OUTCOME_ACHIEVED" } }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.closeCase.case).toEqual({ status: "CLOSED", closureReason: "OUTCOME_ACHIEVED", currentAllocation: null });
    const token = res.data.closeCase.evaluationToken!;
    expect(token).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);

    const invitations = await server.db.select().from(tables.evaluationInvitations);
    expect(JSON.stringify(invitations)).not.toContain(token);
    expect(JSON.stringify(invitations)).not.toContain(token.replace(/-/g, ""));
    const audit = await server.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.entityId, c.caseId));
    for (const inv of invitations) expect(JSON.stringify(audit)).not.toContain(inv.id);

    const sent = await server.gql(EVALUATE, { t: token, a: answers });
    expect(sent.data.submitEvaluation.received).toBe(true);
    expect(code(await server.gql(EVALUATE, { t: token, a: answers }))).toBe("CONFLICT");
    // The answers wait, with the service only, for a batch of k (decision 029).
    const responses = await server.db.select().from(tables.evaluationPending);
    expect(responses).toHaveLength(1);
    expect(Object.keys(responses[0]).sort()).toEqual(["answers", "id", "serviceId"]);
    expect(responses[0].serviceId).toBe(a.service.id);
    expect(responses[0].answers).toEqual({ helpfulness: 5, impartiality: 4, wouldRecommend: "YES", comment: "Thank you." });
    const [invitation] = await server.db.select().from(tables.evaluationInvitations).where(eq(tables.evaluationInvitations.returned, true));
    expect(invitation.serviceId).toBe(a.service.id);
  });

  it("refuses any further change to a closed case with CONFLICT", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 1);
    await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "NO_CONTACT" } }, a.MANAGER.token);
    expect(code(await server.gql(LOG, { input: activity(c.caseId) }, a.MANAGER.token))).toBe("CONFLICT");
    expect(code(await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "NO_CONTACT" } }, a.MANAGER.token))).toBe("CONFLICT");
  });

  it("refuses OTHER without a note and CONDUCT_REMOVAL outright, changing nothing", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 1);
    const before = await snapshot(server, c.referralId);
    expect(
      (await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "OTHER" } }, a.OFFICER.token)).errors?.[0].extensions,
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.note",
    });
    expect(
      (await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "CONDUCT_REMOVAL" } }, a.OFFICER.token)).errors?.[0].extensions,
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.reason",
    });
    expect(await snapshot(server, c.referralId)).toEqual(before);
  });

  it("answers NOT_FOUND for an unknown token and BAD_USER_INPUT for out-of-range answers", async () => {
    expect(code(await server.gql(EVALUATE, { t: "A".repeat(43), a: answers }))).toBe("NOT_FOUND");
    expect((await server.gql(EVALUATE, { t: "short", a: answers })).errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "token",
    });
    expect((await server.gql(EVALUATE, { t: "A".repeat(43), a: { ...answers, helpfulness: 9 } })).errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "answers.helpfulness",
    });
  });
});

describe("evaluation tables", () => {
  const linked = new Set(["cases", "referrals", "people", "children", "staff", "allocations", "activities", "sessions"]);

  for (const table of [tables.evaluationInvitations, tables.evaluationPending, tables.evaluationResponses]) {
    const config = getTableConfig(table);

    it(`${config.name} has no foreign key to a case, referral, person, child or staff member`, () => {
      const targets = config.foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name);
      expect(targets.filter((t) => linked.has(t))).toEqual([]);
      expect(targets).toEqual(["services"]);
    });

    it(`${config.name} has no column naming a case, referral, person, child or staff member`, () => {
      const names = config.columns.map((c) => c.name);
      for (const name of names) expect(name).not.toMatch(/case|referral|person|people|child|staff|allocation|contact|email|name/);
    });

    it(`${config.name} keeps no time finer than a month: the closure month, or a batch's month (decision 029)`, () => {
      const types = config.columns.map((c) => [c.name, c.getSQLType()]);
      expect(types.filter(([, t]) => /timestamp|time/.test(t))).toEqual([]);
      const dates = {
        evaluation_invitations: [["closure_month", "date"]],
        evaluation_pending: [],
        evaluation_responses: [["batch_month", "date"]],
      };
      expect(types.filter(([, t]) => t === "date")).toEqual(dates[config.name as keyof typeof dates]);
    });
  }
});
