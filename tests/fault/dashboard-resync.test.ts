import { setTimeout as sleep } from "node:timers/promises";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "server/seed/demo-staff.ts";
import { post, startServerProcess } from "../support/process.js";
import { subscribe } from "../support/ws-client.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";
import { newPage, openBrowser } from "../e2e/support/browser.js";
import { CHROMIUM_PATH } from "../e2e/support/paths.js";
import { startPrivateCluster } from "./cluster.js";

/**
 * Issue 16, decision 026, seen from the dashboard: a referral committed while an instance's event feed
 * (its LISTEN connection) is away never reaches that instance as an event; when the feed is back the
 * instance closes its sockets with 1012 and the manager's open queue asks again, so the referral shows
 * without anyone reloading. The gap is made certain, not raced: the database refuses new connections
 * while the listening backends are ended, so the feed stays away while another instance's warm
 * connections write and commit.
 */
const dashboardDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dashboard/dist");
const LOGIN = graphql(`mutation ResyncSignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`);
const ARRIVALS = graphql(`subscription ResyncArrivals { referralReceived { reference } }`);

function buildDashboardIfMissing() {
  if (existsSync(path.join(dashboardDist, "index.html"))) return;
  const dashboard = path.dirname(dashboardDist);
  const result = spawnSync(path.join(dashboard, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn"], {
    cwd: dashboard,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("vite build of the dashboard failed");
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe.skipIf(!existsSync(CHROMIUM_PATH))("the dashboard when its instance's event feed drops and returns", () => {
  it("shows a referral committed while the feed was away, without a reload, once the instance signals resync", async () => {
    buildDashboardIfMissing();
    const cluster = await startPrivateCluster();
    cleanups.push(() => cluster.destroy());
    await cluster.psql("create database resync");
    const env = { DATABASE_URL: cluster.url("resync"), LOG_LEVEL: "error" };
    const a = await startServerProcess({ ...env, SEED_DEMO: "true", DASHBOARD_DIST: dashboardDist });
    cleanups.push(() => a.stop());
    const b = await startServerProcess(env);
    cleanups.push(() => b.stop());
    const base = a.url.replace(/\/graphql$/, "");

    // The manager's queue on instance A, live.
    const browser = await openBrowser({ viewport: { width: 1366, height: 768 } });
    cleanups.push(() => browser.close());
    const page = await newPage(browser);
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email address").fill("manager@demo.sendiass.test");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("queue-count").waitFor();
    await page.getByTestId("connection-state").filter({ hasText: "Live" }).waitFor();
    await page.evaluate(() => ((window as unknown as { untouched: boolean }).untouched = true));

    // Instance B, warmed so its pool holds open connections; a plain subscriber on A beside the dashboard.
    const token = (await post(b.url, LOGIN, { e: "manager@demo.sendiass.test", p: DEMO_PASSWORD })).data.login.token;
    const warm = await Promise.all(
      Array.from({ length: 4 }, () => post(b.url, CREATE, { input: createReferralInput({ receivedAt: new Date().toISOString() }) }, token)),
    );
    expect(warm.every((r) => !r.errors)).toBe(true);
    const watcher = await subscribe(a.wsUrl, token, ARRIVALS);
    cleanups.push(() => watcher.close());
    for (const r of warm) await page.locator(`[data-testid="queue-row"][data-reference="${r.data.createReferral.reference}"]`).waitFor();

    // The feed goes away and cannot come back: no new connections, every listening backend ended.
    await cluster.psql("alter database resync allow_connections false");
    const ended = await cluster.psql(
      "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = 'resync' and query ilike 'listen%'",
    );
    expect(Number(ended.trim())).toBe(2);
    await sleep(300);

    // A referral committed now, through B's warm connections, makes a notification nobody hears.
    const missed = await post(b.url, CREATE, { input: createReferralInput({ receivedAt: new Date().toISOString() }) }, token);
    expect(missed.errors).toBeUndefined();
    const reference = missed.data.createReferral.reference;
    const row = page.locator(`[data-testid="queue-row"][data-reference="${reference}"]`);
    expect(await watcher.staysQuiet(1500)).toBe(true);
    expect(await row.count()).toBe(0);

    // The feed returns: A closes its sockets with 1012, the dashboard reconnects and asks again.
    await cluster.psql("alter database resync allow_connections true");
    expect((await watcher.closed).code).toBe(1012);
    await row.waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBe(true);
    await page.getByTestId("connection-state").filter({ hasText: "Live" }).waitFor();
  });
});
