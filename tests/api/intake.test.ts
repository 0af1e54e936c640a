import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { subscribe } from "../support/ws-client.js";
import { CREATE, SUBMIT, createReferralInput, selfReferralInput, type ReferralOverrides } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";
import type { SelfReferralInput } from "../support/gql/graphql.js";

const RECEIVED = graphql(`subscription ReferralReceived { referralReceived { ...ReferralFields } }`);
const CREATE_WITH_KEY_DATES = graphql(`mutation CreateReferralWithKeyDates($input: CreateReferralInput!) {
  createReferral(input: $input) { id keyDates { kind on rule } }
}`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
// Tuesday 24 November 2026, 10:00 London (GMT).
let clock = new Date("2026-11-24T10:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
});
afterAll(() => server?.close());

async function personalRowCounts() {
  const [p] = await server.db.select({ n: count() }).from(tables.people);
  const [c] = await server.db.select({ n: count() }).from(tables.children);
  const [r] = await server.db.select({ n: count() }).from(tables.referrals);
  const [k] = await server.db.select({ n: count() }).from(tables.keyDates);
  return { people: p.n, children: c.n, referrals: r.n, keyDates: k.n };
}

describe("submitSelfReferral", () => {
  it("records the referral and answers with a reference and the response promise", async () => {
    const res = await server.gql(SUBMIT, { input: selfReferralInput(a.service.slug) });
    expect(res.errors).toBeUndefined();
    const receipt = res.data.submitSelfReferral;
    expect(receipt.recorded).toBe(true);
    expect(receipt.reference).toMatch(/^R-[2-9A-Z]{6}$/);
    // Received Tuesday 10:00, target 1 working day → Wednesday 10:00.
    expect(new Date(receipt.respondBy!).toISOString()).toBe("2026-11-25T10:00:00.000Z");
    expect(receipt.responsePromise).toBe("Thank you. We will contact you by email by 10:00am on Wednesday 25 November 2026.");
  });

  it("keeps only an anonymous tally when consent to record is refused", async () => {
    const before = await personalRowCounts();
    const [t0] = await server.db.select({ n: count() }).from(tables.anonymousEnquiries);
    const res = await server.gql(SUBMIT, { input: { ...selfReferralInput(a.service.slug), consentToRecord: false } });
    expect(res.data.submitSelfReferral).toMatchObject({ recorded: false, reference: null });
    expect(await personalRowCounts()).toEqual(before);
    const [t1] = await server.db.select({ n: count() }).from(tables.anonymousEnquiries);
    expect(t1.n).toBe(t0.n + 1);
  });

  it("reaches a manager's open referralReceived subscription, and nobody else's", async () => {
    const manager = await subscribe(server.wsUrl, a.MANAGER.token, RECEIVED);
    const officer = await subscribe(server.wsUrl, a.OFFICER.token, RECEIVED);
    const steering = await subscribe(server.wsUrl, a.STEERING.token, RECEIVED);
    const otherService = await subscribe(server.wsUrl, b.MANAGER.token, RECEIVED);
    // Officers and steering members are refused at subscribe time.
    expect((await officer.next()).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await steering.next()).errors?.[0].extensions?.code).toBe("FORBIDDEN");

    // How fast is measured by the benchmark (pnpm bench, fan-out), not timed here.
    const input = selfReferralInput(a.service.slug);
    const res = await server.gql(SUBMIT, { input });
    const event = await manager.next(5000);
    expect(event.data?.referralReceived).toMatchObject({
      reference: res.data.submitSelfReferral.reference,
      status: "NEW",
      channel: "WEB_FORM",
      contact: { fullName: input.contact!.fullName, preferredContact: "EMAIL", accessibilityNeeds: ["LARGE_PRINT"] },
      child: { fullName: input.child!.fullName, ageYears: 10 },
    });
    expect(await otherService.staysQuiet()).toBe(true);
    await Promise.all([manager.close(), officer.close(), steering.close(), otherService.close()]);
  });

  const bad: [string, ReferralOverrides<SelfReferralInput>, string][] = [
    ["an empty contact name", { contact: { fullName: "   " } }, "input.contact.fullName"],
    ["an empty child name", { child: { fullName: "" } }, "input.child.fullName"],
    ["a date of birth in the future", { child: { dateOfBirth: "2027-01-01" } }, "input.child.dateOfBirth"],
    ["a date that does not exist", { child: { dateOfBirth: "2015-02-30" } }, "input.child.dateOfBirth"],
    ["1 MB of text", { reasonForReferral: "x".repeat(1024 * 1024) }, "input.reasonForReferral"],
    ["a script tag", { reasonForReferral: "hello <script>alert(1)</script>" }, "input.reasonForReferral"],
    ["markup in a name", { contact: { fullName: "<img src=x onerror=alert(1)>" } }, "input.contact.fullName"],
    ["email preferred but no email", { contact: { preferredContact: "EMAIL", email: null } }, "input.contact.email"],
    ["a malformed postcode", { contact: { postcode: "NOT A POSTCODE" } }, "input.contact.postcode"],
    ["an unknown service", { serviceSlug: "no-such-service" }, "input.serviceSlug"],
    ["a phone number with letters", { contact: { phone: "01782 ABC" } }, "input.contact.phone"],
    ["a phone number too short", { contact: { phone: "12345" } }, "input.contact.phone"],
  ];
  for (const [what, overrides, field] of bad) {
    it(`refuses ${what} as BAD_USER_INPUT on ${field} and stores nothing`, async () => {
      const before = await personalRowCounts();
      const res = await server.gql(SUBMIT, { input: selfReferralInput(a.service.slug, overrides) }, undefined);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await personalRowCounts()).toEqual(before);
    });
  }

  it("says a phone number of digits that is too short is too short, not that it needs digits", async () => {
    const res = await server.gql(SUBMIT, { input: selfReferralInput(a.service.slug, { contact: { phone: "12345" } }) }, undefined);
    expect(res.errors?.[0].message).toMatch(/too short/);
    expect(res.errors?.[0].message).not.toMatch(/using digits/);
  });

  it("refuses an unknown enum value as BAD_USER_INPUT naming the field", async () => {
    const res = await server.gqlUnchecked(SUBMIT, { input: { ...selfReferralInput(a.service.slug), currentStage: "SPACE_TRAVEL" } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.currentStage" });
  });
});

