import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tables } from "server";
import { PERSONAL_COLUMNS } from "server/dataprotection/dataprotection.rules.ts";
import { dbMode, startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, signIn } from "../support/factories.js";
import { createReferralInput } from "../support/referrals.js";
import { dumpAllRows, pgDump } from "../support/dump.js";
import { TRIAGE } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";

const CREATE_FOR_PERSON = graphql(`mutation CreateReferralForPerson($input: CreateReferralInput!) {
  createReferral(input: $input) { id personId }
}`);
const STATS_CSV = graphql(`query ServiceStatsCsv { serviceStatsCsv(from: "2026-11-01", to: "2026-11-30") }`);
const ERASE = graphql(`mutation EraseServiceUser($id: ID!) { eraseServiceUser(personId: $id) { personId referralsErased erasedAt } }`);
const EXPORT = graphql(`query SubjectAccessExport($id: ID!) { subjectAccessExport(personId: $id) { json html } }`);

const CANARY = "Kanarie7f3a";
let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
const clock = new Date("2026-11-24T10:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
});
afterAll(() => server?.close());
// A test that moves the clock on puts it back, pass or fail.
afterEach(() => void clock.setTime(new Date("2026-11-24T10:00:00Z").getTime()));

/** A family with the canary in every personal field the API accepts, plus casework rows written directly. */
async function plantCanaryFamily() {
  const res = await server.gql(
    CREATE_FOR_PERSON,
    {
      input: createReferralInput({
        channel: "PROFESSIONAL",
        source: "PROFESSIONAL",
        professionalType: "SCHOOL_STAFF",
        referrerName: `Referrer ${CANARY}`,
        referrerOrganisation: `School ${CANARY}`,
        familyConsentedToShare: true,
        contact: {
          fullName: `Parent ${CANARY}`,
          email: `${CANARY.toLowerCase()}@example.org`,
          address: `1 ${CANARY} Street`,
          interpreterLanguage: `Language ${CANARY}`,
          accessibilityNeeds: ["INTERPRETER"],
        },
        child: { fullName: `Child ${CANARY}`, educationSetting: `Setting ${CANARY}`, needsOverview: `Needs ${CANARY}` },
        reasonForReferral: `Reason ${CANARY}`,
        keyDates: [{ kind: "TRIBUNAL", on: "2026-12-10", notes: `Tribunal ${CANARY}` }],
      }),
    },
    a.MANAGER.token,
  );
  expect(res.errors).toBeUndefined();
  const { id: referralId, personId } = res.data.createReferral;
  await server.gql(
    TRIAGE,
    {
      input: {
        referralId,
        eligibility: "ELIGIBLE",
        level: 3,
        notes: `Notes ${CANARY}`,
        priorityOverride: 70,
        priorityOverrideReason: `Override ${CANARY}`,
      },
    },
    a.MANAGER.token,
  );
  // Columns the API fills only on other paths (an ineligible decision; free-text postcode/phone are format-checked).
  await server.db
    .update(tables.referrals)
    .set({ ineligibleReason: `Ineligible ${CANARY}`, signposting: `Signposting ${CANARY}` })
    .where(eq(tables.referrals.id, referralId));
  await server.db
    .update(tables.people)
    .set({ postcode: `${CANARY} 1AA`, phone: `${CANARY} 0123` })
    .where(eq(tables.people.id, res.data.createReferral.personId!));
  const [kase] = await server.db
    .insert(tables.cases)
    .values({ serviceId: a.service.id, referralId, level: 3, openedAt: clock, closureNote: `Closure ${CANARY}` })
    .returning();
  await server.db.insert(tables.activities).values({
    serviceId: a.service.id,
    caseId: kase.id,
    staffId: a.OFFICER.id,
    kind: "PHONE_CALL",
    occurredAt: clock,
    summary: `Call ${CANARY}`,
    voidReason: `Void ${CANARY}`,
  });
  // A key date voided as entered in error (decision 043): why it was void is personal data too.
  await server.db.insert(tables.keyDates).values({
    serviceId: a.service.id,
    referralId: referralId as string,
    kind: "MEETING",
    on: "2026-12-11",
    voidedAt: clock,
    voidedById: a.MANAGER.id,
    voidReason: `Void ${CANARY}`,
  });
  // A correction's history (issue 19): the previous and new values and the reason are personal data.
  await server.db.insert(tables.recordCorrections).values({
    serviceId: a.service.id,
    entityType: "person",
    entityId: personId as string,
    personId: personId as string,
    field: "phone",
    previousValue: `Old ${CANARY}`,
    newValue: `New ${CANARY}`,
    reason: `Reason ${CANARY}`,
    changedById: a.MANAGER.id,
    changedAt: clock,
  });
  await server.db.insert(tables.consents).values({
    serviceId: a.service.id,
    caseId: kase.id,
    partyName: `SENCo ${CANARY}`,
    partyOrganisation: `Org ${CANARY}`,
    partyType: "SCHOOL_STAFF",
    granted: true,
    givenOn: "2026-11-24",
    method: "VERBAL",
    reviewOn: "2026-11-25",
    mayShare: `Share ${CANARY}`,
    recordedById: a.OFFICER.id,
  });
  // A retry's stored answer that names the family's referral (decision 027).
  await server.db.insert(tables.idempotencyKeys).values({
    scope: a.MANAGER.id,
    key: `erasure-${referralId}`,
    requestHash: "0".repeat(64),
    status: 200,
    body: JSON.stringify({ data: { createReferral: { id: referralId, child: { fullName: `Child ${CANARY}` } } } }),
    createdAt: clock,
  });
  await server.db.insert(tables.caseLevelChanges).values({
    serviceId: a.service.id,
    caseId: kase.id,
    fromLevel: 2,
    toLevel: 3,
    reason: `Level ${CANARY}`,
    changedById: a.MANAGER.id,
    changedAt: clock,
  });
  await server.db.insert(tables.caseReopenings).values({
    serviceId: a.service.id,
    caseId: kase.id,
    previousClosedAt: clock,
    reason: `Reopen ${CANARY}`,
    reopenedById: a.MANAGER.id,
    reopenedAt: clock,
  });
  await server.db.insert(tables.mentalCapacityAssessments).values({
    serviceId: a.service.id,
    caseId: kase.id,
    hasCapacity: false,
    assessedOn: "2026-11-24",
    assessedBy: `Assessor ${CANARY}`,
    notes: `Capacity ${CANARY}`,
    recordedById: a.OFFICER.id,
    createdAt: clock,
  });
  await server.db.insert(tables.meetings).values({
    serviceId: a.service.id,
    caseId: kase.id,
    kind: `EHCP review ${CANARY}`,
    scheduledAt: clock,
    keyPoints: `Points ${CANARY}`,
    actions: `Actions ${CANARY}`,
  });
  // A document in the family's folder (decision 038): its name, void reason and hash, and its bytes.
  await server.db
    .insert(tables.documentContents)
    .values({ storageKey: `k-${kase.id}`, serviceId: a.service.id, bytes: Buffer.from(`Report ${CANARY}`) });
  await server.db.insert(tables.documents).values({
    serviceId: a.service.id,
    seriesId: kase.id,
    version: 1,
    attachedTo: "CASE",
    personId: personId as string,
    referralId,
    caseId: kase.id,
    name: `Report ${CANARY}.txt`,
    contentType: "text/plain",
    sizeBytes: 20,
    sha256: `hash ${CANARY}`,
    storageKey: `k-${kase.id}`,
    uploadedById: a.OFFICER.id,
    uploadedAt: clock,
    voidedAt: clock,
    voidedById: a.OFFICER.id,
    voidReason: `Void ${CANARY}`,
  });
  await server.db.insert(tables.conductIncidents).values({
    serviceId: a.service.id,
    caseId: kase.id,
    occurredOn: "2026-11-24",
    description: `Incident ${CANARY}`,
    action: "WARNING",
    signposting: `Signpost ${CANARY}`,
    reviewNote: `Review ${CANARY}`,
    recordedById: a.MANAGER.id,
  });
  // Mileage on one of the family's activities, and a session they attended (decision 042).
  const [anActivity] = await server.db.select().from(tables.activities).where(eq(tables.activities.caseId, kase.id));
  if (anActivity)
    await server.db.insert(tables.activityExpenses).values({
      serviceId: a.service.id,
      activityId: anActivity.id,
      staffId: anActivity.staffId,
      incurredOn: "2026-11-24",
      miles: 3,
      note: `Parking ${CANARY}`,
    });
  await server.db.insert(tables.safeguardingConcerns).values({
    serviceId: a.service.id,
    referralId,
    raisedById: a.OFFICER.id,
    raisedAt: clock,
    summary: `Concern ${CANARY}`,
    outcome: `Outcome ${CANARY}`,
  });
  // An overdue item whose label names the consent's party.
  clock.setTime(new Date("2026-11-26T10:00:00Z").getTime());
  await server.app.overdue.tick();
  clock.setTime(new Date("2026-11-24T10:00:00Z").getTime());
  return { referralId, personId: personId as string };
}

