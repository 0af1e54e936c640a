import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { inject } from "vitest";
import postgres from "postgres";
import { loadEnv, openDatabase, startApp, type Database, type RunningApp } from "server";
import type { Log } from "server/graphql/format-error.ts";
import type { Logger } from "server/log/logger.ts";
import { operationText, type GqlResult, type Operation, type OperationArgs, type UncheckedResult } from "./operation.js";

export type { GqlResult, UncheckedResult } from "./operation.js";

export interface TestServer {
  app: RunningApp;
  database: Database;
  db: Database["db"];
  url: string;
  wsUrl: string;
  /** POST one checked operation (`graphql(\`…\`)`); pass a session token to sign in. */
  gql<TResult, TVariables>(document: Operation<TResult, TVariables>, ...args: OperationArgs<TVariables>): Promise<GqlResult<TResult>>;
  /**
   * POST any text, or a checked operation with any variables, untyped: only for documents or
   * variables that are wrong on purpose (hostile input, values outside an enum, parse errors).
   */
  gqlUnchecked(query: string | Operation<any, any>, variables?: Record<string, unknown>, token?: string): Promise<UncheckedResult>;
  close(): Promise<void>;
}

/** Which database this run uses: TEST_DATABASE_URL (a server) or embedded PGlite. */
export const dbMode = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

/** A throwaway database on the test server, dropped by the returned function. */
export async function createThrowawayDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL!;
  const name = `sendiass_t_${randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = postgres(base, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export async function openTestDatabase(): Promise<{ database: Database; url?: string; dispose(): Promise<void> }> {
  if (dbMode === "postgres") {
    const throwaway = await createThrowawayDatabase();
    const database = await openDatabase({ url: throwaway.url, max: 20 });
    return {
      database,
      url: throwaway.url,
      async dispose() {
        await database.close();
        await throwaway.drop();
      },
    };
  }
  const template = inject("pgliteTemplate");
  const loadDataDir = template ? new Blob([readFileSync(template)]) : undefined;
  const database = await openDatabase({ dataDir: "memory://", loadDataDir });
  return { database, dispose: () => database.close() };
}

/** The real server (HTTP + WebSocket) on a random port, over a fresh database. */
export async function startTestServer(
  opts: {
    now?: () => Date;
    env?: Record<string, string>;
    log?: Log;
    logger?: Logger;
    /** Serve this database instead of a fresh one (e.g. one a command-line tool has just set up). */
    open?: () => Promise<{ database: Database; dispose(): Promise<void> }>;
  } = {},
): Promise<TestServer> {
  const { database, dispose } = await (opts.open ?? openTestDatabase)();
  const env = loadEnv({
    NODE_ENV: "test",
    PORT: "0",
    LOG_LEVEL: "silent",
    SEED_DEMO: "false",
    OVERDUE_ENGINE: "off",
    GRAPHQL_COMPILE_AFTER: "1",
    ...opts.env,
  });
  const app = await startApp({ env, database, now: opts.now, log: opts.log, logger: opts.logger });
  const post = async (query: string, variables?: unknown, token?: string): Promise<unknown> => {
    const res = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return await res.json();
  };
  return {
    app,
    database,
    db: database.db,
    url: app.url,
    wsUrl: app.wsUrl,
    async gql<TResult, TVariables>(document: Operation<TResult, TVariables>, ...[variables, token]: OperationArgs<TVariables>) {
      return (await post(operationText(document), variables, token)) as GqlResult<TResult>;
    },
    async gqlUnchecked(query: string | Operation<any, any>, variables?: Record<string, unknown>, token?: string) {
      return (await post(query.toString(), variables, token)) as UncheckedResult;
    },
    async close() {
      await app.close();
      await dispose();
    },
  };
}
