import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tables } from "server";
import { dbMode, startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff } from "../support/factories.js";
import { ALLOCATE, triagedReferral } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";
import type { AppraisalInput, ConflictInput } from "../support/gql/graphql.js";

const COMPLIANCE_LIST = graphql(`query StaffComplianceList {
  staffCompliance {
    staffId displayName role holdsCases dbsEnhanced dbsCheckedOn dbsBarredListChecked dbsBarredListCheckedOn
    dbsUpdateService dbsUpdateServiceRenewalOn dbsEvidenceRef confidentialitySignedOn appraisalDueOn
    training { kind completedOn expiresOn evidenceRef }
    appraisals { heldOn appraiserId appraiserName }
    conflicts { id kind subject dateOfBirth postcode colleagueId declaredOn withdrawnOn matchedByNameAlone }
    issues { item state dueOn message }
  }
}`);
const RECORD_DBS = graphql(`mutation ComplianceRecordDbs($id: ID!, $input: StaffComplianceInput!) {
  recordStaffCompliance(staffId: $id, input: $input) { id }
}`);
const RECORD_TRAINING = graphql(`mutation ComplianceRecordTraining($id: ID!, $input: StaffTrainingInput!) {
  recordStaffTraining(staffId: $id, input: $input) { id }
}`);
const APPRAISAL = graphql(`mutation RecordAppraisal($id: ID!, $input: AppraisalInput!) {
  recordStaffAppraisal(staffId: $id, input: $input) { staffId appraisalDueOn appraisals { heldOn appraiserName } issues { item state } }
}`);
const DECLARE = graphql(`mutation DeclareConflict($id: ID!, $input: ConflictInput!) {
  declareConflict(staffId: $id, input: $input) { id kind subject dateOfBirth postcode colleagueId declaredOn withdrawnOn }
}`);
const WITHDRAW = graphql(`mutation WithdrawConflict($id: ID!, $input: WithdrawConflictInput!) {
  withdrawConflict(conflictId: $id, input: $input) { id withdrawnOn }
}`);
const SCHEDULE = graphql(`query ComplianceSchedule { supervisionSchedule { staff { id } compliance { issues { item state } } } }`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
const clock = new Date("2026-11-25T10:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Compliance A");
  b = await createServiceWithTeam(server, "Compliance B");
});
afterAll(() => server?.close());

const newOfficer = (overrides: Omit<Partial<Parameters<typeof createStaff>[1]>, "serviceId" | "role"> = {}) =>
  createStaff(server, { serviceId: a.service.id, role: "OFFICER", ...overrides });
const staffRow = async (id: string) => (await server.db.select().from(tables.staff).where(eq(tables.staff.id, id)))[0]!;
const conflictsOf = (id: string) => server.db.select().from(tables.conflictDeclarations).where(eq(tables.conflictDeclarations.staffId, id));