describe("eraseServiceUser", () => {
  it("removes the family's personal data from every table, keeps the skeleton, and is idempotent", async () => {
    const { referralId, personId } = await plantCanaryFamily();
    const before = await dumpAllRows(server);
    // Every personal column really held the canary before erasure.
    for (const [table, columns] of Object.entries(PERSONAL_COLUMNS)) {
      for (const column of columns) {
        // Not text a canary fits in: a date, a list of needs from a fixed list (checked below).
        if (column === "date_of_birth" || column === "accessibility_needs") continue;
        expect(
          before
            .split("\n")
            .some(
              (line) => line.startsWith(`${table} `) && line.includes(`"${column}":"`) && line.split(`"${column}":"`)[1].includes(CANARY),
            ),
          `${table}.${column}`,
        ).toBe(true);
      }
    }
    const [skeletonBefore] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, referralId));
    // Erased a week later, in December: November's statistics, already reported, must not change (the
    // case the erasure closes is counted as closed in December, when it was).
    const erasedAt = new Date("2026-12-01T10:00:00Z");
    clock.setTime(erasedAt.getTime());
    // The manager signs in again a week on (the morning's session has long gone idle).
    const manager = await signIn(server, a.MANAGER.email);
    // With suppression off (k = 1) every count shows, so any change the erasure made would too.
    await server.db.update(tables.services).set({ suppressionK: 1 }).where(eq(tables.services.id, a.service.id));
    const statsBefore = await server.gql(STATS_CSV, {}, manager);
    expect(statsBefore.errors).toBeUndefined();
    expect(statsBefore.data.serviceStatsCsv).toContain("Professional");

    const res = await server.gql(ERASE, { id: personId }, manager);
    expect(res.errors).toBeUndefined();
    expect(res.data.eraseServiceUser).toMatchObject({ personId, referralsErased: 1 });
    const again = await server.gql(ERASE, { id: personId }, manager);
    expect(again.data.eraseServiceUser).toEqual(res.data.eraseServiceUser);

    const after = await dumpAllRows(server);
    expect(after).not.toContain(CANARY);
    expect(after.toLowerCase()).not.toContain(CANARY.toLowerCase());
    if (dbMode === "postgres") expect(pgDump((server.database as any).url)).not.toContain(CANARY);

    const statsAfter = await server.gql(STATS_CSV, {}, manager);
    expect(statsAfter.data.serviceStatsCsv).toBe(statsBefore.data.serviceStatsCsv);
    await server.db.update(tables.services).set({ suppressionK: 5 }).where(eq(tables.services.id, a.service.id));

    const [skeletonAfter] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, referralId));
    for (const key of [
      "channel",
      "source",
      "professionalType",
      "receivedAt",
      "responseTargetAt",
      "responseDeadlineAt",
      "level",
      "ageAtReferral",
      "postcodeDistrict",
      "currentStage",
      "howHeard",
      "eligibility",
    ] as const) {
      expect(skeletonAfter[key], key).toEqual(skeletonBefore[key]);
    }
    // Nobody works with an erased family: the case is closed as of the erasure, its referral closed,
    // and nothing is left overdue.
    expect(skeletonAfter.status).toBe("CLOSED");
    const [personAfter] = await server.db.select().from(tables.people).where(eq(tables.people.id, personId));
    expect(personAfter!.accessibilityNeeds).toEqual([]);
    const [kaseAfter] = await server.db.select().from(tables.cases).where(eq(tables.cases.referralId, referralId));
    expect(kaseAfter).toMatchObject({ status: "CLOSED", closedAt: erasedAt, closureReason: "OTHER" });
    const items = await server.db.select().from(tables.overdueItems).where(eq(tables.overdueItems.referralId, referralId));
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => i.clearedAt === null)).toEqual([]);
    // The audit trail records the erasure with field names only.
    const audit = await server.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.action, "person.erase"));
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(CANARY);
  });

  it("answers NOT_FOUND for another service's person and changes nothing", async () => {
    const res = await server.gql(CREATE_FOR_PERSON, { input: createReferralInput() }, b.MANAGER.token);
    const personId = res.data.createReferral.personId!;
    const refused = await server.gql(ERASE, { id: personId }, a.MANAGER.token);
    expect(refused.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const [row] = await server.db.select().from(tables.people).where(eq(tables.people.id, personId));
    expect(row.erasedAt).toBeNull();
    expect(row.fullName).not.toBeNull();
  });

  for (const role of ["OFFICER", "VOLUNTEER", "STEERING", "ADMIN"] as const) {
    it(`refuses a ${role.toLowerCase()} with FORBIDDEN`, async () => {
      const res = await server.gql(CREATE_FOR_PERSON, { input: createReferralInput() }, a.MANAGER.token);
      const refused = await server.gql(ERASE, { id: res.data.createReferral.personId! }, a[role].token);
      expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });
  }
});

