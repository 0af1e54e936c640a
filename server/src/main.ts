import { existsSync } from "node:fs";
import { loadEnv } from "./config/env.js";
import { databaseOptionsOf, openDatabase } from "./db/client.js";
import { createLogger } from "./log/logger.js";

// An optional .env beside package.json (see .env.example); real environment variables win.
if (existsSync(".env")) process.loadEnvFile(".env");

const env = loadEnv();
const logger = createLogger({ level: env.LOG_LEVEL });
// The start lines are written whatever LOG_LEVEL says (but "silent"): a supervisor's log shows each start.
const startLog = logger.child({}, { level: env.LOG_LEVEL === "silent" ? "silent" : "info" });
// Until the server is listening, something must keep Node's event loop alive. While PGlite's
// WebAssembly compiles, nothing does, and whenever the loop runs out of work Node waits for every
// background task of V8 to finish before going on, here the tier-up compilation of PGlite's wasm:
// ~0.25 s of an embedded start spent waiting (measured with gdb in NodePlatform::DrainTasks).
const keepAlive = setInterval(() => {}, 60_000);
// The database starts opening before the rest of the app is loaded: PGlite reads and compiles its
// WebAssembly off the main thread while the app's code is compiled on it (the bundle splits the app
// into a chunk of its own, scripts/bundle.mjs).
const opening = openDatabase(databaseOptionsOf(env));
const { startApp } = await import("./app.js");
const app = await startApp({ env, database: await opening, closeDatabase: true, logger });
clearInterval(keepAlive);
const origin = app.deps.database.origin;
const created =
  !origin || origin.from === "existing"
    ? ""
    : origin.from === "template"
      ? ", new, from the build's template"
      : `, new, initdb: ${origin.reason}`;
const mode = env.DATABASE_URL ? "PostgreSQL" : `embedded PGlite in ${env.DATA_DIR}${created}`;
startLog.info({ url: app.url, database: env.DATABASE_URL ? "postgres" : "pglite" }, `SENDIASS casework API on ${app.url} (${mode})`);
if (env.DASHBOARD_DIST) startLog.info(`Dashboard on ${app.url.replace(/\/graphql$/, "/")}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
