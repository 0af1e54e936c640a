import { AsyncLocalStorage } from "node:async_hooks";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ExtractTablesWithRelations, Logger } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { Env } from "../config/env.js";
import { DEFAULT_TEMPLATE_DIR, prepareDataFolder, type FolderOrigin } from "./pglite-template.js";

// Queries name their tables (the registry is tables.ts, at the top): no relational `db.query`, so no schema here.
type NoSchema = Record<string, never>;
export type Db = PgDatabase<PgQueryResultHKT, NoSchema>;
export type Tx = PgTransaction<PgQueryResultHKT, NoSchema, ExtractTablesWithRelations<NoSchema>>;
/** Anything queries can run on: the pool or an open transaction. */
export type Queryable = Db | Tx;

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../migrations");

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  url?: string;
  /**
   * LISTEN on one channel; one connection per instance carries every listener. `onRelisten` runs when
   * the connection was lost and is listening again (notifications sent meanwhile are lost), before
   * any notification that arrives on the new connection.
   */
  listen(channel: string, onPayload: (payload: string) => void, onRelisten?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** PGlite only: the data folder as a tarball. */
  dump?: () => Promise<Blob>;
  /** PGlite in a folder only: how the folder was opened (see db/pglite-template.ts), and why not from the template. */
  origin?: { from: FolderOrigin; reason?: string };
}

/** Counts SQL statements run inside `countStatements` — used by tests and the benchmark. */
const statementCounter = new AsyncLocalStorage<{ count: number; log?: string[] }>();
const countingLogger: Logger = {
  logQuery(query) {
    const store = statementCounter.getStore();
    if (store) {
      store.count++;
      store.log?.push(query);
    }
  },
};

export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; count: number; log: string[] }> {
  const store = { count: 0, log: [] as string[] };
  const result = await statementCounter.run(store, fn);
  return { result, count: store.count, log: store.log };
}

export interface OpenDatabaseOptions {
  /** postgres:// URL; absent → embedded PGlite. */
  url?: string;
  /** PGlite data folder; "memory://" for a throwaway in-memory database. */
  dataDir?: string;
  /** Connections in the postgres.js pool. */
  max?: number;
  /** PGlite only: start from this data-folder dump (tests clone one migrated template). */
  loadDataDir?: Blob;
  /**
   * PGlite in a folder only: a new (absent or empty) folder is copied from this build-time template
   * when it matches migrations/ and the installed PGlite; `false` always runs initdb. Default: the
   * template `pnpm --filter server build` writes to server/dist/pglite-template.
   */
  template?: string | false;
  /** PGlite only: shared_buffers (default `PGLITE_SHARED_BUFFERS`). */
  sharedBuffers?: string;
}

/** The database the environment names: PostgreSQL at DATABASE_URL, else PGlite in DATA_DIR. */
export function databaseOptionsOf(
  env: Pick<Env, "DATABASE_URL" | "DATA_DIR" | "PGLITE_TEMPLATE" | "PGLITE_SHARED_BUFFERS">,
): OpenDatabaseOptions {
  return {
    url: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    template: env.PGLITE_TEMPLATE === "off" ? false : env.PGLITE_TEMPLATE,
    sharedBuffers: env.PGLITE_SHARED_BUFFERS,
  };
}

/** PGlite's shared buffers unless told otherwise: see PGLITE_SHARED_BUFFERS in config/env.ts. */
export const PGLITE_SHARED_BUFFERS = "32MB";

