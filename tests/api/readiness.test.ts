import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { executeRows } from "server/db/rows.ts";
import { dbMode, startTestServer, type TestServer } from "../support/server.js";

/** The migrations this checkout holds, as drizzle-kit lists them. */
const journal = JSON.parse(readFileSync(new URL("../../migrations/meta/_journal.json", import.meta.url), "utf8")) as {
  entries: { tag: string; when: number }[];
};
const tags = journal.entries.map((e) => e.tag);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const readyz = async () => {
  const res = await fetch(server.url.replace(/\/graphql$/, "/readyz"));
  return { status: res.status, body: (await res.json()) as any };
};

describe("/readyz", () => {
  it("answers 200 when the database answers and every migration of this build is applied", async () => {
    const { status, body } = await readyz();
    expect(status).toBe(200);
    expect(body).toEqual({
      ready: true,
      database: { kind: dbMode, reachable: true },
      migrations: { expected: tags.length, applied: tags.length, latest: tags.at(-1), pending: [] },
    });
    // /healthz stays what it was: the process is up.
    const health = await fetch(server.url.replace(/\/graphql$/, "/healthz"));
    expect(health.status).toBe(200);
  });

  it("answers 503 naming the migration that is not applied", async () => {
    const last = journal.entries.at(-1)!;
    const rows = await executeRows<{ id: number; hash: string; created_at: string }>(
      server.db,
      sql`delete from drizzle.__drizzle_migrations where created_at = ${last.when} returning id, hash, created_at`,
    );
    expect(rows).toHaveLength(1);
    try {
      const { status, body } = await readyz();
      expect(status).toBe(503);
      expect(body).toMatchObject({
        ready: false,
        database: { reachable: true },
        migrations: { expected: tags.length, applied: tags.length - 1, latest: tags.at(-2), pending: [last.tag] },
      });
    } finally {
      await server.db.execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${rows[0].id}, ${rows[0].hash}, ${rows[0].created_at})`,
      );
    }
    expect((await readyz()).status).toBe(200);
  });

  it.skipIf(dbMode !== "postgres")(
    "answers 503 within about 2 s while the database refuses connections, and 200 once it is back",
    async () => {
      const name = new URL(server.database.url!).pathname.slice(1);
      const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`alter database ${name} allow_connections false`);
        await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name}`;
        const started = Date.now();
        const { status, body } = await readyz();
        expect(Date.now() - started).toBeLessThan(3000);
        expect(status).toBe(503);
        expect(body).toMatchObject({ ready: false, database: { kind: "postgres", reachable: false }, migrations: { applied: null } });
        expect(JSON.stringify(body)).not.toMatch(/select|drizzle/i);
      } finally {
        await admin.unsafe(`alter database ${name} allow_connections true`);
        await admin.end();
      }
      let status = 0;
      for (let i = 0; i < 20 && status !== 200; i++) {
        status = (await readyz()).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe(200);
    },
  );
});
