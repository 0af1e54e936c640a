import { existsSync } from "node:fs";
import { loadEnv } from "./config/env.js";

// An optional .env beside package.json (see .env.example); real environment variables win.
if (existsSync(".env")) process.loadEnvFile(".env");
import { startApp } from "./app.js";

const env = loadEnv();
const app = await startApp({ env });
const mode = env.DATABASE_URL ? "PostgreSQL" : `embedded PGlite in ${env.DATA_DIR}`;
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
