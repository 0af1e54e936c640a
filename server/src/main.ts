import { existsSync } from "node:fs";
import { loadEnv } from "./config/env.js";

// An optional .env beside package.json (see .env.example); real environment variables win.
if (existsSync(".env")) process.loadEnvFile(".env");
import { startApp } from "./app.js";

const env = loadEnv();
const app = await startApp({ env });
const origin = app.deps.database.origin;
const created = !origin || origin.from === "existing" ? "" : origin.from === "template" ? ", new, from the build's template" : `, new, initdb: ${origin.reason}`;
const mode = env.DATABASE_URL ? "PostgreSQL" : `embedded PGlite in ${env.DATA_DIR}${created}`;
console.log(`SENDIASS casework API on ${app.url} (${mode})`);
if (env.DASHBOARD_DIST) console.log(`Dashboard on ${app.url.replace(/\/graphql$/, "/")}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    process.exit(0);
  });
}
