import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { dbMode, startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { subscribe } from "../support/ws-client.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";

const ARRIVALS = graphql(`subscription ResyncArrivals { referralReceived { reference } }`);

/** The close code and reason of the resync signal (server/src/transport/close-codes.ts, decision 026). */
const RESYNC = { code: 1012, reason: "Events may have been missed; reconnect and refetch" };

const within = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), ms))]);

/** Terminates this instance's backends whose last statement matches `pattern`; answers how many. */
async function terminate(server: TestServer, pattern: string): Promise<number> {
  const rows = await server.db.execute<{ ended: boolean }>(
    sql`select pg_terminate_backend(pid) as ended from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and query ilike ${pattern}`,
  );
  return [...(rows as unknown as { ended: boolean }[])].filter((r) => r.ended).length;
}

// PGlite's LISTEN is in-process: there is no connection to lose. On PostgreSQL, the listening connection is terminated.
describe.skipIf(dbMode !== "postgres")("the resync signal when the event feed's connection is lost", () => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof createServiceWithTeam>>;
  beforeAll(async () => {
    server = await startTestServer();
    team = await createServiceWithTeam(server);
  });
  afterAll(() => server?.close());

  it("closes every open subscription with 1012 once the instance listens again, and the subscriptions opened again receive events", async () => {
    const manager = await subscribe(server.wsUrl, team.MANAGER.token, ARRIVALS);
    const officer = await subscribe(server.wsUrl, team.OFFICER.token, ARRIVALS);

    expect(await terminate(server, "listen %")).toBe(1);
    // Written while the feed may be away: its event may never arrive, which is why the signal exists.
    const meanwhile = await server.gql(CREATE, { input: createReferralInput() }, team.MANAGER.token);

    for (const live of [manager, officer]) expect(await within(live.closed, 5000)).toEqual(RESYNC);

    // Reconnecting, as the dashboard does on 1012: the feed is back, so the next event arrives.
    const again = await subscribe(server.wsUrl, team.MANAGER.token, ARRIVALS);
    const created = await server.gql(CREATE, { input: createReferralInput() }, team.MANAGER.token);
    let event = await again.next(3000);
    // Or it arrives after all, if the feed was back before that COMMIT and its delivery found this new
    // subscriber already open (seen once in CI): the one event allowed before the next.
    if (event.data?.referralReceived.reference === meanwhile.data.createReferral.reference) event = await again.next(3000);
    expect(event.data?.referralReceived.reference).toBe(created.data.createReferral.reference);
    await again.close();
  });

  it("does not close subscriptions when other connections of the pool are lost", async () => {
    const live = await subscribe(server.wsUrl, team.MANAGER.token, ARRIVALS);
    // Make sure the pool has connections that are not the listening one, then end them.
    await Promise.all([1, 2, 3].map(() => server.db.execute(sql`select pg_sleep(0.05)`)));
    expect(await terminate(server, "select%")).toBeGreaterThan(0);
    expect(await within(live.closed, 1500)).toBe("timeout");

    const created = await server.gql(CREATE, { input: createReferralInput() }, team.MANAGER.token);
    const res =
      created.data?.createReferral ?? (await server.gql(CREATE, { input: createReferralInput() }, team.MANAGER.token)).data!.createReferral;
    const event = await live.next(3000);
    expect(event.data?.referralReceived.reference).toBe(res.reference);
    await live.close();
  });
});
