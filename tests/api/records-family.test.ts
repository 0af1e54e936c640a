import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { openCase } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";

/*
 * Issue 19, parts 3 and 4: a parent who called three times has one record with three referrals
 * (duplicates offered to the manager and merged, audited); a wrong phone number is corrected and a
 * duplicated activity voided, with their history shown; erasure and subject access cover the history.
 */

const PERSON = graphql(`query FamilyRecord($id: ID!, $withVoided: Boolean) {
  person(id: $id, withVoided: $withVoided) {
    id fullName phone mergedIntoId
    referrals { id reference repeat caseId childName }
    activities { id kind minutes voided voidReason }
    corrections { entityType field previousValue newValue reason changedBy }
    possibleDuplicates { personId matchedOn referralCount }
  }
}`);
const MERGE = graphql(`mutation MergePeople($input: MergePeopleInput!) { mergePeople(input: $input) { id referrals { id repeat } } }`);
const CORRECT = graphql(`mutation CorrectContact($input: CorrectContactInput!) {
  correctContact(input: $input) { id phone corrections { field previousValue newValue reason } }
}`);
const VOID = graphql(`mutation VoidActivity($input: VoidActivityInput!) { voidActivity(input: $input) { id voided voidReason } }`);
const LOG = graphql(`mutation LogActivityForVoid($input: LogActivityInput!) { logActivity(input: $input) { id } }`);
const CASE_TIMELINE = graphql(`query CaseTimelineAfterVoid($id: ID!) { case(id: $id) { activities { id } } }`);
const PERSON_OF = graphql(`query PersonOfReferral($id: ID!) { referral(id: $id) { personId } }`);
const STATS = graphql(`query ActivityStatsAfterVoid($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) { current { activitiesByKind { cells { key value } } } }
}`);
const EXPORT = graphql(`query SubjectAccessWithHistory($id: ID!) { subjectAccessExport(personId: $id) { json } }`);
const ERASE = graphql(`mutation EraseWithHistory($id: ID!) { eraseServiceUser(personId: $id) { personId } }`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
let officer2: { id: string; token: string };
const clock = new Date("2026-11-24T10:00:00Z");
const parent = { fullName: "Marguerite Fennimore", phone: "07700 900789", email: "m.fennimore@example.org" };
const people: string[] = [];
const referralIds: string[] = [];
let held: Awaited<ReturnType<typeof openCase>>;

async function personOf(referralId: string) {
  const res = await server.gql(PERSON_OF, { id: referralId }, a.MANAGER.token);
  return res.data.referral.personId!;
}

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
  await server.db.update(tables.services).set({ suppressionK: 2 }).where(eq(tables.services.id, a.service.id));
  const o2 = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
  officer2 = { id: o2.id, token: await signIn(server, o2.email) };
  // Three calls from one parent, each entered as it came: three records of one person.
  for (const received of ["2026-11-02T10:00:00Z", "2026-11-09T10:00:00Z"]) {
    const res = await server.gql(
      CREATE,
      {
        input: createReferralInput({
          receivedAt: received,
          contact: parent,
          child: { fullName: "Noah Fennimore", dateOfBirth: "2014-09-09" },
        }),
      },
      a.MANAGER.token,
    );
    referralIds.push(res.data.createReferral.id);
  }
  held = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, {
    contact: parent,
    child: { fullName: "Noah Fennimore", dateOfBirth: "2014-09-09" },
  });
  referralIds.push(held.referralId);
  for (const id of referralIds) people.push(await personOf(id));
});
afterAll(() => server?.close());