describe("subjectAccessExport", () => {
  it("exports everything held about a person, as JSON and as an escaped page, and audits it", async () => {
    const res = await server.gql(
      CREATE_FOR_PERSON,
      {
        input: createReferralInput({
          contact: { fullName: "Mary O'Hara" },
          reasonForReferral: "Needs help with an EHC needs assessment & appeal",
        }),
      },
      a.MANAGER.token,
    );
    const { id, personId } = res.data.createReferral as { id: string; personId: string };
    const out = await server.gql(EXPORT, { id: personId }, a.MANAGER.token);
    expect(out.errors).toBeUndefined();
    const data = JSON.parse(out.data.subjectAccessExport.json);
    expect(data.person.fullName).toBe("Mary O'Hara");
    expect(data.referrals[0].id).toBe(id);
    expect(data.referrals[0].child.fullName).toMatch(/Sam Bloggs/);
    expect(data.accessLog.some((e: any) => e.action === "referral.create")).toBe(true);
    expect(out.data.subjectAccessExport.html).toContain("Mary O&#39;Hara");
    expect(out.data.subjectAccessExport.html).toContain("&amp; appeal");
    const audit = await server.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.action, "person.export"));
    expect(audit.some((e) => e.entityId === personId)).toBe(true);
  });

  it("refuses steering and officers", async () => {
    const res = await server.gql(CREATE_FOR_PERSON, { input: createReferralInput() }, a.MANAGER.token);
    for (const role of ["STEERING", "OFFICER"] as const) {
      const out = await server.gql(EXPORT, { id: res.data.createReferral.personId! }, a[role].token);
      expect(out.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
  });
});

