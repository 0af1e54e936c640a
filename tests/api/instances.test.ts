import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "server/seed/demo-staff.ts";
import { dbMode, createThrowawayDatabase } from "../support/server.js";
import { post, startServerProcess } from "../support/process.js";
import { subscribe } from "../support/ws-client.js";
import { CREATE, SUBMIT, createReferralInput, selfReferralInput } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";

const LOGIN = graphql(`mutation InstanceLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`);
const RECEIVED = graphql(`subscription ReceivedOnOtherInstance { referralReceived { reference channel } }`);
const LOGOUT = graphql(`mutation InstanceLogout { logout }`);
const RECEIVED_FULL = graphql(`subscription ReceivedFullOnEitherInstance { referralReceived { ...ReferralFields } }`);
const READ = graphql(`query InstanceReadReferral($id: ID!) { referral(id: $id) { ...ReferralFields } }`);

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe.skipIf(dbMode !== "postgres")("two instances on one PostgreSQL", () => {
  it("deliver a subscription event from a mutation on one to a client of the other, and end sessions on both", async () => {
    const db = await createThrowawayDatabase();
    cleanups.push(() => db.drop());
    // Started together, as a deployment would: migrations take an advisory lock, so they run once.
    const starting = [startServerProcess({ DATABASE_URL: db.url, SEED_DEMO: "true" }), startServerProcess({ DATABASE_URL: db.url })];
    for (const s of starting) cleanups.push(async () => (await s.catch(() => undefined))?.stop());
    const [one, two] = await Promise.all(starting);

    const login = await post(one.url, LOGIN, { e: "manager@demo.sendiass.test", p: DEMO_PASSWORD });
    const token = login.data.login.token;
    const live = await subscribe(two.wsUrl, token, RECEIVED);
    const submitted = await post(one.url, SUBMIT, { input: selfReferralInput("demo") });
    const event = await live.next(2000);
    expect(event.data?.referralReceived).toEqual({ reference: submitted.data.submitSelfReferral.reference, channel: "WEB_FORM" });

    // A referral entered through instance one reaches its own subscribers as its transaction read it
    // (the local fast path); instance two knows nothing of that and reads it: the same fields either way.
    const full = await subscribe(two.wsUrl, token, RECEIVED_FULL);
    const local = await subscribe(one.wsUrl, token, RECEIVED_FULL);
    const created = await post(one.url, CREATE, { input: createReferralInput() }, token);
    expect(created.errors).toBeUndefined();
    const [there, here] = [await full.next(3000), await local.next(3000)];
    const fresh = await post(two.url, READ, { id: created.data.createReferral.id }, token);
    expect(there.data?.referralReceived).toEqual(fresh.data.referral);
    expect(here.data?.referralReceived).toEqual(fresh.data.referral);
    await full.close();
    await local.close();

    await post(one.url, LOGOUT, {}, token);
    const closed = await Promise.race([live.closed, new Promise((r) => setTimeout(() => r("timeout"), 3000))]);
    expect(closed).toMatchObject({ code: 4401 });
    await live.close();
  }, 120_000);
});
