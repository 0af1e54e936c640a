import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { openCase } from "../support/casework.js";
import { CREATE, SUBMIT, createReferralInput, selfReferralInput } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";

/*
 * Issue 19's remaining corrections (decision 046): a referral's time received is corrected with its
 * response clock worked out again by the clock intake uses; an activity's consent is corrected through
 * the consent gate of logging it (decision 034); the case page shows the history of corrections to
 * its own entries, voided ones marked, to whoever may read the case. Refusals change nothing.
 */

const CLOCK = graphql(`query ReferralClock($id: ID!) { referral(id: $id) { id receivedAt responseTargetAt responseDeadlineAt } }`);
const REFERRAL = graphql(`mutation CorrectReceivedAt($input: CorrectReferralInput!) {
  correctReferral(input: $input) { id corrections { entityType entityId field previousValue newValue reason changedBy } }
}`);
const ACTIVITY = graphql(`mutation CorrectActivityConsent($input: CorrectActivityInput!) {
  correctActivity(input: $input) {
    id
    activities { id withFamily consentId partyName }
    corrections { entityType entityId field previousValue newValue reason }
  }
}`);
const LOG = graphql(`mutation LogForClock($input: LogActivityInput!) { logActivity(input: $input) { id consentId } }`);
const CONSENT = graphql(`mutation ConsentForClock($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`);
const VOID = graphql(`mutation VoidForCaseHistory($input: VoidActivityInput!) { voidActivity(input: $input) { id voided } }`);
const CONTACT = graphql(`mutation ContactForCaseHistory($input: CorrectContactInput!) { correctContact(input: $input) { id } }`);
const INFO_CALL = graphql(`mutation InfoCallForClock($input: InformationCallInput!) {
  recordInformationCall(input: $input) { id receivedAt firstRespondedAt }
}`);
const PERSON_OF = graphql(`query PersonOfClock($id: ID!) { referral(id: $id) { personId } }`);
const CASE_HISTORY = graphql(`query CaseCorrections($id: ID!) {
  case(id: $id) { id corrections { entityType entityId field previousValue newValue reason changedBy changedAt entryVoided } }
}`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
let officer2: { id: string; token: string };
const clock = new Date("2026-11-24T15:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
  const o2 = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
  officer2 = { id: o2.id, token: await signIn(server, o2.email) };
});
afterAll(() => server?.close());

const referralRow = async (id: string) => (await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, id)))[0]!;

