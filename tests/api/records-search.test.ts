import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { CREATE, createReferralInput, type ReferralOverrides } from "../support/referrals.js";
import { openCase } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";
import type { CreateReferralInput, RecordSearchInput } from "../support/gql/graphql.js";

/*
 * Issue 19, part 2: a family is found by a misspelt name, date of birth, postcode, reference, phone
 * or email, within what the searcher may see (decision 033), and every search is audited.
 */

const CREATE_FOR_PERSON = graphql(`mutation CreateReferralForPerson($input: CreateReferralInput!) {
  createReferral(input: $input) { id personId }
}`);
const CORRECT = graphql(`mutation CorrectContact($input: CorrectContactInput!) {
  correctContact(input: $input) { id phone corrections { field previousValue newValue reason } }
}`);
const ERASE = graphql(`mutation EraseServiceUser($id: ID!) { eraseServiceUser(personId: $id) { personId referralsErased erasedAt } }`);

const SEARCH = graphql(`query SearchRecords($input: RecordSearchInput!, $first: Int, $after: String) {
  searchRecords(input: $input, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { referralId reference access personId contactName childName heldBy nameScore childDateOfBirth postcode phone email } }
  }
}`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
const clock = new Date("2026-11-24T10:00:00Z");
const refs: Record<string, { id: string; reference: string }> = {};

async function create(token: string, overrides: ReferralOverrides<CreateReferralInput>) {
  const res = await server.gql(CREATE, { input: createReferralInput(overrides) }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createReferral;
}

const bernadette = { fullName: "Bernadette Okonkwo", phone: "07700 900456", email: "B.Okonkwo@example.org", postcode: "ST4 7QB" };

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
  // A parent who called three times, entered by the manager; one of the three is now the officer's case.
  refs.first = await create(a.MANAGER.token, { contact: bernadette, child: { fullName: "Tobi Okonkwo", dateOfBirth: "2015-06-01" } });
  refs.second = await create(a.MANAGER.token, { contact: bernadette, child: { fullName: "Tobi Okonkwo", dateOfBirth: "2015-06-01" } });
  const held = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, {
    contact: bernadette,
    child: { fullName: "Ada Okonkwo", dateOfBirth: "2018-02-03" },
  });
  refs.held = { id: held.referralId, reference: "" };
  // Another Okonkwo family, whose first names are short (a surname typed alone must find both).
  refs.ife = await create(a.MANAGER.token, {
    contact: { fullName: "Ife Okonkwo", phone: "07700 900789" },
    child: { fullName: "Chidi Okonkwo", dateOfBirth: "2016-03-04" },
  });
  // Someone else entirely, and a namesake in another service.
  refs.other = await create(a.MANAGER.token, { contact: { fullName: "Graham Pritchard", postcode: "ST1 3DR" } });
  refs.otherService = await create(b.MANAGER.token, { contact: bernadette });
});
afterAll(() => server?.close());

const search = (input: RecordSearchInput, token = a.MANAGER.token, first?: number, after?: string) =>
  server.gql(SEARCH, { input, first, after }, token);

