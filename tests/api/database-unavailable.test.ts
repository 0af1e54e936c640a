import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { executeRows } from "server/db/rows.ts";
import { dbMode, startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { operationText } from "../support/operation.js";
import { graphql } from "../support/gql/index.js";

/*
 * A request whose database connection is lost while it runs is told DATABASE_UNAVAILABLE ("try
 * again in a moment", with a correlation id), not "something went wrong on our side"; nothing of a
 * refused change is kept, and the same request succeeds once the database answers again. The
 * connection is lost for real: the request waits on a lock the test holds, and the test terminates
 * the backend serving it (PostgreSQL only: PGlite has no backends to terminate).
 */

const ME = graphql(`query UnavailableMe { me { id } }`);

let server: TestServer;
let team: Awaited<ReturnType<typeof createServiceWithTeam>>;

beforeAll(async () => {
  if (dbMode !== "postgres") return;
  server = await startTestServer();
  team = await createServiceWithTeam(server);
});
afterAll(async () => server?.close());

/** Runs `request` while `table` is locked, terminates the backend waiting for the lock, and returns the answer. */
async function answerWhenConnectionLost<T>(table: string, request: () => Promise<T>): Promise<{ answer: T; terminated: number }> {
  let answer!: Promise<T>;
  let terminated = 0;
  await server.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`lock table ${table} in access exclusive mode`));
    answer = request();
    for (let i = 0; i < 100 && !terminated; i++) {
      await sleep(50);
      // pg_stat_activity is read once per transaction and kept until it ends: without this, a request
      // that reached the lock after the first look was never seen (it failed when the machine was busy).
      await tx.execute(sql`select pg_stat_clear_snapshot()`);
      const [row] = await executeRows<{ n: number }>(
        tx,
        sql`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'`,
      );
      terminated = row!.n;
    }
  });
  return { answer: await answer, terminated };
}

describe.skipIf(dbMode !== "postgres")("a request whose database connection is lost", () => {
  it("is told DATABASE_UNAVAILABLE with a reference, and answered once the database is back", async () => {
    const { answer, terminated } = await answerWhenConnectionLost("sessions", () => server.gql(ME, {}, team.MANAGER.token));
    expect(terminated).toBe(1);
    expect(answer.data?.me ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "DATABASE_UNAVAILABLE", correlationId: expect.any(String) });
    expect(answer.errors?.[0]?.message).toBe("The database could not be reached just now. Try again in a moment.");
    expect(JSON.stringify(answer)).not.toMatch(/terminat|administrator|postgres/i);

    const again = await server.gql(ME, {}, team.MANAGER.token);
    expect(again.errors).toBeUndefined();
    expect(again.data.me.id).toBe(team.MANAGER.id);
  });

  it("keeps nothing of a change it could not finish, and does not keep the answer for its Idempotency-Key", async () => {
    const before = await executeRows<{ n: number }>(server.db, sql`select count(*)::int as n from referrals`);
    const input = createReferralInput({ reasonForReferral: "Written while the database went away" });
    const send = () =>
      fetch(server.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${team.MANAGER.token}`,
          "idempotency-key": "unavailable-retry-0001",
        },
        body: JSON.stringify({ query: operationText(CREATE), variables: { input } }),
      }).then(async (res) => ({
        status: res.status,
        body: (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] },
      }));
    const { answer, terminated } = await answerWhenConnectionLost("referrals", send);
    expect(terminated).toBe(1);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    const after = await executeRows<{ n: number }>(server.db, sql`select count(*)::int as n from referrals`);
    expect(after[0]!.n).toBe(before[0]!.n);

    const retried = await send();
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data.createReferral.reference).toMatch(/^R-/);
    const written = await executeRows<{ n: number }>(
      server.db,
      sql`select count(*)::int as n from referrals where reason_for_referral = 'Written while the database went away'`,
    );
    expect(written[0]!.n).toBe(1);
  });
});
