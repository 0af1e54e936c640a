import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoStaff } from "server/seed/demo-staff.ts";
import { dbMode, createThrowawayDatabase } from "../support/server.js";
import { post, startServerProcess } from "../support/process.js";
import { subscribe } from "../support/ws-client.js";
import { SUBMIT, selfReferralInput } from "../support/referrals.js";

const LOGIN = `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token me { role } } }`;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe("the start command on an empty folder", () => {
  it("answers me with UNAUTHENTICATED, signs in every demo user, and keeps its data across a restart", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "sendiass-start-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const first = await startServerProcess({ DATA_DIR: dataDir });
    cleanups.push(() => first.stop());
    const me = await post(first.url, `{ me { id } }`);
    expect(me.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    const tokens: Record<string, string> = {};
    for (const member of demoStaff) {
      const res = await post(first.url, LOGIN, { e: member.email, p: DEMO_PASSWORD });
      expect(res.errors, member.email).toBeUndefined();
      expect(res.data.login.me.role).toBe(member.role);
      tokens[member.role] = res.data.login.token;
    }
    const submitted = await post(first.url, SUBMIT, { input: selfReferralInput("demo") });
    expect(submitted.errors).toBeUndefined();
    const queueBefore = await post(first.url, `{ triageQueue(first: 100) { totalCount } }`, {}, tokens.MANAGER);
    expect(queueBefore.data.triageQueue.totalCount).toBeGreaterThan(0);
    await first.stop();

    const second = await startServerProcess({ DATA_DIR: dataDir });
    cleanups.push(() => second.stop());
    // The session, the demo data and the new referral all survived the restart.
    const queueAfter = await post(second.url, `{ triageQueue(first: 100) { totalCount } }`, {}, tokens.MANAGER);
    expect(queueAfter.data.triageQueue.totalCount).toBe(queueBefore.data.triageQueue.totalCount);
    await second.stop();
  }, 120_000);
});

describe.skipIf(dbMode !== "postgres")("two instances on one PostgreSQL", () => {
  it("deliver a subscription event from a mutation on one to a client of the other, and end sessions on both", async () => {
    const db = await createThrowawayDatabase();
    cleanups.push(() => db.drop());
    const one = await startServerProcess({ DATABASE_URL: db.url, SEED_DEMO: "true" });
    cleanups.push(() => one.stop());
    const two = await startServerProcess({ DATABASE_URL: db.url });
    cleanups.push(() => two.stop());

    const login = await post(one.url, LOGIN, { e: "manager@demo.sendiass.test", p: DEMO_PASSWORD });
    const token = login.data.login.token;
    const live = await subscribe(two.wsUrl, token, `subscription { referralReceived { reference channel } }`);
    const submitted = await post(one.url, SUBMIT, { input: selfReferralInput("demo") });
    const event = await live.next(2000);
    expect(event.data?.referralReceived).toEqual({ reference: submitted.data.submitSelfReferral.reference, channel: "WEB_FORM" });

    await post(one.url, `mutation { logout }`, {}, token);
    const closed = await Promise.race([live.closed, new Promise((r) => setTimeout(() => r("timeout"), 3000))]);
    expect(closed).toMatchObject({ code: 4401 });
    await live.close();
  }, 120_000);
});