describe(`compliance records (${dbMode})`, () => {
  describe("recordStaffCompliance", () => {
    it("records the barred-list check, the update service and the evidence reference", async () => {
      const o = await newOfficer();
      const res = await server.gql(
        RECORD_DBS,
        {
          id: o.id,
          input: {
            dbsEnhanced: true,
            dbsCheckedOn: "2026-02-01",
            dbsRenewalDueOn: "2029-02-01",
            barredListChecked: true,
            barredListCheckedOn: "2026-02-01",
            updateService: true,
            updateServiceRenewalOn: "2027-02-01",
            evidenceRef: "Cert 0012 3456 7890",
            confidentialitySignedOn: "2026-02-01",
          },
        },
        a.ADMIN.token,
      );
      expect(res.errors).toBeUndefined();
      expect(await staffRow(o.id)).toMatchObject({
        dbsBarredListChecked: true,
        dbsBarredListCheckedOn: "2026-02-01",
        dbsUpdateService: true,
        dbsUpdateServiceRenewalOn: "2027-02-01",
        dbsEvidenceRef: "Cert 0012 3456 7890",
      });
    });

    const refusals: [string, Record<string, unknown>, string][] = [
      ["a DBS certificate date in the future", { dbsCheckedOn: "2026-11-26" }, "input.dbsCheckedOn"],
      ["a barred-list check dated in the future", { barredListCheckedOn: "2026-12-01" }, "input.barredListCheckedOn"],
      ["a barred-list check without its date", { barredListCheckedOn: null }, "input.barredListCheckedOn"],
      ["the update service without its renewal date", { updateService: true }, "input.updateServiceRenewalOn"],
    ];
    for (const [what, change, field] of refusals) {
      it(`refuses ${what} at ${field}, changing nothing`, async () => {
        const o = await newOfficer();
        const before = await staffRow(o.id);
        const input = {
          dbsEnhanced: true,
          dbsCheckedOn: "2026-02-01",
          barredListChecked: true,
          barredListCheckedOn: "2026-02-01",
          confidentialitySignedOn: "2026-02-01",
          ...change,
        };
        const res = await server.gql(RECORD_DBS, { id: o.id, input }, a.ADMIN.token);
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
        expect(await staffRow(o.id)).toEqual(before);
      });
    }
  });

  describe("recordStaffTraining", () => {
    it("records observation before lone casework with its evidence, and refuses safeguarding without an expiry", async () => {
      const o = await newOfficer({ training: [] });
      const obs = await server.gql(
        RECORD_TRAINING,
        { id: o.id, input: { kind: "OBSERVATION", completedOn: "2026-11-01", evidenceRef: "Observed by M. Patel" } },
        a.ADMIN.token,
      );
      expect(obs.errors).toBeUndefined();
      const sg = await server.gql(RECORD_TRAINING, { id: o.id, input: { kind: "SAFEGUARDING", completedOn: "2026-11-01" } }, a.ADMIN.token);
      expect(sg.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.expiresOn" });
      const rows = await server.db.select().from(tables.staffTraining).where(eq(tables.staffTraining.staffId, o.id));
      expect(rows.map((r) => [r.kind, r.evidenceRef])).toEqual([["OBSERVATION", "Observed by M. Patel"]]);
    });
  });

  describe("recordStaffAppraisal", () => {
    it("records an appraisal by a manager; the next falls due three months later", async () => {
      const o = await newOfficer();
      const res = await server.gql(APPRAISAL, { id: o.id, input: { heldOn: "2026-11-20", appraiserId: a.MANAGER.id } }, a.MANAGER.token);
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordStaffAppraisal).toMatchObject({ appraisalDueOn: "2027-02-20", issues: [] });
      expect(res.data!.recordStaffAppraisal.appraisals[0]!.heldOn).toBe("2026-11-20");
    });

    const refusals: [string, () => Promise<AppraisalInput>, string][] = [
      ["an appraisal in the future", async () => ({ heldOn: "2026-11-26", appraiserId: a.MANAGER.id }), "input.heldOn"],
      ["an appraiser who is an officer", async () => ({ heldOn: "2026-11-20", appraiserId: a.OFFICER.id }), "input.appraiserId"],
      ["an appraiser from another service", async () => ({ heldOn: "2026-11-20", appraiserId: b.MANAGER.id }), "input.appraiserId"],
    ];
    for (const [what, input, field] of refusals) {
      it(`refuses ${what} at ${field}, recording nothing`, async () => {
        const o = await newOfficer();
        const res = await server.gql(APPRAISAL, { id: o.id, input: await input() }, a.ADMIN.token);
        expect(res.errors?.[0]?.extensions?.field).toBe(field);
        expect(["BAD_USER_INPUT", "NOT_FOUND"]).toContain(res.errors?.[0]?.extensions?.code);
        expect(await server.db.select().from(tables.staffAppraisals).where(eq(tables.staffAppraisals.staffId, o.id))).toEqual([]);
      });
    }
  });

  describe("staffCompliance and the supervision schedule", () => {
    it("lists each person's records and what is missing, expired or due", async () => {
      const o = await newOfficer({
        dbsBarredListChecked: false,
        dbsRenewalDueOn: "2026-12-10",
        training: [
          { kind: "INDUCTION", completedOn: "2026-01-12" },
          { kind: "SAFEGUARDING", completedOn: "2024-01-12", expiresOn: "2026-11-01" },
        ],
      });
      const res = await server.gql(COMPLIANCE_LIST, undefined, a.ADMIN.token);
      expect(res.errors).toBeUndefined();
      const mine = res.data!.staffCompliance.find((r) => r.staffId === o.id)!;
      expect(mine.issues.map((i) => `${i.item}:${i.state}`)).toEqual([
        "DBS:DUE_SOON",
        "BARRED_LIST:MISSING",
        "SAFEGUARDING:EXPIRED",
        "OBSERVATION:MISSING",
      ]);
      expect(res.data!.staffCompliance.map((r) => r.staffId)).not.toContain(b.OFFICER.id);
      const schedule = await server.gql(SCHEDULE, undefined, a.MANAGER.token);
      const line = schedule.data!.supervisionSchedule.find((e) => e.staff.id === o.id)!;
      expect(line.compliance.issues.map((i) => i.item)).toEqual(["DBS", "BARRED_LIST", "SAFEGUARDING", "OBSERVATION"]);
    });
  });

  describe("declareConflict and withdrawConflict", () => {
    it("records every kind the policy names, and a colleague by their account", async () => {
      const o = await newOfficer();
      const kinds = [
        { kind: "FAMILY", subject: "Robin Ashby", postcode: "st4 7qb", declaredOn: "2026-11-01" },
        { kind: "EDUCATION_SETTING", subject: "Birch Nursery", declaredOn: "2026-11-01" },
        { kind: "PARENT_GROUP", subject: "Potteries Parent Forum", declaredOn: "2026-11-01" },
        { kind: "AGENCY", subject: "Stoke Family Hub", declaredOn: "2026-11-01" },
        { kind: "COLLEAGUE", colleagueId: a.VOLUNTEER.id, declaredOn: "2026-11-01" },
      ] as const;
      for (const input of kinds) {
        const res = await server.gql(DECLARE, { id: o.id, input }, a.ADMIN.token);
        expect(res.errors).toBeUndefined();
      }
      const rows = await conflictsOf(o.id);
      expect(rows.map((r) => r.kind).sort()).toEqual(["AGENCY", "COLLEAGUE", "EDUCATION_SETTING", "FAMILY", "PARENT_GROUP"]);
      expect(rows.find((r) => r.kind === "FAMILY")!.postcode).toBe("ST4 7QB");
      expect(rows.find((r) => r.kind === "COLLEAGUE")).toMatchObject({ colleagueStaffId: a.VOLUNTEER.id });
    });

    it("flags an older family declaration made by surname alone, which allocation still matches, to be declared again", async () => {
      const o = await newOfficer();
      // As the form allowed before decision 041: no date of birth, no postcode (refused by the input today).
      await server.db
        .insert(tables.conflictDeclarations)
        .values({ serviceId: a.service.id, staffId: o.id, kind: "FAMILY", subject: "Ashby", declaredOn: "2024-05-01" });
      await server.gql(
        DECLARE,
        { id: o.id, input: { kind: "FAMILY", subject: "Robin Ashby", postcode: "ST4 7QB", declaredOn: "2026-11-01" } },
        a.ADMIN.token,
      );
      const res = await server.gql(COMPLIANCE_LIST, undefined, a.ADMIN.token);
      const mine = res.data!.staffCompliance.find((r) => r.staffId === o.id)!;
      expect(mine.conflicts.map((c) => [c.subject, c.matchedByNameAlone]).sort()).toEqual([
        ["Ashby", true],
        ["Robin Ashby", false],
      ]);
      const r = await triagedReferral(server, a.MANAGER.token, 2, { contact: { fullName: "Alex Ashby" } });
      expect((await server.gql(ALLOCATE, { r: r.id, s: o.id }, a.MANAGER.token)).errors?.[0]?.extensions?.code).toBe(
        "CONFLICT_OF_INTEREST",
      );
    });

    const refusals: [string, () => Omit<ConflictInput, "declaredOn"> & { declaredOn?: string }, string][] = [
      ["a family by surname alone", () => ({ kind: "FAMILY", subject: "Ashby", postcode: "ST4 7QB" }), "input.subject"],
      ["a person without a date of birth or postcode", () => ({ kind: "FAMILY", subject: "Robin Ashby" }), "input.dateOfBirth"],
      ["a date of birth in the future", () => ({ kind: "FAMILY", subject: "Robin Ashby", dateOfBirth: "2027-01-01" }), "input.dateOfBirth"],
      ["a school without its name", () => ({ kind: "EDUCATION_SETTING" }), "input.subject"],
      ["a colleague not chosen", () => ({ kind: "COLLEAGUE" }), "input.colleagueId"],
      ["a colleague of another service", () => ({ kind: "COLLEAGUE", colleagueId: b.OFFICER.id }), "input.colleagueId"],
      ["a declaration dated in the future", () => ({ kind: "AGENCY", subject: "Hub", declaredOn: "2026-11-26" }), "input.declaredOn"],
    ];
    for (const [what, input, field] of refusals) {
      it(`refuses ${what} at ${field}, recording nothing`, async () => {
        const o = await newOfficer();
        const res = await server.gql(DECLARE, { id: o.id, input: { declaredOn: "2026-11-01", ...input() } }, a.ADMIN.token);
        expect(res.errors?.[0]?.extensions?.field).toBe(field);
        expect(await conflictsOf(o.id)).toEqual([]);
      });
    }

    it("blocks allocation of a referral from the declared agency until withdrawn", async () => {
      const o = await newOfficer();
      const declared = await server.gql(
        DECLARE,
        { id: o.id, input: { kind: "AGENCY", subject: "Stoke Family Hub", declaredOn: "2026-11-01" } },
        a.MANAGER.token,
      );
      const r = await triagedReferral(server, a.MANAGER.token, 2, {
        source: "PROFESSIONAL",
        professionalType: "FAMILY_SUPPORT_WORKER",
        referrerName: "Kit Worker",
        referrerOrganisation: "Stoke  family hub",
        familyConsentedToShare: true,
      });
      const refused = await server.gql(ALLOCATE, { r: r.id, s: o.id }, a.MANAGER.token);
      expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT_OF_INTEREST");
      const early = await server.gql(
        WITHDRAW,
        { id: declared.data!.declareConflict.id, input: { withdrawnOn: "2026-10-01" } },
        a.ADMIN.token,
      );
      expect(early.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.withdrawnOn" });
      const withdrawn = await server.gql(
        WITHDRAW,
        { id: declared.data!.declareConflict.id, input: { withdrawnOn: "2026-11-20" } },
        a.ADMIN.token,
      );
      expect(withdrawn.data?.withdrawConflict.withdrawnOn).toBe("2026-11-20");
      expect((await server.gql(ALLOCATE, { r: r.id, s: o.id }, a.MANAGER.token)).errors).toBeUndefined();
    });
  });

  describe("authorization", () => {
    type Op = [string, (token?: string) => Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>];
    const ops = (): Op[] => [
      ["staffCompliance", (t) => server.gql(COMPLIANCE_LIST, undefined, t)],
      [
        "recordStaffAppraisal",
        (t) => server.gql(APPRAISAL, { id: a.OFFICER.id, input: { heldOn: "2026-11-20", appraiserId: a.MANAGER.id } }, t),
      ],
      [
        "declareConflict",
        (t) => server.gql(DECLARE, { id: a.OFFICER.id, input: { kind: "AGENCY", subject: "Any Agency", declaredOn: "2026-11-01" } }, t),
      ],
      ["withdrawConflict", (t) => server.gql(WITHDRAW, { id: conflictId, input: { withdrawnOn: "2026-11-20" } }, t)],
    ];
    let conflictId = "";
    beforeAll(async () => {
      const [row] = await server.db
        .insert(tables.conflictDeclarations)
        .values({ serviceId: a.service.id, staffId: a.OFFICER.id, kind: "AGENCY", subject: "Auth Agency", declaredOn: "2026-11-01" })
        .returning();
      conflictId = row!.id;
    });

    it("refuses officers, volunteers and steering members with FORBIDDEN, and anonymous callers with UNAUTHENTICATED", async () => {
      for (const [name, call] of ops()) {
        for (const token of [a.OFFICER.token, a.VOLUNTEER.token, a.STEERING.token])
          expect((await call(token)).errors?.[0]?.extensions?.code, name).toBe("FORBIDDEN");
        expect((await call(undefined)).errors?.[0]?.extensions?.code, name).toBe("UNAUTHENTICATED");
      }
      expect((await conflictsOf(a.OFFICER.id)).map((c) => [c.subject, c.withdrawnOn])).toEqual([["Auth Agency", null]]);
    });

    it("answers NOT_FOUND to another service's administrator and manager, and shows them none of this service's records", async () => {
      for (const token of [b.ADMIN.token, b.MANAGER.token]) {
        for (const [name, call] of ops().slice(1)) expect((await call(token)).errors?.[0]?.extensions?.code, name).toBe("NOT_FOUND");
        const list = await server.gql(COMPLIANCE_LIST, undefined, token);
        expect(list.data!.staffCompliance.map((r) => r.staffId)).not.toContain(a.OFFICER.id);
      }
      expect(await server.db.select().from(tables.staffAppraisals).where(eq(tables.staffAppraisals.staffId, a.OFFICER.id))).toEqual([]);
    });

    it("lets a manager keep the records even where the service has an administrator", async () => {
      const o = await newOfficer();
      expect(
        (await server.gql(APPRAISAL, { id: o.id, input: { heldOn: "2026-11-20", appraiserId: a.ADMIN.id } }, a.MANAGER.token)).errors,
      ).toBeUndefined();
    });
  });
});
