import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase, type Database } from "server/db/client.ts";
import { startPrivateCluster, type PrivateCluster } from "./cluster.js";

/**
 * The driver's side of a lost connection, made to happen at a chosen moment: the backend of an open
 * transaction is terminated. postgres.js 3.4.9 crashed the process here (its ROLLBACK was written to
 * the dead socket from setImmediate, porsager/postgres#1208), and let the rest of the transaction run
 * on the connection it opened again in the same slot, outside any transaction (porsager/postgres#1215).
 */
let cluster: PrivateCluster;
let database: Database;
beforeAll(async () => {
  cluster = await startPrivateCluster();
  await cluster.psql("create database driver");
  await cluster.psql("create table marks (n int not null)", "driver");
  database = await openDatabase({ url: cluster.url("driver"), max: 2 });
});
afterAll(async () => {
  await database?.close();
  await cluster?.destroy();
});

const marks = async () => (await cluster.psql("select coalesce(string_agg(n::text, ',' order by n), '') from marks", "driver")) || "none";

describe("a transaction whose connection is terminated", () => {
  it("fails, commits nothing, runs nothing after the loss even once the pool has reconnected, and leaves the pool working", async () => {
    const unhandled: unknown[] = [];
    const onUncaught = (error: unknown) => unhandled.push(error);
    process.on("uncaughtException", onUncaught);
    try {
      // Odd rounds: nothing else runs, so the lost slot stays closed (3.4.9 crashed). Even rounds: other
      // requests make the pool open it again (3.4.9 committed the rest of the transaction on it).
      for (let round = 1; round <= 6; round++) {
        await cluster.psql("truncate marks", "driver");
        const outcome = database.db.transaction(async (tx) => {
          const [{ pid }] = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as { pid: number }[];
          await tx.execute(sql`insert into marks values (1)`);
          await cluster.psql(`select pg_terminate_backend(${pid})`);
          await sleep(100);
          if (round % 2 === 0) await Promise.all([1, 2, 3].map(() => database.db.execute(sql`select 1`).catch(() => undefined)));
          await tx.execute(sql`insert into marks values (2)`);
        });
        await expect(outcome, `round ${round}`).rejects.toThrow();
        await sleep(50);
        expect(await marks(), `round ${round}`).toBe("none");
        const started = performance.now();
        await database.db.execute(sql`insert into marks values (3)`);
        expect(performance.now() - started).toBeLessThan(2000);
        expect(await marks()).toBe("3");
      }
      expect(unhandled).toEqual([]);
    } finally {
      process.off("uncaughtException", onUncaught);
    }
  }, 60_000);
});
