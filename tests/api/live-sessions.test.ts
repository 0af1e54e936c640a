import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { tables, type Viewer } from "server";
import { dbMode, startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { subscribe } from "../support/ws-client.js";
import { graphql } from "../support/gql/index.js";
import { CREATE, createReferralInput } from "../support/referrals.js";

const RECEIVED = graphql(`subscription NewReferralId { referralReceived { id } }`);

// Subscriptions re-check every subscriber for every event against rows kept in memory and in step
// with the database through triggers (decision 015). These tests change rows the way anything could
// (plain SQL, as another instance or an administrator would) and check that what is kept follows.

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
const clock = new Date("2026-11-25T09:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
});
afterAll(() => server?.close());

const kept = () => server.app.deps.sessions;
const check = (viewers: Viewer[]) => kept().check(viewers, clock);

/** Wait until the server has heard of `n` more row changes than `before` (they arrive as events). */
async function heard(before: number, n: number) {
  for (let i = 0; i < 200 && kept().stats().changes < before + n; i++) await new Promise((r) => setTimeout(r, 10));
  return kept().stats().changes - before;
}

async function viewersOf(count: number, role: "OFFICER" | "MANAGER" = "OFFICER") {
  const { findViewerByToken } = await import("server");
  const deps = server.app.deps;
  const people = await Promise.all(Array.from({ length: count }, () => createStaff(server, { serviceId: a.service.id, role })));
  const tokens = await Promise.all(people.map((p) => signIn(server, p.email)));
  const viewers = await Promise.all(
    tokens.map((t) => findViewerByToken({ db: deps.db, token: t, policy: deps.sessionPolicy, now: clock })),
  );
  return { people, tokens, viewers: viewers.map((v) => v!) };
}