describe("searchRecords", () => {
  it("finds a parent who called three times by a misspelt name, best match first, in the caller's service only", async () => {
    const res = await search({ name: "Bernadete Okonkow" });
    expect(res.errors).toBeUndefined();
    const hits = res.data.searchRecords.edges.map((e) => e.node);
    expect(hits.map((h) => h.referralId).sort()).toEqual([refs.first.id, refs.second.id, refs.held.id].sort());
    expect(hits.every((h) => h.contactName === "Bernadette Okonkwo" && h.access === "FULL")).toBe(true);
    expect(hits[0].nameScore).toBeGreaterThan(0.3);
    expect(res.data.searchRecords.totalCount).toBe(3);
  });

  it("finds a child by a misspelt name", async () => {
    const res = await search({ name: "Tobi Okonkow" });
    const ids = res.data.searchRecords.edges.map((e) => e.node.referralId);
    expect(ids).toContain(refs.first.id);
    expect(ids).toContain(refs.second.id);
  });

  it("finds by date of birth, postcode (full or district), reference, phone and email, each as typed", async () => {
    const ids = async (input: RecordSearchInput) => (await search(input)).data.searchRecords.edges.map((e) => e.node.referralId).sort();
    expect(await ids({ dateOfBirth: "2018-02-03" })).toEqual([refs.held.id]);
    expect(await ids({ postcode: "st1 3dr" })).toEqual([refs.other.id]);
    expect(await ids({ postcode: "ST1" })).toEqual([refs.other.id]);
    expect(await ids({ reference: refs.first.reference.toLowerCase().replace("r-", "") })).toEqual([refs.first.id]);
    expect(await ids({ phone: "+44 7700 900456" })).toEqual([refs.first.id, refs.second.id, refs.held.id].sort());
    expect(await ids({ email: "b.okonkwo@EXAMPLE.org" })).toEqual([refs.first.id, refs.second.id, refs.held.id].sort());
    // Criteria combine: the name and a date of birth that belongs to one of the three.
    expect(await ids({ name: "Bernadette Okonkwo", dateOfBirth: "2015-06-01" })).toEqual([refs.first.id, refs.second.id].sort());
  });

  it("pages through the hits with a cursor", async () => {
    const one = await search({ phone: "07700900456" }, a.MANAGER.token, 2);
    expect(one.data.searchRecords.edges).toHaveLength(2);
    expect(one.data.searchRecords.pageInfo.hasNextPage).toBe(true);
    const two = await search({ phone: "07700900456" }, a.MANAGER.token, 2, one.data.searchRecords.pageInfo.endCursor!);
    expect(two.data.searchRecords.edges).toHaveLength(1);
    expect(two.data.searchRecords.pageInfo.hasNextPage).toBe(false);
  });

  it("shows an officer the families they hold in full, and others only as known to the service", async () => {
    const res = await search({ name: "Bernadette Okonkwo" }, a.OFFICER.token);
    const hits = res.data.searchRecords.edges.map((e) => e.node);
    const held = hits.find((h) => h.referralId === refs.held.id)!;
    expect(held).toMatchObject({ access: "FULL", phone: "07700 900456", childDateOfBirth: "2018-02-03" });
    const notHeld = hits.find((h) => h.referralId === refs.first.id)!;
    expect(notHeld).toMatchObject({
      access: "LIMITED",
      contactName: "Bernadette Okonkwo",
      personId: null,
      phone: null,
      email: null,
      postcode: null,
      childDateOfBirth: null,
    });
    expect(notHeld.reference).toBe(refs.first.reference);
  });

  it("audits every search by the names of its criteria, never their values, and each hit shown", async () => {
    await search({ name: "Bernadette", phone: "07700900456" }, a.OFFICER.token);
    const events = await server.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, "records.search"), eq(tables.auditEvents.actorStaffId, a.OFFICER.id)))
      .orderBy(asc(tables.auditEvents.id));
    expect(events.at(-1)?.fields).toEqual(["name", "phone"]);
    const hits = await server.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, "records.search.hit"), eq(tables.auditEvents.actorStaffId, a.OFFICER.id)));
    expect(hits.map((e) => e.entityId)).toContain(refs.held.id);
    expect(JSON.stringify([...events, ...hits])).not.toMatch(/Bernadette|07700/);
  });

  const bad: [string, RecordSearchInput, string][] = [
    ["no criteria", {}, "input.name"],
    ["a name of two letters", { name: "Bo" }, "input.name"],
    ["a date that does not exist", { dateOfBirth: "2015-02-30" }, "input.dateOfBirth"],
    ["a postcode that is not one", { postcode: "NOWHERE" }, "input.postcode"],
    ["a reference that is not one", { reference: "ABC" }, "input.reference"],
    ["a phone number of letters", { phone: "call me" }, "input.phone"],
    ["an email without an @", { email: "nobody" }, "input.email"],
  ];
  for (const [what, input, field] of bad) {
    it(`refuses ${what} with BAD_USER_INPUT on ${field}`, async () => {
      const res = await search(input);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    });
  }

  it("refuses a page size outside 1–50", async () => {
    expect((await search({ name: "Bernadette" }, a.MANAGER.token, 500)).errors?.[0].extensions).toMatchObject({ field: "first" });
  });

  for (const role of ["VOLUNTEER", "STEERING", "ADMIN"] as const) {
    it(`refuses a ${role.toLowerCase()} with FORBIDDEN`, async () => {
      expect((await search({ name: "Bernadette" }, a[role].token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });
  }

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    expect((await server.gql(SEARCH, { input: { name: "Bernadette" } })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("never finds another service's families", async () => {
    const res = await search({ email: "b.okonkwo@example.org" }, b.MANAGER.token);
    expect(res.data.searchRecords.edges.map((e) => e.node.referralId)).toEqual([refs.otherService.id]);
  });
});

describe("searchRecords by the words of a name (decision 053)", () => {
  const ids = async (name: string, token = a.MANAGER.token) => {
    const res = await search({ name }, token);
    expect(res.errors).toBeUndefined();
    return res.data.searchRecords.edges.map((e) => e.node.referralId).sort();
  };
  const okonkwos = () => [refs.first.id, refs.second.id, refs.held.id, refs.ife.id].sort();

  it("finds every family of a surname typed alone, long first names and short, as typed or misspelt", async () => {
    expect(await ids("Okonkwo")).toEqual(okonkwos());
    expect(await ids("okonkow")).toEqual(okonkwos());
    const res = await search({ name: "Okonkwo" });
    expect(res.data.searchRecords.edges.every((e) => e.node.nameScore === 1)).toBe(true);
  });

  it("matches a whole name of several words with a typo in each: that family, not its namesakes", async () => {
    expect(await ids("Ife Okonkow")).toEqual([refs.ife.id]);
    expect(await ids("Bernadette Okonkwp")).toEqual([refs.first.id, refs.second.id, refs.held.id].sort());
    expect(await ids("Chidi Okonkwo")).toEqual([refs.ife.id]);
    expect(await ids("Graham Pritchart")).toEqual([refs.other.id]);
  });

  it("never finds another service's namesakes, by surname or whole name", async () => {
    expect(await ids("Okonkwo", b.MANAGER.token)).toEqual([refs.otherService.id]);
    expect(await ids("Bernadette Okonkwo", b.MANAGER.token)).toEqual([refs.otherService.id]);
    expect(await ids("Okonkwo")).not.toContain(refs.otherService.id);
  });

  it("leaves behind no word that only an erased family's names had, and keeps those others still use", async () => {
    const words = async () => (await server.db.select().from(tables.nameWords)).map((w) => w.word);
    const res = await server.gql(
      CREATE_FOR_PERSON,
      { input: createReferralInput({ contact: { fullName: "Ada Quillfeather-Marsh" }, child: { fullName: "Tamsin Quillfeather-Marsh" } }) },
      a.MANAGER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(await words()).toEqual(expect.arrayContaining(["ada", "quillfeather", "marsh", "tamsin", "okonkwo"]));
    expect(await ids("Quillfeather")).toEqual([res.data.createReferral.id]);

    const erased = await server.gql(ERASE, { id: res.data.createReferral.personId! }, a.MANAGER.token);
    expect(erased.errors).toBeUndefined();
    const after = await words();
    for (const gone of ["quillfeather", "marsh", "tamsin"]) expect(after).not.toContain(gone);
    // "Ada" is the Okonkwos' child's name too.
    expect(after).toEqual(expect.arrayContaining(["ada", "okonkwo", "bernadette"]));
    expect(await ids("Quillfeather")).toEqual([]);
  });

  it("forgets a misspelling once the name is corrected, and finds the family by the correction", async () => {
    const words = async () => (await server.db.select().from(tables.nameWords)).map((w) => w.word);
    const res = await server.gql(
      CREATE_FOR_PERSON,
      { input: createReferralInput({ contact: { fullName: "Pat Wrongspeling" } }) },
      a.MANAGER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(await words()).toContain("wrongspeling");
    const corrected = await server.gql(
      CORRECT,
      { input: { personId: res.data.createReferral.personId!, fullName: "Pat Rightspelling", reason: "Spelt out on the second call" } },
      a.MANAGER.token,
    );
    expect(corrected.errors).toBeUndefined();
    expect(await words()).not.toContain("wrongspeling");
    expect(await ids("Rightspelling")).toEqual([res.data.createReferral.id]);
  });
});
