import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { openCase } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";

/*
 * Issue 19, corrections with history (decision 043): child and referral details, activities, key
 * dates and consents are corrected with their previous values kept (who, when, why), validated like
 * the original entry; a key date entered in error is voided; refusals change nothing; the statistics
 * rollups (a manager's exact figures and the monthly rows steering's protected figures are drawn
 * from) follow a corrected channel, date of birth and activity; erasure and subject access cover it.
 */

const PERSON = graphql(`query CorrectionsFamily($id: ID!, $withVoided: Boolean) {
  person(id: $id, withVoided: $withVoided) {
    id
    referrals { id channel childName childDateOfBirth }
    activities { id kind minutes summary voided }
    consents { id partyName reviewOn }
    keyDates { id kind on derived voided voidReason }
    corrections { entityType entityId field previousValue newValue reason changedBy }
  }
}`);
const CHILD = graphql(`mutation CorrectChildT($input: CorrectChildInput!) {
  correctChild(input: $input) { id referrals { id childName childDateOfBirth } corrections { entityType field previousValue newValue reason } }
}`);
const REFERRAL = graphql(`mutation CorrectReferralT($input: CorrectReferralInput!) {
  correctReferral(input: $input) { id referrals { id channel } corrections { entityType field previousValue newValue } }
}`);
const ACTIVITY = graphql(`mutation CorrectActivityT($input: CorrectActivityInput!) {
  correctActivity(input: $input) { id activities { id kind minutes summary } corrections { entityType field previousValue newValue } }
}`);
const KEY_DATE = graphql(`mutation CorrectKeyDateT($input: CorrectKeyDateInput!) {
  correctKeyDate(input: $input) { id keyDates { id kind on derived } corrections { entityType field previousValue newValue } }
}`);
const VOID_KEY_DATE = graphql(`mutation VoidKeyDateT($input: VoidKeyDateInput!) { voidKeyDate(input: $input) { id keyDates { id } } }`);
const CONSENT = graphql(`mutation CorrectConsentT($input: CorrectConsentInput!) {
  correctConsent(input: $input) { id consents { id partyName reviewOn } corrections { entityType field previousValue newValue } }
}`);
const LOG = graphql(`mutation LogActivityForCorrection($input: LogActivityInput!) { logActivity(input: $input) { id } }`);
const RECORD_CONSENT = graphql(`mutation RecordConsentForCorrection($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`);
const ADD_KEY_DATE = graphql(`mutation AddKeyDateForCorrection($r: ID!, $input: KeyDateInput!) {
  addKeyDate(referralId: $r, input: $input) { id keyDates { id kind on derivedFromId } }
}`);
const PERSON_OF = graphql(`query PersonOfCorrected($id: ID!) { referral(id: $id) { personId } }`);
const STATS = graphql(`query StatsAfterCorrection($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) { current {
    referralsByChannel { cells { key value } }
    referralsByAgeBand { cells { key value } }
    activityHoursByKind { key value }
    activitiesByKind { cells { key value } }
  } }
}`);
const EXPORT = graphql(`query SubjectAccessCorrections($id: ID!) { subjectAccessExport(personId: $id) { json } }`);
const ERASE = graphql(`mutation EraseCorrections($id: ID!) { eraseServiceUser(personId: $id) { personId } }`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
let officer2: { id: string; token: string };
const clock = new Date("2026-11-24T10:00:00Z");
let held: Awaited<ReturnType<typeof openCase>>;
let personId: string;

const cell = (cells: { key: string; value: number | null }[], key: string) => cells.find((c) => c.key === key)?.value ?? 0;
async function stats() {
  const res = await server.gql(STATS, { from: "2026-11-01", to: "2026-11-30" }, a.MANAGER.token);
  return res.data.serviceStats.current;
}
/** The rolled-up monthly count the protected (steering) figures are drawn from. */
async function monthly(metric: string, key: string) {
  const rows = await server.db
    .select({ n: tables.statsMonthly.n })
    .from(tables.statsMonthly)
    .where(
      and(
        eq(tables.statsMonthly.serviceId, a.service.id),
        eq(tables.statsMonthly.metric, metric),
        eq(tables.statsMonthly.key, key),
        sql`${tables.statsMonthly.month} = '2026-11-01'`,
      ),
    );
  return rows[0]?.n ?? 0;
}

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
  const o2 = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
  officer2 = { id: o2.id, token: await signIn(server, o2.email) };
  held = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, {
    receivedAt: "2026-11-10T10:00:00Z",
    channel: "HELPLINE",
    contact: { fullName: "Ottilie Brackenbury", phone: "07700 900456" },
    child: { fullName: "Rufus Brackenbury", dateOfBirth: "2016-03-01" },
  });
  personId = (await server.gql(PERSON_OF, { id: held.referralId }, a.MANAGER.token)).data.referral.personId!;
});
afterAll(() => server?.close());