describe("correcting when a referral reached us", () => {
  it("moves the time received, works the response clock out again as intake would, and keeps the history", async () => {
    // A helpline call at 09:00, entered at 10:00 as if it had just come in.
    const created = await server.gql(
      CREATE,
      { input: createReferralInput({ channel: "HELPLINE", receivedAt: "2026-11-24T10:00:00Z" }) },
      a.OFFICER.token,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data.createReferral.id;
    const before = (await server.gql(CLOCK, { id }, a.MANAGER.token)).data.referral;
    // What intake sets for a call received at 09:00 on the same day: the same clock, one home.
    const twin = await server.gql(
      CREATE,
      { input: createReferralInput({ channel: "HELPLINE", receivedAt: "2026-11-24T09:00:00Z" }) },
      a.OFFICER.token,
    );
    const expected = (await server.gql(CLOCK, { id: twin.data.createReferral.id }, a.MANAGER.token)).data.referral;

    const res = await server.gql(
      REFERRAL,
      { input: { referralId: id, receivedAt: "2026-11-24T09:00:00Z", reason: "The call came at nine; entered an hour late" } },
      a.OFFICER.token,
    );
    expect(res.errors).toBeUndefined();
    const after = (await server.gql(CLOCK, { id }, a.MANAGER.token)).data.referral;
    expect(after.receivedAt).toBe("2026-11-24T09:00:00.000Z");
    expect(after.responseTargetAt).toBe(expected.responseTargetAt);
    expect(after.responseDeadlineAt).toBe(expected.responseDeadlineAt);
    const history = res.data.correctReferral.corrections.filter((c) => c.entityId === id);
    const reason = "The call came at nine; entered an hour late";
    expect(history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: "receivedAt",
          previousValue: "2026-11-24T10:00:00.000Z",
          newValue: "2026-11-24T09:00:00.000Z",
          reason,
          changedBy: expect.any(String),
        }),
        expect.objectContaining({ field: "responseTargetAt", previousValue: before.responseTargetAt, newValue: expected.responseTargetAt }),
        expect.objectContaining({
          field: "responseDeadlineAt",
          previousValue: before.responseDeadlineAt,
          newValue: expected.responseDeadlineAt,
        }),
      ]),
    );
  });

  it("refuses a time in the future, too long before entry, after the first response, on the web form, and those who may not", async () => {
    const held = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { receivedAt: "2026-11-23T09:00:00Z" });
    const contact = await server.gql(
      LOG,
      { input: { caseId: held.caseId, kind: "PHONE_CALL", occurredAt: "2026-11-23T11:00:00Z", minutes: 20, withFamily: true } },
      a.OFFICER.token,
    );
    expect(contact.errors).toBeUndefined();
    const selfReferred = await server.gql(SUBMIT, { input: selfReferralInput(a.service.slug) });
    expect(selfReferred.errors).toBeUndefined();
    const [web] = await server.db
      .select()
      .from(tables.referrals)
      .where(eq(tables.referrals.reference, selfReferred.data.submitSelfReferral.reference!));

    const cases: [string, string, string, string | undefined, string, string?][] = [
      ["in the future", held.referralId, "2026-11-25T09:00:00Z", a.OFFICER.token, "BAD_USER_INPUT", "input.receivedAt"],
      [
        "over 366 days before it was entered",
        held.referralId,
        "2025-08-01T09:00:00Z",
        a.OFFICER.token,
        "BAD_USER_INPUT",
        "input.receivedAt",
      ],
      [
        "after the first contact with the family",
        held.referralId,
        "2026-11-23T12:00:00Z",
        a.OFFICER.token,
        "BAD_USER_INPUT",
        "input.receivedAt",
      ],
      ["a web form referral, timed by the system", web!.id, "2026-11-24T08:00:00Z", a.MANAGER.token, "BAD_USER_INPUT", "input.receivedAt"],
      ["another officer", held.referralId, "2026-11-23T08:00:00Z", officer2.token, "FORBIDDEN"],
      ["a volunteer", held.referralId, "2026-11-23T08:00:00Z", a.VOLUNTEER.token, "FORBIDDEN"],
      ["a steering member", held.referralId, "2026-11-23T08:00:00Z", a.STEERING.token, "FORBIDDEN"],
      ["another service", held.referralId, "2026-11-23T08:00:00Z", b.MANAGER.token, "NOT_FOUND"],
      ["an anonymous caller", held.referralId, "2026-11-23T08:00:00Z", undefined, "UNAUTHENTICATED"],
    ];
    const rowBefore = await referralRow(held.referralId);
    const webBefore = await referralRow(web!.id);
    for (const [what, referralId, receivedAt, token, code, field] of cases) {
      const res = await server.gqlUnchecked(REFERRAL, { input: { referralId, receivedAt, reason: "x" } }, token);
      expect(res.errors?.[0].extensions, what).toMatchObject(field ? { code, field } : { code });
    }
    expect(await referralRow(held.referralId)).toEqual(rowBefore);
    expect(await referralRow(web!.id)).toEqual(webBefore);
    const history = await server.db.select().from(tables.recordCorrections).where(eq(tables.recordCorrections.entityId, held.referralId));
    expect(history).toEqual([]);

    // Earlier than the first contact is allowed, and moves the clock.
    const ok = await server.gql(
      REFERRAL,
      { input: { referralId: held.referralId, receivedAt: "2026-11-23T08:30:00Z", reason: "Voicemail left at half past eight" } },
      a.OFFICER.token,
    );
    expect(ok.errors).toBeUndefined();
    const row = await referralRow(held.referralId);
    expect(row.receivedAt.toISOString()).toBe("2026-11-23T08:30:00.000Z");
    expect(row.responseTargetAt.getTime()).not.toBe(rowBefore.responseTargetAt.getTime());
  });
  it("moves a quick call's response, made there and then, with the time it came in", async () => {
    const made = await server.gql(
      INFO_CALL,
      {
        input: {
          channel: "HELPLINE",
          source: "PARENT_CARER",
          consentToRecord: true,
          caller: { fullName: "Priya Shah", phone: "01782 654321" },
          topic: "EHC_NEEDS_ASSESSMENT",
          adviceGiven: "Explained how to request an assessment.",
          minutes: 12,
          receivedAt: "2026-11-24T14:00:00Z",
        },
      },
      a.OFFICER.token,
    );
    expect(made.errors).toBeUndefined();
    const id = made.data.recordInformationCall.id;
    const res = await server.gql(
      REFERRAL,
      { input: { referralId: id, receivedAt: "2026-11-24T13:40:00Z", reason: "The call came at twenty to two" } },
      a.OFFICER.token,
    );
    expect(res.errors).toBeUndefined();
    const row = await referralRow(id);
    expect(row.receivedAt.toISOString()).toBe("2026-11-24T13:40:00.000Z");
    expect(row.firstRespondedAt?.toISOString()).toBe("2026-11-24T13:40:00.000Z");
    expect(row.triagedAt?.toISOString()).toBe("2026-11-24T13:40:00.000Z");
    expect(res.data.correctReferral.corrections.filter((c) => c.entityId === id).map((c) => c.field)).toEqual(
      expect.arrayContaining(["receivedAt", "firstRespondedAt", "triagedAt", "responseTargetAt", "responseDeadlineAt"]),
    );
  });

  it("corrects a quick call's channel without asking for the reason for referral it never had; a blank reason given is still refused", async () => {
    const made = await server.gql(
      INFO_CALL,
      {
        input: {
          channel: "HELPLINE",
          source: "PARENT_CARER",
          consentToRecord: true,
          caller: { fullName: "Tomasz Nowak", phone: "01782 654322" },
          topic: "EHC_NEEDS_ASSESSMENT",
          adviceGiven: "Explained the timescales.",
          minutes: 8,
          receivedAt: "2026-11-24T15:00:00Z",
        },
      },
      a.OFFICER.token,
    );
    expect(made.errors).toBeUndefined();
    const id = made.data.recordInformationCall.id;
    const blank = await server.gql(
      REFERRAL,
      { input: { referralId: id, channel: "EMAIL", reasonForReferral: "  ", reason: "Came by email" } },
      a.OFFICER.token,
    );
    expect(blank.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await referralRow(id)).channel).toBe("HELPLINE");
    const res = await server.gql(
      REFERRAL,
      { input: { referralId: id, channel: "EMAIL", reason: "It came by email, not the helpline" } },
      a.OFFICER.token,
    );
    expect(res.errors).toBeUndefined();
    expect((await referralRow(id)).channel).toBe("EMAIL");
    expect(res.data.correctReferral.corrections.filter((c) => c.entityId === id && c.field === "channel")).toMatchObject([
      { previousValue: "HELPLINE", newValue: "EMAIL", reason: "It came by email, not the helpline" },
    ]);
  });
});