describe("sessions kept for subscription re-checks", () => {
  it("answers a second time without reading, and follows every change made in the database, as the direct check does", async () => {
    const { recheckViewers } = await import("server");
    const deps = server.app.deps;
    const { people, viewers } = await viewersOf(7);
    expect((await check(viewers)).size).toBe(7);
    const reads = kept().stats().reads;
    expect((await check(viewers)).size).toBe(7);
    expect(kept().stats().reads).toBe(reads);

    // Revoked, idle too long (last use moved back), expired, deleted; a person deactivated, promoted (both
    // end their sessions), renamed (keeps them, under the new name).
    const before = kept().stats().changes;
    await server.db.update(tables.sessions).set({ revokedAt: clock }).where(eq(tables.sessions.id, viewers[0]!.sessionId));
    await server.db
      .update(tables.sessions)
      .set({ lastSeenAt: new Date(clock.getTime() - 31 * 60_000) })
      .where(eq(tables.sessions.id, viewers[1]!.sessionId));
    await server.db.update(tables.sessions).set({ expiresAt: clock }).where(eq(tables.sessions.id, viewers[2]!.sessionId));
    await server.db.delete(tables.sessions).where(eq(tables.sessions.id, viewers[3]!.sessionId));
    await server.db.update(tables.staff).set({ active: false }).where(eq(tables.staff.id, people[4]!.id));
    await server.db.update(tables.staff).set({ role: "MANAGER" }).where(eq(tables.staff.id, people[5]!.id));
    await server.db.update(tables.staff).set({ displayName: "Renamed Person" }).where(eq(tables.staff.id, people[6]!.id));
    // Seven changes, and the deactivated and promoted people's sessions revoked with them (migration 0011).
    expect(await heard(before, 9)).toBe(9);

    const fromMemory = await check(viewers);
    const direct = await recheckViewers({ db: deps.db, viewers, policy: deps.sessionPolicy, now: clock });
    const shape = (m: Map<string, Viewer>) => [...m.values()].map((v) => `${v.sessionId}:${v.staffId}:${v.role}:${v.displayName}`).sort();
    expect(shape(fromMemory)).toEqual(shape(direct));
    expect([...fromMemory.keys()]).toEqual([viewers[6]!.sessionId]);
    expect(fromMemory.get(viewers[6]!.sessionId)?.displayName).toBe("Renamed Person");
  });

  it("hears nothing when a session in use is touched, and reads again a session that only looks idle from memory", async () => {
    const { viewers } = await viewersOf(1);
    const [v] = viewers;
    expect((await check([v!])).size).toBe(1);
    const changes = kept().stats().changes;
    // Last used long ago as far as memory knows; then used again (forward moves notify nothing).
    await server.db
      .update(tables.sessions)
      .set({ lastSeenAt: new Date(clock.getTime() - 40 * 60_000) })
      .where(eq(tables.sessions.id, v!.sessionId));
    expect(await heard(changes, 1)).toBe(1);
    expect((await check([v!])).size).toBe(0);
    const quiet = kept().stats().changes;
    await server.db.update(tables.sessions).set({ lastSeenAt: clock }).where(eq(tables.sessions.id, v!.sessionId));
    await server.db
      .update(tables.staff)
      .set({ email: `moved-${v!.staffId}@example.test` })
      .where(eq(tables.staff.id, v!.staffId));
    await new Promise((r) => setTimeout(r, 100));
    expect(kept().stats().changes).toBe(quiet);
    const reads = kept().stats().reads;
    expect((await check([v!])).size).toBe(1);
    expect(kept().stats().reads).toBe(reads + 1);
  });

  it("stops a subscriber whose session was revoked in the database before an event committed, with no round trip for the others", async () => {
    const { tokens, viewers } = await viewersOf(2, "MANAGER");
    const ending = await subscribe(server.wsUrl, tokens[0]!, RECEIVED);
    const staying = await subscribe(server.wsUrl, tokens[1]!, RECEIVED);
    const first = await server.gql(CREATE, { input: createReferralInput() }, a.OFFICER.token);
    expect((await ending.next(2000)).data?.referralReceived.id).toBe(first.data.createReferral.id);
    expect((await staying.next(2000)).data?.referralReceived.id).toBe(first.data.createReferral.id);

    // Both now kept. The revocation and the next referral commit one after the other, with no pause.
    const reads = kept().stats().reads;
    await server.db.update(tables.sessions).set({ revokedAt: clock }).where(eq(tables.sessions.id, viewers[0]!.sessionId));
    const second = await server.gql(CREATE, { input: createReferralInput() }, a.OFFICER.token);
    expect((await staying.next(2000)).data?.referralReceived.id).toBe(second.data.createReferral.id);
    // Its socket is closed as the revocation arrives (ws.ts), and it was sent nothing more.
    expect((await ending.closed).code).toBe(4401);
    expect(ending.results.filter((r) => r.data)).toEqual([]);
    // The revoked row was read again (it was dropped from memory) — by the close, and by the event's
    // re-check if that came first; nothing else was.
    expect(kept().stats().reads - reads).toBeLessThanOrEqual(2);
    await Promise.all([ending.close(), staying.close()]);
  });

  it.skipIf(dbMode !== "postgres")(
    "drops everything kept when the listening connection was lost, so a change made meanwhile is not missed",
    async () => {
      const { viewers } = await viewersOf(2);
      expect((await check(viewers)).size).toBe(2);
      const dropped = kept().stats().dropped;
      const listeners = await server.db.execute(
        sql`select pid from pg_stat_activity where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()`,
      );
      const pids = (listeners as unknown as { pid: number }[]).map((r) => r.pid);
      expect(pids.length).toBeGreaterThan(0);
      // Lost connection, and at once a revocation: it may commit before the instance listens again.
      await server.db.execute(sql`select pg_terminate_backend(pid) from unnest(${`{${pids.join(",")}}`}::int[]) as pid`);
      await server.db.update(tables.sessions).set({ revokedAt: clock }).where(eq(tables.sessions.id, viewers[0]!.sessionId));
      for (let i = 0; i < 300 && kept().stats().dropped === dropped; i++) await new Promise((r) => setTimeout(r, 10));
      expect(kept().stats().dropped).toBeGreaterThan(dropped);
      const live = await check(viewers);
      expect([...live.keys()]).toEqual([viewers[1]!.sessionId]);
    },
  );
});