export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  return opts.url
    ? openPostgres(opts.url, opts.max ?? 10)
    : openPglite(opts.dataDir ?? "memory://", opts.loadDataDir, opts.template, opts.sharedBuffers ?? PGLITE_SHARED_BUFFERS);
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const sql = postgres(url, {
    max,
    onnotice: () => {},
    // Before its nth attempt to connect again postgres.js waits (0.5–1) × 3^n / 100 s, up to 20 s, n
    // counted across the pool and the listening connection until one succeeds: after a restart that
    // failed a dozen attempts, LISTEN stayed away up to 18 s and the pool 2.3 s (decision 023).
    backoff: (attempts: number) => Math.min(0.05 * attempts, 0.5),
    // A connection that dies or hangs mid-transaction must not hold locks for ever (postgres.js #1204/#1208;
    // the driver's own handling of a lost connection is patched, decision 023).
    connection: {
      statement_timeout: 15_000,
      idle_in_transaction_session_timeout: 15_000,
      application_name: "sendiass-api",
      // Every request reads one service's rows: a parallel plan's worker start-up (ms) costs more than
      // it saves (serviceStats at 10M activities: ~1 ms of work behind ~10 ms of Gather).
      // (A string: postgres.js drops startup parameters whose value is falsy, so 0 would be ignored.)
      max_parallel_workers_per_gather: "0",
    },
  });
  const db = drizzle(preparedByDefault(sql), { logger: countingLogger }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    url,
    async listen(channel, onPayload, onRelisten) {
      // postgres.js re-listens after a lost connection and then calls `onlisten`, but a notification in
      // the same network read as the LISTEN's reply reaches `onPayload` first. The connection's state
      // (the object postgres.js hands back, updated in place on reconnecting) tells them apart: a new
      // backend (pid and its random cancel key) means a new connection, whichever callback notices it first.
      let state: { pid: number | null; secret: number | null } | undefined;
      let backend = "";
      const noticeReconnect = () => {
        if (!state || `${state.pid}:${state.secret}` === backend) return;
        backend = `${state.pid}:${state.secret}`;
        onRelisten?.();
      };
      const sub = await sql.listen(
        channel,
        (payload) => {
          noticeReconnect();
          onPayload(payload);
        },
        noticeReconnect,
      );
      state = sub.state as { pid: number | null; secret: number | null };
      backend = `${state.pid}:${state.secret}`;
      return () => sub.unlisten();
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}

/**
 * The postgres.js client drizzle is given, with every statement a named prepared statement (decision
 * 013). drizzle asks postgres.js for unnamed ones, and postgres.js sends an unnamed statement that has
 * parameters in two round trips (Parse+Describe, then Bind+Execute) and the server plans it afresh each
 * time. A prepared one is described once per connection, then costs one round trip, and its plan may be
 * reused. Transactions and savepoints hand out clients wrapped the same way. Every statement text comes
 * from code (values are always parameters), so each connection prepares a bounded set. After a
 * migration alters a table under a running instance, see decision 013.
 */
export function preparedByDefault<T extends object>(client: T): T {
  const wrapTx = (fn: unknown) => (typeof fn === "function" ? (tx: object) => fn(preparedByDefault(tx)) : fn);
  return new Proxy(client, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== "function") return value;
      if (prop === "unsafe") {
        return (query: string, params?: unknown[], options?: Record<string, unknown>) =>
          value.call(target, query, params ?? [], { ...options, prepare: true });
      }
      if (prop === "begin" || prop === "savepoint") {
        // begin(fn) or begin(options, fn): the callback is last.
        return (...args: unknown[]) => value.apply(target, [...args.slice(0, -1), wrapTx(args.at(-1))]);
      }
      return value.bind(target);
    },
  });
}

async function openPglite(
  dataDir: string,
  loadDataDir: Blob | undefined,
  template: string | false | undefined,
  sharedBuffers: string,
): Promise<Database> {
  const pglite = import("@electric-sql/pglite");
  // Trigram name search (decision 033): PGlite ships pg_trgm as an extension it must load.
  const trgm = import("@electric-sql/pglite/contrib/pg_trgm");
  // A new folder's copy of the template is file after file on the thread pool: the main thread loads
  // the app meanwhile (main.ts, decision 061).
  const preparing: Promise<Database["origin"]> =
    dataDir.includes("://") || loadDataDir
      ? Promise.resolve(undefined)
      : template === false
        ? Promise.resolve({ from: existsSync(path.join(dataDir, "PG_VERSION")) ? "existing" : "initdb", reason: "template turned off" })
        : prepareDataFolder({ dataDir, templateDir: template ?? DEFAULT_TEMPLATE_DIR, migrationsDir: MIGRATIONS_DIR });
  const { drizzle } = await import("drizzle-orm/pglite");
  const origin = await preparing;
  if (!dataDir.includes("://")) mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await pglite;
  // PGlite's own start parameters, plus the size of its buffer pool. Set at every start, never written
  // into the folder, so a folder opened by another PGlite (or the template) is unchanged.
  const startParams = [...PGlite.defaultStartParams, "-c", `shared_buffers=${sharedBuffers}`];
  const { pg_trgm } = await trgm;
  const extensions = { pg_trgm };
  const client = await PGlite.create(dataDir, loadDataDir ? { loadDataDir, startParams, extensions } : { startParams, extensions });
  const db = drizzle(client, { logger: countingLogger }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    async listen(channel, onPayload) {
      return client.listen(channel, onPayload);
    },
    async close() {
      await client.close();
    },
    dump: () => client.dumpDataDir("none"),
    origin,
  };
}

export async function migrate(database: Database): Promise<void> {
  if (database.kind === "postgres") {
    // Several instances may start at once: one dedicated connection holds an advisory lock while migrating.
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const sql = postgres(database.url!, { max: 1, onnotice: () => {} });
    try {
      await sql`select pg_advisory_lock(7355608)`;
      await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_DIR });
      await sql`select pg_advisory_unlock(7355608)`;
    } finally {
      await sql.end({ timeout: 5 });
    }
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  }
}