describe("correcting the consent an activity rests on", () => {
  it("re-checks the consent rule: refuses a party without a current granted consent and changes nothing; accepts one with", async () => {
    const held = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { receivedAt: "2026-11-16T09:00:00Z" });
    const consent = async (partyName: string, granted: boolean, givenOn: string) => {
      const res = await server.gql(
        CONSENT,
        {
          input: {
            caseId: held.caseId,
            partyName,
            partyType: "SCHOOL",
            granted,
            givenOn,
            method: "VERBAL",
            reviewOn: "2027-05-01",
            givenBy: "PARENT_CARER",
            mayShare: "The support plan.",
          },
        },
        a.OFFICER.token,
      );
      expect(res.errors).toBeUndefined();
      return res.data.recordConsent.id;
    };
    const senco = await consent("Ms Patel", true, "2026-11-17");
    const refused = await consent("Mr Jones", false, "2026-11-17");
    const logged = await server.gql(
      LOG,
      {
        input: {
          caseId: held.caseId,
          kind: "PHONE_CALL",
          occurredAt: "2026-11-20T10:00:00Z",
          minutes: 15,
          withFamily: false,
          consentId: senco,
          summary: "Called the school",
        },
      },
      a.OFFICER.token,
    );
    expect(logged.errors).toBeUndefined();
    const id = logged.data.logActivity.id;
    const familyCall = await server.gql(
      LOG,
      { input: { caseId: held.caseId, kind: "PHONE_CALL", occurredAt: "2026-11-20T11:00:00Z", minutes: 10, withFamily: true } },
      a.OFFICER.token,
    );
    const familyCallId = familyCall.data.logActivity.id;

    const refusals: [string, string, Record<string, unknown>, string | undefined, string, string?][] = [
      ["a party whose consent was refused", id, { partyName: "Mr Jones" }, a.OFFICER.token, "CONSENT_REQUIRED", "input.partyName"],
      ["a refused consent chosen", id, { consentId: refused }, a.OFFICER.token, "CONSENT_REQUIRED", "input.consentId"],
      ["a party with no consent", id, { partyName: "Dr Okafor" }, a.OFFICER.token, "CONSENT_REQUIRED", "input.partyName"],
      [
        "a day before the consent was given",
        id,
        { occurredAt: "2026-11-16T12:00:00Z" },
        a.OFFICER.token,
        "CONSENT_REQUIRED",
        "input.consentId",
      ],
      [
        "a family call made third-party with no consent",
        familyCallId,
        { withFamily: false },
        a.OFFICER.token,
        "CONSENT_REQUIRED",
        "input.consentId",
      ],
      [
        "a consent of another case",
        id,
        { consentId: "00000000-0000-4000-8000-000000000000" },
        a.OFFICER.token,
        "CONSENT_REQUIRED",
        "input.consentId",
      ],
      ["another officer", id, { partyName: "Ms Patel" }, officer2.token, "FORBIDDEN"],
      ["another service", id, { partyName: "Ms Patel" }, b.MANAGER.token, "NOT_FOUND"],
      ["an anonymous caller", id, { partyName: "Ms Patel" }, undefined, "UNAUTHENTICATED"],
    ];
    const activityRows = async () => server.db.select().from(tables.activities).where(eq(tables.activities.caseId, held.caseId));
    const before = await activityRows();
    for (const [what, activityId, input, token, code, field] of refusals) {
      const res = await server.gqlUnchecked(ACTIVITY, { input: { activityId, ...input, reason: "x" } }, token);
      expect(res.errors?.[0].extensions, what).toMatchObject(field ? { code, field } : { code });
    }
    expect(await activityRows()).toEqual(before);

    // Consent from Mr Jones is given later; the call was really with him.
    const jones = await consent("Mr Jones", true, "2026-11-18");
    const res = await server.gql(
      ACTIVITY,
      { input: { activityId: id, partyName: "mr jones", reason: "It was the SENCo's deputy" } },
      a.OFFICER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.correctActivity.activities.find((x) => x.id === id)).toMatchObject({ consentId: jones, partyName: "Mr Jones" });
    expect(res.data.correctActivity.corrections).toEqual(
      expect.arrayContaining([
        {
          entityType: "activity",
          entityId: id,
          field: "consent",
          previousValue: "Ms Patel (given 2026-11-17)",
          newValue: "Mr Jones (given 2026-11-18)",
          reason: "It was the SENCo's deputy",
        },
      ]),
    );
    // A call made with the family after all: it rests on no consent.
    const withFamily = await server.gql(
      ACTIVITY,
      { input: { activityId: id, withFamily: true, reason: "It was the mother" } },
      a.OFFICER.token,
    );
    expect(withFamily.errors).toBeUndefined();
    expect(withFamily.data.correctActivity.activities.find((x) => x.id === id)).toMatchObject({ withFamily: true, consentId: null });
  });
});

