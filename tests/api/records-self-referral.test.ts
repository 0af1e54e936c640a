import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { SUBMIT, selfReferralInput } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";

/*
 * Issue 19 [001 Eligibility], decision 043: the public form records an enquiry about a young person
 * over 25 as not eligible and signposts the family kindly, as staff intake does, instead of refusing
 * it; a date of birth in the future is still refused and stores nothing.
 */

const SUBMIT_ELIGIBLE = graphql(`mutation SubmitSelfReferralEligible($input: SelfReferralInput!) {
  submitSelfReferral(input: $input) { recorded eligible reference responsePromise respondBy }
}`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
const clock = new Date("2026-11-24T10:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  await server.db.update(tables.services).set({ helplinePhone: "01782 234234" }).where(eq(tables.services.id, a.service.id));
});
afterAll(() => server?.close());

describe("submitSelfReferral for a young person over 25", () => {
  it("records the enquiry as not eligible and signposted, and tells the family where to go", async () => {
    const input = selfReferralInput(a.service.slug, { submittedBy: "YOUNG_PERSON", child: { dateOfBirth: "1996-11-24" } });
    const res = await server.gql(SUBMIT_ELIGIBLE, { input });
    expect(res.errors).toBeUndefined();
    const receipt = res.data.submitSelfReferral;
    expect(receipt).toMatchObject({ recorded: true, eligible: false, respondBy: null });
    expect(receipt.reference).toMatch(/\S/);
    expect(receipt.responsePromise).toMatch(/aged 0 to 25/);
    expect(receipt.responsePromise).toMatch(/aged 30/);
    expect(receipt.responsePromise).toMatch(/adult social care/);
    expect(receipt.responsePromise).toMatch(/01782 234234/);

    const [row] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.reference, receipt.reference!));
    expect(row).toMatchObject({
      channel: "WEB_FORM",
      status: "SIGNPOSTED",
      eligibility: "INELIGIBLE",
      ageAtReferral: 30,
      ineligibleReason: "Aged 30 at referral: outside 0–25",
      createdById: null,
      triagedById: null,
    });
    expect(row.signposting).toBe(receipt.responsePromise);
    expect(row.triagedAt).not.toBeNull();
  });

  it("still answers an eligible family with the response promise", async () => {
    const res = await server.gql(SUBMIT_ELIGIBLE, { input: selfReferralInput(a.service.slug) });
    expect(res.data.submitSelfReferral).toMatchObject({ recorded: true, eligible: true });
    expect(res.data.submitSelfReferral.respondBy).not.toBeNull();
  });

  it("still refuses a date of birth in the future, storing nothing", async () => {
    const before = (await server.db.select().from(tables.referrals)).length;
    const res = await server.gql(SUBMIT, { input: selfReferralInput(a.service.slug, { child: { dateOfBirth: "2027-01-01" } }) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.child.dateOfBirth" });
    expect((await server.db.select().from(tables.referrals)).length).toBe(before);
  });
});
