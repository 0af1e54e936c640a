import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { tables } from "server";
import { executeRows } from "server/db/rows.ts";
import { dbMode, startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { UPDATE_SETTINGS, currentSettings } from "../support/settings.js";
import type { ServiceSettingsInput } from "../support/gql/graphql.js";

/*
 * Decision 052: the rollups change at COMMIT, so a writer never waits for another writer's
 * open transaction, and concurrent commits still leave counts equal to the source rows. Only a
 * server has concurrent transactions (PGlite serves one connection).
 */

let server: TestServer;
let team: Awaited<ReturnType<typeof createServiceWithTeam>>;

beforeAll(async () => {
  if (dbMode !== "postgres") return;
  server = await startTestServer();
  team = await createServiceWithTeam(server);
});
afterAll(async () => server?.close());

/** Referrals counted by the daily and the monthly rollups, and by the rows themselves. */
async function counts(serviceId: string) {
  const [row] = await executeRows<{ daily: number; monthly: number; rows: number; pending: number }>(
    server.db,
    sql`
    select (select coalesce(sum(n), 0)::int from stats_daily where service_id = ${serviceId} and metric = 'channel') as daily,
           (select coalesce(sum(n), 0)::int from stats_monthly where service_id = ${serviceId} and metric = 'channel') as monthly,
           (select count(*)::int from referrals where service_id = ${serviceId}) as rows,
           (select count(*)::int from stats_pending) as pending`,
  );
  return row!;
}

describe.skipIf(dbMode !== "postgres")("rollups under concurrent writers", () => {
  it("let a referral be entered while another writer of the service holds its transaction open, and count both once it commits", async () => {
    const created = await server.gql(CREATE, { input: createReferralInput() }, team.MANAGER.token);
    expect(created.errors).toBeUndefined();
    const id = created.data.createReferral.id;

    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let updated!: () => void;
    const hasUpdated = new Promise<void>((r) => (updated = r));
    // Another writer changes a referral's channel (a rollup recount for today) and keeps its transaction open.
    const other = server.db.transaction(async (tx) => {
      await tx.execute(sql`update referrals set channel = 'EMAIL' where id = ${id}`);
      updated();
      await held;
    });
    await hasUpdated;

    const during = await Promise.race([
      server.gql(CREATE, { input: createReferralInput() }, team.MANAGER.token),
      new Promise<"waited">((r) => setTimeout(() => r("waited"), 10_000)),
    ]);
    release();
    await other;
    expect(during).not.toBe("waited");
    if (during === "waited") return;
    expect(during.errors).toBeUndefined();

    expect(await counts(team.service.id)).toEqual({ daily: 2, monthly: 2, rows: 2, pending: 0 });
    const [byChannel] = await executeRows<{ email: number }>(
      server.db,
      sql`select coalesce(sum(n), 0)::int as email from stats_daily where service_id = ${team.service.id} and metric = 'channel' and key = 'EMAIL'`,
    );
    expect(byChannel!.email).toBe(1);
  }, 30_000);

  it("count every referral of many entered at once, and of a transaction rolled back none", async () => {
    const before = await counts(team.service.id);
    const results = await Promise.all(
      Array.from({ length: 24 }, () => server.gql(CREATE, { input: createReferralInput() }, team.MANAGER.token)),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    await server.db
      .transaction(async (tx) => {
        await tx
          .update(tables.referrals)
          .set({ channel: "LETTER" })
          .where(sql`service_id = ${team.service.id}`);
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    const after = await counts(team.service.id);
    expect(after).toEqual({ daily: before.rows + 24, monthly: before.rows + 24, rows: before.rows + 24, pending: 0 });
    const [letters] = await executeRows<{ n: number }>(
      server.db,
      sql`select coalesce(sum(n), 0)::int as n from stats_daily where service_id = ${team.service.id} and metric = 'channel' and key = 'LETTER'`,
    );
    expect(letters!.n).toBe(0);
  }, 60_000);

  it("make a change of k wait for a flush of the service in progress, so every month ends protected with the new k", async () => {
    // Months with referrals in them (the earlier tests' and this one's).
    expect((await server.gql(CREATE, { input: createReferralInput() }, team.MANAGER.token)).errors).toBeUndefined();
    const settings = await currentSettings(server, team.ADMIN.token);
    const input: ServiceSettingsInput = { ...settings, suppressionK: settings.suppressionK + 4 };

    // A writer's flush holds the service's lock from its start to its COMMIT (decision 052), having
    // read the old k. The change of k must not re-protect the months under it (decision 054).
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const hasLock = new Promise<void>((r) => (locked = r));
    const flush = server.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('stats:' || ${team.service.id}::text, 0))`);
      locked();
      await held;
    });
    await hasLock;
    const change = server.gql(UPDATE_SETTINGS, { input }, team.ADMIN.token);
    const during = await Promise.race([
      change.then(() => "answered" as const),
      new Promise<"waiting">((r) => setTimeout(() => r("waiting"), 1_000)),
    ]);
    release();
    await flush;
    expect(during).toBe("waiting");
    expect((await change).errors).toBeUndefined();

    const [months] = await executeRows<{ months: number; wrong: number }>(
      server.db,
      sql`select count(*)::int as months,
            count(*) filter (where p is distinct from stats_perturb(n, ks, ${input.suppressionK}::int))::int as wrong
          from stats_monthly where service_id = ${team.service.id}`,
    );
    expect(months!.months).toBeGreaterThan(0);
    expect(months!.wrong).toBe(0);
  }, 30_000);
});