describe("the case page's history of corrections", () => {
  it("shows corrections to the case's referral, activities and consents, voided entries marked, to those who may read the case", async () => {
    const held = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { receivedAt: "2026-11-23T10:00:00Z" });
    const personId = (await server.gql(PERSON_OF, { id: held.referralId }, a.MANAGER.token)).data.referral.personId!;
    await server.gql(
      REFERRAL,
      { input: { referralId: held.referralId, receivedAt: "2026-11-23T09:15:00Z", reason: "Answerphone time" } },
      a.OFFICER.token,
    );
    const logged = await server.gql(
      LOG,
      { input: { caseId: held.caseId, kind: "PHONE_CALL", occurredAt: "2026-11-23T14:00:00Z", minutes: 90, withFamily: true } },
      a.OFFICER.token,
    );
    const activityId = logged.data.logActivity.id;
    await server.gql(ACTIVITY, { input: { activityId, minutes: 9, reason: "Typed 90 for 9" } }, a.OFFICER.token);
    await server.gql(VOID, { input: { activityId, reason: "Logged twice" } }, a.OFFICER.token);
    // The contact's details are the family's: on the family record, not on one case.
    await server.gql(CONTACT, { input: { personId, phone: "07700 900999", reason: "New phone" } }, a.OFFICER.token);

    for (const token of [a.OFFICER.token, a.MANAGER.token]) {
      const res = await server.gql(CASE_HISTORY, { id: held.caseId }, token);
      expect(res.errors).toBeUndefined();
      const history = res.data.case.corrections;
      expect(history.map((c) => `${c.entityType}.${c.field}`)).toEqual(
        expect.arrayContaining(["referral.receivedAt", "referral.responseTargetAt", "activity.minutes", "activity.voided"]),
      );
      expect(history.some((c) => c.entityType === "person")).toBe(false);
      expect(history.find((c) => c.field === "minutes")).toMatchObject({
        entityId: activityId,
        previousValue: "90",
        newValue: "9",
        reason: "Typed 90 for 9",
        entryVoided: true,
      });
      expect(history.find((c) => c.field === "receivedAt")).toMatchObject({
        previousValue: "2026-11-23T10:00:00.000Z",
        newValue: "2026-11-23T09:15:00.000Z",
        reason: "Answerphone time",
        entryVoided: false,
      });
      // Newest first.
      const times = history.map((c) => c.changedAt);
      expect([...times].sort().reverse()).toEqual(times);
    }
    const refusals: [string, string | undefined, string][] = [
      ["an officer who does not hold it", officer2.token, "FORBIDDEN"],
      ["a volunteer who does not hold it", a.VOLUNTEER.token, "FORBIDDEN"],
      ["a steering member", a.STEERING.token, "FORBIDDEN"],
      ["another service", b.MANAGER.token, "NOT_FOUND"],
      ["an anonymous caller", undefined, "UNAUTHENTICATED"],
    ];
    for (const [what, token, code] of refusals) {
      const res = await server.gqlUnchecked(CASE_HISTORY, { id: held.caseId }, token);
      expect(res.errors?.[0].extensions?.code, what).toBe(code);
      expect(res.data?.case ?? null, what).toBeNull();
    }
    // Another case of the service shows none of these.
    const other = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const res = await server.gql(CASE_HISTORY, { id: other.caseId }, a.MANAGER.token);
    expect(res.data.case.corrections).toEqual([]);
  });
});