describe("correctChild and correctReferral", () => {
  it("corrects the child's name and date of birth with history; the age band in the statistics follows", async () => {
    const before = await stats();
    expect(cell(before.referralsByAgeBand.cells, "5-10")).toBe(1);
    const res = await server.gql(
      CHILD,
      {
        input: {
          referralId: held.referralId,
          fullName: "Rufus Brackenbury-Hale",
          dateOfBirth: "2012-03-01",
          reason: "Misheard on the phone",
        },
      },
      a.OFFICER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.correctChild.referrals[0]).toMatchObject({ childName: "Rufus Brackenbury-Hale", childDateOfBirth: "2012-03-01" });
    expect(res.data.correctChild.corrections).toEqual(
      expect.arrayContaining([
        { entityType: "child", field: "dateOfBirth", previousValue: "2016-03-01", newValue: "2012-03-01", reason: "Misheard on the phone" },
        {
          entityType: "child",
          field: "fullName",
          previousValue: "Rufus Brackenbury",
          newValue: "Rufus Brackenbury-Hale",
          reason: "Misheard on the phone",
        },
      ]),
    );
    const [r] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, held.referralId));
    expect(r.ageAtReferral).toBe(14);
    const after = await stats();
    expect(cell(after.referralsByAgeBand.cells, "5-10")).toBe(0);
    expect(cell(after.referralsByAgeBand.cells, "11-15")).toBe(1);
    expect(await monthly("ageBand", "11-15")).toBe(1);
    expect(await monthly("ageBand", "5-10")).toBe(0);
  });

  it("corrects the channel; the manager's figures and the steering rollup follow", async () => {
    const res = await server.gql(
      REFERRAL,
      { input: { referralId: held.referralId, channel: "EMAIL", reason: "It came by email" } },
      a.OFFICER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.correctReferral.referrals[0].channel).toBe("EMAIL");
    expect(res.data.correctReferral.corrections).toEqual(
      expect.arrayContaining([{ entityType: "referral", field: "channel", previousValue: "HELPLINE", newValue: "EMAIL" }]),
    );
    const after = await stats();
    expect(cell(after.referralsByChannel.cells, "HELPLINE")).toBe(0);
    expect(cell(after.referralsByChannel.cells, "EMAIL")).toBe(1);
    expect(await monthly("channel", "EMAIL")).toBe(1);
    expect(await monthly("channel", "HELPLINE")).toBe(0);
  });

  it("validates like the original entry and refuses those who may not; nothing changes", async () => {
    const childCases: [string, Record<string, unknown>, string | undefined, string, string?][] = [
      ["a future date of birth", { dateOfBirth: "2027-01-01", reason: "x" }, a.OFFICER.token, "BAD_USER_INPUT", "input.dateOfBirth"],
      [
        "an age over 25 on an eligible referral",
        { dateOfBirth: "1990-01-01", reason: "x" },
        a.OFFICER.token,
        "BAD_USER_INPUT",
        "input.dateOfBirth",
      ],
      ["a name of digits", { fullName: "1234", reason: "x" }, a.OFFICER.token, "BAD_USER_INPUT", "input.fullName"],
      ["no reason", { fullName: "Rufus Hale" }, a.OFFICER.token, "BAD_USER_INPUT", "input.reason"],
      ["nothing to change", { reason: "x" }, a.OFFICER.token, "BAD_USER_INPUT", "input.fullName"],
      ["the same value", { fullName: "Rufus Brackenbury-Hale", reason: "x" }, a.OFFICER.token, "CONFLICT"],
      ["another officer", { fullName: "Rufus Hale", reason: "x" }, officer2.token, "FORBIDDEN"],
      ["a volunteer", { fullName: "Rufus Hale", reason: "x" }, a.VOLUNTEER.token, "FORBIDDEN"],
      ["a steering member", { fullName: "Rufus Hale", reason: "x" }, a.STEERING.token, "FORBIDDEN"],
      ["another service", { fullName: "Rufus Hale", reason: "x" }, b.MANAGER.token, "NOT_FOUND"],
      ["an anonymous caller", { fullName: "Rufus Hale", reason: "x" }, undefined, "UNAUTHENTICATED"],
    ];
    for (const [what, input, token, code, field] of childCases) {
      const res = await server.gqlUnchecked(CHILD, { input: { referralId: held.referralId, ...input } }, token);
      expect(res.errors?.[0].extensions, what).toMatchObject(field ? { code, field } : { code });
    }
    const professional = await server.gqlUnchecked(
      REFERRAL,
      { input: { referralId: held.referralId, source: "PROFESSIONAL", reason: "A SENCo referred" } },
      a.OFFICER.token,
    );
    expect(professional.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.professionalType" });
    const noFamilyConsent = await server.gqlUnchecked(
      REFERRAL,
      {
        input: {
          referralId: held.referralId,
          source: "PROFESSIONAL",
          professionalType: "SOCIAL_WORKER",
          referrerName: "Ms Patel",
          reason: "A SENCo referred",
        },
      },
      a.OFFICER.token,
    );
    expect(noFamilyConsent.errors?.[0].extensions).toMatchObject({ code: "FAMILY_CONSENT_REQUIRED", field: "input.source" });
    const otherService = await server.gqlUnchecked(
      REFERRAL,
      { input: { referralId: held.referralId, channel: "LETTER", reason: "x" } },
      b.MANAGER.token,
    );
    expect(otherService.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const [child] = await server.db
      .select()
      .from(tables.children)
      .innerJoin(tables.referrals, eq(tables.referrals.childId, tables.children.id))
      .where(eq(tables.referrals.id, held.referralId));
    expect(child.children).toMatchObject({ fullName: "Rufus Brackenbury-Hale", dateOfBirth: "2012-03-01" });
    expect(child.referrals).toMatchObject({ channel: "EMAIL", source: "PARENT_CARER" });
    const history = await server.db.select().from(tables.recordCorrections).where(eq(tables.recordCorrections.personId, personId));
    expect(history).toHaveLength(3);
  });
});