describe("person and mergePeople", () => {
  it("offers the manager the other records of the same parent, with why", async () => {
    const res = await server.gql(PERSON, { id: people[0] }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    const offered = res.data.person.possibleDuplicates;
    expect(offered.map((d) => d.personId).sort()).toEqual([people[1], people[2]].sort());
    expect(offered[0].matchedOn).toMatch(/name and phone/);
    expect(offered[0].matchedOn).toMatch(/child's name and date of birth/);
  });

  it("refuses a merge across services, by an officer, of a record with itself; nothing changes", async () => {
    const other = await server.gql(CREATE, { input: createReferralInput({ contact: parent }) }, b.MANAGER.token);
    const theirs = (await server.gql(PERSON_OF, { id: other.data.createReferral.id }, b.MANAGER.token)).data.referral.personId!;
    const across = await server.gql(MERGE, { input: { keepPersonId: people[0], mergePersonId: theirs } }, a.MANAGER.token);
    expect(across.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const byOfficer = await server.gql(MERGE, { input: { keepPersonId: people[0], mergePersonId: people[1] } }, a.OFFICER.token);
    expect(byOfficer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const self = await server.gql(MERGE, { input: { keepPersonId: people[0], mergePersonId: people[0] } }, a.MANAGER.token);
    expect(self.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.mergePersonId" });
    const [{ n }] = await server.db.select({ n: count() }).from(tables.referrals).where(eq(tables.referrals.personId, people[0]));
    expect(n).toBe(1);
  });

  it("merges the duplicates: one record with three referrals, the later ones repeats, audited", async () => {
    await server.gql(MERGE, { input: { keepPersonId: people[0], mergePersonId: people[1], reason: "Same parent" } }, a.MANAGER.token);
    const res = await server.gql(MERGE, { input: { keepPersonId: people[0], mergePersonId: people[2] } }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.mergePeople.referrals.map((r) => r.id)).toEqual(referralIds);
    expect(res.data.mergePeople.referrals.map((r) => r.repeat)).toEqual([false, true, true]);
    const events = await server.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.action, "person.merge"));
    expect(events.map((e) => e.entityId)).toEqual(expect.arrayContaining([people[0], people[1], people[2]]));
    const again = await server.gql(MERGE, { input: { keepPersonId: people[0], mergePersonId: people[1] } }, a.MANAGER.token);
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
    const merged = await server.gql(PERSON, { id: people[0] }, a.MANAGER.token);
    expect(merged.data.person.possibleDuplicates).toEqual([]);
  });

  it("opens for the officer who holds one of the family's cases, not for another officer, service or role", async () => {
    expect((await server.gql(PERSON, { id: people[0] }, a.OFFICER.token)).data.person.referrals).toHaveLength(3);
    expect((await server.gql(PERSON, { id: people[0] }, officer2.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(PERSON, { id: people[0] }, b.MANAGER.token)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await server.gql(PERSON, { id: people[0] }, a.VOLUNTEER.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(PERSON, { id: people[0] }, a.STEERING.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(PERSON, { id: people[0] })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("correctContact", () => {
  it("corrects a wrong phone number, keeping the previous value with who, when and why", async () => {
    const res = await server.gql(
      CORRECT,
      { input: { personId: people[0], phone: "07700 900780", reason: "Mistyped on the first call" } },
      a.OFFICER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.correctContact.phone).toBe("07700 900780");
    expect(res.data.correctContact.corrections.find((c) => c.field === "phone")).toEqual({
      field: "phone",
      previousValue: "07700 900789",
      newValue: "07700 900780",
      reason: "Mistyped on the first call",
    });
    const record = await server.gql(PERSON, { id: people[0] }, a.MANAGER.token);
    expect(record.data.person.corrections.find((c) => c.field === "phone")?.changedBy).toMatch(/^Officer/);
  });

  it("validates like the original entry and refuses those who may not; nothing changes", async () => {
    const cases: [string, Record<string, unknown>, string | undefined, string, string?][] = [
      ["a phone of letters", { phone: "call me", reason: "x" }, a.OFFICER.token, "BAD_USER_INPUT", "input.phone"],
      ["no reason", { phone: "07700 900111" }, a.OFFICER.token, "BAD_USER_INPUT", "input.reason"],
      ["another officer", { phone: "07700 900111", reason: "x" }, officer2.token, "FORBIDDEN"],
      ["another service", { phone: "07700 900111", reason: "x" }, b.MANAGER.token, "NOT_FOUND"],
      ["a steering member", { phone: "07700 900111", reason: "x" }, a.STEERING.token, "FORBIDDEN"],
      ["an anonymous caller", { phone: "07700 900111", reason: "x" }, undefined, "UNAUTHENTICATED"],
    ];
    for (const [what, input, token, code, field] of cases) {
      const res = await server.gqlUnchecked(CORRECT, { input: { personId: people[0], ...input } }, token);
      expect(res.errors?.[0].extensions, what).toMatchObject(field ? { code, field } : { code });
    }
    const [row] = await server.db.select().from(tables.people).where(eq(tables.people.id, people[0]));
    expect(row.phone).toBe("07700 900780");
    const history = await server.db.select().from(tables.recordCorrections).where(eq(tables.recordCorrections.field, "phone"));
    expect(history).toHaveLength(1);
  });
});

describe("voidActivity", () => {
  it("voids a call logged twice: kept for audit, out of the timeline and the statistics", async () => {
    const call = { caseId: held.caseId, kind: "PHONE_CALL" as const, occurredAt: "2026-11-24T10:00:00Z", minutes: 15, withFamily: true };
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const logged = await server.gql(LOG, { input: call }, a.OFFICER.token);
      if (logged.errors) throw new Error(JSON.stringify(logged.errors));
      ids.push(logged.data.logActivity.id);
    }
    const calls = async () =>
      (
        await server.gql(STATS, { from: "2026-11-01", to: "2026-11-30" }, a.MANAGER.token)
      ).data.serviceStats.current.activitiesByKind.cells.find((c) => c.key === "PHONE_CALL")?.value;
    expect(await calls()).toBe(5);

    const res = await server.gql(VOID, { input: { activityId: ids[4], reason: "Logged twice" } }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.voidActivity).toMatchObject({ voided: true, voidReason: "Logged twice" });
    expect(await calls()).toBe(4);
    const timeline = await server.gql(CASE_TIMELINE, { id: held.caseId }, a.OFFICER.token);
    expect(timeline.data.case.activities.map((x) => x.id)).not.toContain(ids[4]);
    const record = await server.gql(PERSON, { id: people[0] }, a.OFFICER.token);
    expect(record.data.person.activities.map((x) => x.id)).not.toContain(ids[4]);
    const all = await server.gql(PERSON, { id: people[0], withVoided: true }, a.OFFICER.token);
    expect(all.data.person.activities.find((x) => x.id === ids[4])).toMatchObject({ voided: true, voidReason: "Logged twice" });
    expect(all.data.person.corrections.find((c) => c.entityType === "activity")).toMatchObject({ field: "voided", reason: "Logged twice" });
    const [kept] = await server.db.select().from(tables.activities).where(eq(tables.activities.id, ids[4]));
    expect(kept.voidedAt).not.toBeNull();

    const again = await server.gql(VOID, { input: { activityId: ids[4], reason: "again" } }, a.OFFICER.token);
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
    for (const [token, code] of [
      [officer2.token, "FORBIDDEN"],
      [a.VOLUNTEER.token, "FORBIDDEN"],
      [b.MANAGER.token, "NOT_FOUND"],
      [a.STEERING.token, "FORBIDDEN"],
    ] as const) {
      const res2 = await server.gql(VOID, { input: { activityId: ids[3], reason: "no" } }, token);
      expect(res2.errors?.[0].extensions?.code).toBe(code);
    }
    const blank = await server.gql(VOID, { input: { activityId: ids[3], reason: " " } }, a.OFFICER.token);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    const [untouched] = await server.db.select().from(tables.activities).where(eq(tables.activities.id, ids[3]));
    expect(untouched.voidedAt).toBeNull();
  });
});

describe("subject access and erasure cover the history", () => {
  it("exports the corrections and merged records, and erasure removes their values", async () => {
    const exported = await server.gql(EXPORT, { id: people[0] }, a.MANAGER.token);
    const data = JSON.parse(exported.data.subjectAccessExport.json);
    expect(data.referrals).toHaveLength(3);
    expect(data.mergedRecords.map((m: { id: string }) => m.id).sort()).toEqual([people[1], people[2]].sort());
    expect(JSON.stringify(data.corrections)).toContain("07700 900789");

    const erased = await server.gql(ERASE, { id: people[0] }, a.MANAGER.token);
    expect(erased.errors).toBeUndefined();
    const history = await server.db
      .select()
      .from(tables.recordCorrections)
      .where(and(eq(tables.recordCorrections.serviceId, a.service.id), eq(tables.recordCorrections.personId, people[0])));
    expect(history.length).toBeGreaterThan(0);
    expect(history.every((h) => h.previousValue === null && h.newValue === null && h.reason === null)).toBe(true);
    const dupes = await server.db.select().from(tables.people).where(eq(tables.people.mergedIntoId, people[0]));
    expect(dupes.every((p) => p.fullName === null && p.phone === null && p.erasedAt !== null)).toBe(true);
  });
});