describe("correcting or voiding the contact that stopped the response clock", () => {
  it("moves the first response to the earliest contact with the family still recorded, and restarts the clock when none is left", async () => {
    const held = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { receivedAt: "2026-11-18T09:00:00Z" });
    const log = async (occurredAt: string) => {
      const res = await server.gql(
        LOG,
        { input: { caseId: held.caseId, kind: "PHONE_CALL", occurredAt, minutes: 10, withFamily: true, summary: "Spoke to the parent" } },
        a.OFFICER.token,
      );
      expect(res.errors).toBeUndefined();
      return res.data.logActivity.id;
    };
    const firstResponse = async () => (await referralRow(held.referralId)).firstRespondedAt?.toISOString() ?? null;
    const correct = async (activityId: string, change: Record<string, unknown>) => {
      const res = await server.gql(ACTIVITY, { input: { activityId, reason: "Entered wrongly", ...change } }, a.OFFICER.token);
      expect(res.errors).toBeUndefined();
    };

    const early = await log("2026-11-19T10:00:00.000Z");
    const later = await log("2026-11-20T11:00:00.000Z");
    expect(await firstResponse()).toBe("2026-11-19T10:00:00.000Z");

    // The call that stopped the clock was really on the 21st: the first response is the next contact.
    await correct(early, { occurredAt: "2026-11-21T10:00:00.000Z" });
    expect(await firstResponse()).toBe("2026-11-20T11:00:00.000Z");
    // Correcting it back earlier makes it the first response again.
    await correct(early, { occurredAt: "2026-11-19T12:00:00.000Z" });
    expect(await firstResponse()).toBe("2026-11-19T12:00:00.000Z");
    // Not a contact with the family after all but a note: the other call is the first.
    await correct(early, { kind: "NOTE", withFamily: false });
    expect(await firstResponse()).toBe("2026-11-20T11:00:00.000Z");
    // The only contact left with the family was entered in error: the clock runs again.
    const voided = await server.gql(VOID, { input: { activityId: later, reason: "Logged twice" } }, a.OFFICER.token);
    expect(voided.errors).toBeUndefined();
    expect(await firstResponse()).toBeNull();
  });
});