describe("correctActivity", () => {
  it("corrects the minutes and kind of a call; the hours statistics follow; refusals change nothing", async () => {
    const logged = await server.gql(
      LOG,
      { input: { caseId: held.caseId, kind: "PHONE_CALL", occurredAt: "2026-11-20T10:00:00Z", minutes: 150, withFamily: true } },
      a.OFFICER.token,
    );
    const id = logged.data.logActivity.id;
    const minutes = async (kind: string) => (await stats()).activityHoursByKind.find((h) => h.key === kind)?.value ?? 0;
    expect(await minutes("PHONE_CALL")).toBe(2.5);
    const res = await server.gql(ACTIVITY, { input: { activityId: id, minutes: 15, reason: "Typed 150 for 15" } }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.correctActivity.activities.find((x) => x.id === id)?.minutes).toBe(15);
    expect(res.data.correctActivity.corrections).toEqual(
      expect.arrayContaining([{ entityType: "activity", field: "minutes", previousValue: "150", newValue: "15" }]),
    );
    expect(await minutes("PHONE_CALL")).toBe(0.25);

    const refusals: [string, Record<string, unknown>, string | undefined, string, string?][] = [
      ["minutes over a day", { minutes: 5000, reason: "x" }, a.OFFICER.token, "BAD_USER_INPUT", "input.minutes"],
      ["in the future", { occurredAt: "2027-01-01T10:00:00Z", reason: "x" }, a.OFFICER.token, "BAD_USER_INPUT", "input.occurredAt"],
      ["advice with no summary", { kind: "ADVICE_GIVEN", reason: "x" }, a.OFFICER.token, "BAD_USER_INPUT", "input.summary"],
      ["another officer", { minutes: 20, reason: "x" }, officer2.token, "FORBIDDEN"],
      ["a volunteer", { minutes: 20, reason: "x" }, a.VOLUNTEER.token, "FORBIDDEN"],
      ["a steering member", { minutes: 20, reason: "x" }, a.STEERING.token, "FORBIDDEN"],
      ["another service", { minutes: 20, reason: "x" }, b.MANAGER.token, "NOT_FOUND"],
      ["an anonymous caller", { minutes: 20, reason: "x" }, undefined, "UNAUTHENTICATED"],
    ];
    for (const [what, input, token, code, field] of refusals) {
      const r = await server.gqlUnchecked(ACTIVITY, { input: { activityId: id, ...input } }, token);
      expect(r.errors?.[0].extensions, what).toMatchObject(field ? { code, field } : { code });
    }
    const [row] = await server.db.select().from(tables.activities).where(eq(tables.activities.id, id));
    expect(row).toMatchObject({ minutes: 15, kind: "PHONE_CALL" });
  });
});