describe("createReferral", () => {
  it("takes a referral from any channel with receivedAt in the past and starts the clock then", async () => {
    // Answerphone message left on Friday 20 November at 16:30, entered on Tuesday.
    const res = await server.gql(
      CREATE,
      { input: createReferralInput({ channel: "ANSWERPHONE", receivedAt: "2026-11-20T16:30:00Z" }) },
      a.MANAGER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createReferral).toMatchObject({
      channel: "ANSWERPHONE",
      receivedAt: "2026-11-20T16:30:00.000Z",
      responseTargetAt: "2026-11-23T16:30:00.000Z",
      responseDeadlineAt: "2026-11-24T16:30:00.000Z",
    });
  });

  it("flags a possible duplicate (same child name and date of birth, open referral) without merging", async () => {
    const first = await server.gql(
      CREATE,
      { input: createReferralInput({ child: { fullName: "Ada Lovelace", dateOfBirth: "2012-12-10" } }) },
      a.MANAGER.token,
    );
    const second = await server.gql(
      CREATE,
      { input: createReferralInput({ channel: "EMAIL", child: { fullName: " ada lovelace ", dateOfBirth: "2012-12-10" } }) },
      a.MANAGER.token,
    );
    expect(first.data.createReferral.possibleDuplicate).toBe(false);
    expect(second.data.createReferral).toMatchObject({ possibleDuplicate: true, possibleDuplicateOfId: first.data.createReferral.id });
    // Another service's family with the same name is not a duplicate here.
    const other = await server.gql(
      CREATE,
      { input: createReferralInput({ child: { fullName: "Ada Lovelace", dateOfBirth: "2012-12-10" } }) },
      b.MANAGER.token,
    );
    expect(other.data.createReferral.possibleDuplicate).toBe(false);
  });

  it("refuses a professional referral without the family's consent to share, storing nothing", async () => {
    const before = await personalRowCounts();
    const res = await server.gql(
      CREATE,
      {
        input: createReferralInput({
          channel: "PROFESSIONAL",
          source: "PROFESSIONAL",
          professionalType: "SCHOOL_STAFF",
          referrerName: "Ms SENCo",
          referrerOrganisation: "Oak Primary",
          familyConsentedToShare: false,
        }),
      },
      a.MANAGER.token,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: "FAMILY_CONSENT_REQUIRED", field: "input.familyConsentedToShare" });
    expect(await personalRowCounts()).toEqual(before);
  });

  it("takes a letter from earlier in the year, and refuses a receivedAt more than a year back (a mistyped year)", async () => {
    // Friday 28 August 2026, 16:30: the clock skips the weekend and the Summer bank holiday.
    const august = await server.gql(
      CREATE,
      { input: createReferralInput({ channel: "LETTER", receivedAt: "2026-08-28T15:30:00Z" }) },
      a.MANAGER.token,
    );
    expect(august.errors).toBeUndefined();
    expect(august.data.createReferral.responseTargetAt).toBe("2026-09-01T15:30:00.000Z");
    const before = await personalRowCounts();
    const res = await server.gql(CREATE, { input: createReferralInput({ receivedAt: "2025-11-20T10:00:00Z" }) }, a.MANAGER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.receivedAt" });
    expect(await personalRowCounts()).toEqual(before);
  });

  it("refuses a receivedAt in the future", async () => {
    const res = await server.gql(CREATE, { input: createReferralInput({ receivedAt: "2026-12-01T10:00:00Z" }) }, a.MANAGER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.receivedAt" });
  });

  it("refuses an unknown channel as BAD_USER_INPUT naming the field", async () => {
    const res = await server.gqlUnchecked(CREATE, { input: { ...createReferralInput(), channel: "CARRIER_PIGEON" } }, a.MANAGER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.channel" });
  });

  it("derives statutory dates from an EHC needs assessment request", async () => {
    const res = await server.gql(
      CREATE_WITH_KEY_DATES,
      { input: createReferralInput({ keyDates: [{ kind: "EHC_NEEDS_ASSESSMENT_REQUEST", on: "2026-11-02" }] }) },
      a.MANAGER.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createReferral.keyDates.map((k) => [k.kind, k.on])).toEqual([
      ["EHC_NEEDS_ASSESSMENT_REQUEST", "2026-11-02"],
      ["DECISION_TO_ASSESS_DUE", "2026-12-14"],
      ["FINAL_PLAN_DUE", "2027-03-22"],
    ]);
  });

  for (const role of ["STEERING", "VOLUNTEER", "ADMIN"] as const) {
    it(`refuses a ${role.toLowerCase()} with FORBIDDEN and stores nothing`, async () => {
      const before = await personalRowCounts();
      const res = await server.gql(CREATE, { input: createReferralInput() }, a[role].token);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await personalRowCounts()).toEqual(before);
    });
  }

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    const res = await server.gql(CREATE, { input: createReferralInput() });
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("submitSelfReferral rate limit", () => {
  it("refuses a sixth form from one address within ten minutes", async () => {
    const [{ n: used }] = await server.db
      .select({ n: count() })
      .from(tables.rateLimitEvents)
      .where(eq(tables.rateLimitEvents.bucket, "self-referral"));
    clock = new Date(clock.getTime() + 11 * 60_000);
    for (let i = 0; i < 5; i++) {
      const ok = await server.gql(SUBMIT, { input: selfReferralInput(a.service.slug) });
      expect(ok.errors, `submission ${i + 1}`).toBeUndefined();
    }
    const refused = await server.gql(SUBMIT, { input: selfReferralInput(a.service.slug) });
    expect(refused.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(used).toBeGreaterThan(0);
  });
});
