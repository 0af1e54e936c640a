import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "../support/process.js";

const run = promisify(execFile);

/** PostgreSQL's programs; PG_BIN overrides (the CI machine has Debian's PostgreSQL 15). */
export const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface PrivateCluster {
  port: number;
  /** A URL for `database` on this cluster, as user postgres (trust authentication, 127.0.0.1 only). */
  url(database: string): string;
  /** Run SQL through psql (never through a Node.js driver: the harness must not share the drivers under test). */
  psql(sql: string, database?: string): Promise<string>;
  /** `pg_ctl restart -m <mode>`, waiting until the server accepts connections again; returns when it does. */
  restart(mode: "fast" | "immediate"): Promise<{ startedAt: number; upAt: number }>;
  /** pg_terminate_backend on every client backend but psql's own; resolves with how many were ended. */
  terminateAll(): Promise<number>;
  /** The server's log so far. */
  log(): string;
  /** Stop the server at once and delete its folder. */
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL cluster of its own on a free port, in a temporary folder, so a test may restart and
 * kill it without touching the shared server. PostgreSQL refuses to run as root: under root, every
 * program runs as the `postgres` user, which owns the folder.
 */
export async function startPrivateCluster(): Promise<PrivateCluster> {
  if (!existsSync(path.join(PG_BIN, "pg_ctl"))) throw new Error(`no PostgreSQL programs in ${PG_BIN} (set PG_BIN)`);
  const asRoot = process.getuid?.() === 0;
  const root = mkdtempSync(path.join(os.tmpdir(), "sendiass-fault-pg-"));
  const data = path.join(root, "data");
  const logFile = path.join(root, "server.log");
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
    chownSync(root, uid, gid);
  } else {
    mkdirSync(data);
  }
  const port = await freePort();
  const as = (program: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(PG_BIN, program), ...args]) : run(path.join(PG_BIN, program), args);
  const serverOptions = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const pgCtl = (...args: string[]) => as("pg_ctl", ["-D", data, "-l", logFile, "-w", "-t", "60", "-o", serverOptions, ...args]);

  await as("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
  await pgCtl("start");

  const cluster: PrivateCluster = {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async psql(sql, database = "postgres") {
      const { stdout } = await run(path.join(PG_BIN, "psql"), [
        "-h",
        "127.0.0.1",
        "-p",
        String(port),
        "-U",
        "postgres",
        "-d",
        database,
        "-XAtq",
        "-v",
        "ON_ERROR_STOP=1",
        "-c",
        sql,
      ]);
      return stdout.trim();
    },
    async restart(mode) {
      const startedAt = performance.now();
      await pgCtl("-m", mode, "restart");
      return { startedAt, upAt: performance.now() };
    },
    async terminateAll() {
      const ended = await cluster.psql(
        "select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()",
      );
      return Number(ended);
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : ""),
    async destroy() {
      try {
        await pgCtl("-m", "immediate", "stop");
      } catch {
        // already stopped, or never started: the folder goes either way
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
  return cluster;
}
