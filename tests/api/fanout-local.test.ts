import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referralDeliveryReads } from "server";
import { observeReferralCommits, type ReferralCommitStamp } from "server/referral/referral.service.ts";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { subscribe } from "../support/ws-client.js";
import { graphql } from "../support/gql/index.js";
import { CREATE, SUBMIT, createReferralInput, selfReferralInput } from "../support/referrals.js";

// Issue 23's local fast path: a referral created through this instance's API reaches this
// instance's subscribers as the creating transaction read it, with no second read; the NOTIFY
// carries only an opaque origin tag. (tests/api/instances.test.ts: another process reads it.)

const RECEIVED = graphql(`subscription LocalReceived { referralReceived { ...ReferralFields } }`);
const QUEUE = graphql(`subscription LocalQueue { triageQueueChanged { change referralId referral { ...ReferralFields } } }`);
const READ = graphql(`query LocalRead($id: ID!) { referral(id: $id) { ...ReferralFields } }`);

let server: TestServer;
let team: Awaited<ReturnType<typeof createServiceWithTeam>>;
const clock = new Date("2026-11-25T09:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  team = await createServiceWithTeam(server, "Local fast path");
});
afterAll(() => server?.close());

describe("subscription delivery of a referral this instance created", () => {
  it("gives its subscribers the referral as the mutation read it, without reading it again", async () => {
    const received = await subscribe(server.wsUrl, team.MANAGER.token, RECEIVED);
    const queue = await subscribe(server.wsUrl, team.MANAGER.token, QUEUE);
    const before = referralDeliveryReads();
    const created = await server.gql(CREATE, { input: createReferralInput() }, team.OFFICER.token);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createReferral.id;

    const event = await received.next(3000);
    const change = await queue.next(3000);
    const after = referralDeliveryReads();
    expect(after.fromCommit - before.fromCommit).toBe(2);
    expect(after.read - before.read).toBe(0);

    // What they got is what a fresh read gives.
    const fresh = await server.gql(READ, { id }, team.MANAGER.token);
    expect(event.data?.referralReceived).toEqual(fresh.data!.referral);
    expect(change.data?.triageQueueChanged).toEqual({ change: "ADDED", referralId: id, referral: fresh.data!.referral });
    await received.close();
    await queue.close();
  });

  it("reads the referral when the event was not caused here (a self-referral from the public form)", async () => {
    const received = await subscribe(server.wsUrl, team.MANAGER.token, RECEIVED);
    const before = referralDeliveryReads();
    const submitted = await server.gql(SUBMIT, { input: selfReferralInput(team.service.slug) });
    expect(submitted.errors).toBeUndefined();
    const event = await received.next(3000);
    expect(event.data?.referralReceived.reference).toBe(submitted.data!.submitSelfReferral.reference);
    const after = referralDeliveryReads();
    expect(after.read - before.read).toBe(1);
    expect(after.fromCommit - before.fromCommit).toBe(0);
    await received.close();
  });

  it("stamps createReferral's COMMIT for an observer in this process (the benchmark's t0) before its event arrives, and only while one is set", async () => {
    const received = await subscribe(server.wsUrl, team.MANAGER.token, RECEIVED);
    const stamps: ReferralCommitStamp[] = [];
    observeReferralCommits((stamp) => stamps.push(stamp));
    try {
      const created = await server.gql(CREATE, { input: createReferralInput() }, team.OFFICER.token);
      expect(created.errors).toBeUndefined();
      await received.next(3000);
      expect(stamps).toHaveLength(1);
      const [stamp] = stamps;
      expect(stamp!.referralId).toBe(created.data!.createReferral.id);
      // Taken before COMMIT was sent: the event it sends cannot have reached the fan-out earlier.
      expect(stamp!.beforeCommit).toBeLessThanOrEqual(stamp!.afterCommit);
      expect(server.app.fanoutStats().last!.arrivedAt).toBeGreaterThanOrEqual(stamp!.beforeCommit);
      // A createReferral refused before its transaction commits nothing, and stamps nothing.
      const refused = await server.gql(CREATE, { input: createReferralInput({ consentToRecord: false }) }, team.OFFICER.token);
      expect(refused.errors?.[0]?.extensions?.code).toBe("CONSENT_REQUIRED");
      expect(stamps).toHaveLength(1);
    } finally {
      observeReferralCommits(undefined);
    }
    // Off again: nothing more is stamped.
    const later = await server.gql(CREATE, { input: createReferralInput() }, team.OFFICER.token);
    expect(later.errors).toBeUndefined();
    await received.next(3000);
    expect(stamps).toHaveLength(1);
    await received.close();
  });
});
