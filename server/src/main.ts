import { existsSync } from "node:fs";
import { loadEnv } from "./config/env.js";
import { databaseOptionsOf, openDatabase } from "./db/client.js";

// An optional .env beside package.json (see .env.example); real environment variables win.
if (existsSync(".env")) process.loadEnvFile(".env");

const env = loadEnv();
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
const app = await startApp({ env, database: await opening, closeDatabase: true });
clearInterval(keepAlive);
const origin = app.deps.database.origin;
const created =
  !origin || origin.from === "existing"
    ? ""
    : origin.from === "template"
      ? ", new, from the build's template"
      : `, new, initdb: ${origin.reason}`;
const mode = env.DATABASE_URL ? "PostgreSQL" : `embedded PGlite in ${env.DATA_DIR}${created}`;
console.log(`SENDIASS casework API on ${app.url} (${mode})`);
if (env.DASHBOARD_DIST) console.log(`Dashboard on ${app.url.replace(/\/graphql$/, "/")}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("shutdown failed", error);
        process.exit(1);
      },
    );
  });
}