describe("key dates and consents", () => {
  it("corrects a key date (its statutory dates worked out again) and voids one entered in error", async () => {
    const added = await server.gql(
      ADD_KEY_DATE,
      { r: held.referralId, input: { kind: "EHC_NEEDS_ASSESSMENT_REQUEST", on: "2026-11-02" } },
      a.OFFICER.token,
    );
    expect(added.errors).toBeUndefined();
    const main = added.data.addKeyDate.keyDates.find((k) => k.kind === "EHC_NEEDS_ASSESSMENT_REQUEST")!;
    const derivedBefore = added.data.addKeyDate.keyDates.filter((k) => k.derivedFromId === main.id);
    expect(derivedBefore.length).toBeGreaterThan(0);

    const res = await server.gql(KEY_DATE, { input: { keyDateId: main.id, on: "2026-11-03", reason: "Wrong day" } }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    const dates = res.data.correctKeyDate.keyDates;
    expect(dates.find((k) => k.id === main.id)?.on).toBe("2026-11-03");
    expect(dates.filter((k) => k.derived).map((k) => k.id)).not.toEqual(expect.arrayContaining(derivedBefore.map((d) => d.id)));
    expect(dates.filter((k) => k.derived)).toHaveLength(derivedBefore.length);
    const derivedNow = dates.find((k) => k.derived)!;
    const onDerived = await server.gqlUnchecked(
      KEY_DATE,
      { input: { keyDateId: derivedNow.id, on: "2026-12-01", reason: "x" } },
      a.OFFICER.token,
    );
    expect(onDerived.errors?.[0].extensions?.code).toBe("CONFLICT");
    const bad = await server.gqlUnchecked(KEY_DATE, { input: { keyDateId: main.id, on: "2026-02-30", reason: "x" } }, a.OFFICER.token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.on" });
    const notHeld = await server.gqlUnchecked(VOID_KEY_DATE, { input: { keyDateId: main.id, reason: "x" } }, officer2.token);
    expect(notHeld.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const across = await server.gqlUnchecked(VOID_KEY_DATE, { input: { keyDateId: main.id, reason: "x" } }, b.MANAGER.token);
    expect(across.errors?.[0].extensions?.code).toBe("NOT_FOUND");

    const voided = await server.gql(VOID_KEY_DATE, { input: { keyDateId: main.id, reason: "Another family's date" } }, a.OFFICER.token);
    expect(voided.errors).toBeUndefined();
    expect(voided.data.voidKeyDate.keyDates).toEqual([]);
    const all = await server.gql(PERSON, { id: personId, withVoided: true }, a.OFFICER.token);
    expect(all.data.person.keyDates.find((k) => k.id === main.id)).toMatchObject({ voided: true, voidReason: "Another family's date" });
    expect(all.data.person.corrections.find((c) => c.entityType === "key_date" && c.field === "voided")).toMatchObject({
      reason: "Another family's date",
    });
    const rows = await server.db.select().from(tables.keyDates).where(eq(tables.keyDates.referralId, held.referralId));
    expect(rows.every((k) => k.voidedAt !== null)).toBe(true);
    const again = await server.gqlUnchecked(VOID_KEY_DATE, { input: { keyDateId: main.id, reason: "x" } }, a.OFFICER.token);
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
  });

  it("corrects a consent, validated like recording it", async () => {
    const given = await server.gql(
      RECORD_CONSENT,
      {
        input: {
          caseId: held.caseId,
          partyName: "Ms Patell",
          partyType: "SCHOOL",
          granted: true,
          givenOn: "2026-11-20",
          method: "VERBAL",
          reviewOn: "2027-05-20",
          givenBy: "PARENT_CARER",
          mayShare: "The support plan.",
        },
      },
      a.OFFICER.token,
    );
    expect(given.errors).toBeUndefined();
    const id = given.data.recordConsent.id;
    const tooLate = await server.gqlUnchecked(CONSENT, { input: { consentId: id, reviewOn: "2028-06-01", reason: "x" } }, a.OFFICER.token);
    expect(tooLate.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reviewOn" });
    const notHeld = await server.gqlUnchecked(CONSENT, { input: { consentId: id, partyName: "Ms Patel", reason: "x" } }, officer2.token);
    expect(notHeld.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const res = await server.gql(CONSENT, { input: { consentId: id, partyName: "Ms Patel", reason: "Name misspelt" } }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.correctConsent.consents.find((c) => c.id === id)).toMatchObject({ partyName: "Ms Patel", reviewOn: "2027-05-20" });
    expect(res.data.correctConsent.corrections).toEqual(
      expect.arrayContaining([{ entityType: "consent", field: "partyName", previousValue: "Ms Patell", newValue: "Ms Patel" }]),
    );
  });
});

describe("subject access and erasure cover the correction history", () => {
  it("exports every correction and erasure removes their values", async () => {
    const exported = await server.gql(EXPORT, { id: personId }, a.MANAGER.token);
    const data = JSON.parse(exported.data.subjectAccessExport.json);
    const text = JSON.stringify(data.corrections);
    for (const v of ["Rufus Brackenbury", "HELPLINE", "Ms Patell", "Typed 150 for 15", "Another family's date"]) expect(text).toContain(v);
    // The key date voided in error is exported too, with why.
    expect(JSON.stringify(data)).toMatch(/"voidReason":"Another family's date"/);

    const erased = await server.gql(ERASE, { id: personId }, a.MANAGER.token);
    expect(erased.errors).toBeUndefined();
    const history = await server.db.select().from(tables.recordCorrections).where(eq(tables.recordCorrections.personId, personId));
    expect(history.length).toBeGreaterThanOrEqual(6);
    expect(history.every((h) => h.previousValue === null && h.newValue === null && h.reason === null)).toBe(true);
    const keyDates = await server.db.select().from(tables.keyDates).where(eq(tables.keyDates.referralId, held.referralId));
    expect(keyDates.every((k) => k.voidReason === null)).toBe(true);
    const after = await server.gqlUnchecked(
      CHILD,
      { input: { referralId: held.referralId, fullName: "Someone", reason: "x" } },
      a.MANAGER.token,
    );
    expect(after.errors?.[0].extensions?.code).toBe("CONFLICT");
  });
});