describe("retention", () => {
  it("anonymises a family whose cases closed longer ago than the service keeps records, and no one else", async () => {
    const { applyRetention } = await import("server/dataprotection/retention.service.ts");
    const old = await server.gql(CREATE_FOR_PERSON, { input: createReferralInput() }, a.MANAGER.token);
    const recent = await server.gql(CREATE_FOR_PERSON, { input: createReferralInput() }, a.MANAGER.token);
    for (const [r, closedAt] of [
      [old, "2019-06-01T10:00:00Z"],
      [recent, "2025-06-01T10:00:00Z"],
    ] as const) {
      await server.db.update(tables.referrals).set({ status: "CLOSED" }).where(eq(tables.referrals.id, r.data.createReferral.id));
      await server.db.insert(tables.cases).values({
        serviceId: a.service.id,
        referralId: r.data.createReferral.id,
        level: 2,
        status: "CLOSED",
        openedAt: new Date("2019-01-01"),
        closedAt: new Date(closedAt),
      });
    }
    await applyRetention({ db: server.db, now: clock });
    const [gone] = await server.db.select().from(tables.people).where(eq(tables.people.id, old.data.createReferral.personId!));
    const [kept] = await server.db.select().from(tables.people).where(eq(tables.people.id, recent.data.createReferral.personId!));
    expect(gone.fullName).toBeNull();
    expect(gone.erasedAt).not.toBeNull();
    expect(kept.fullName).not.toBeNull();
  });
});
