// Part of `pnpm --filter server build` (after tsc): a pre-initialised, migrated PGlite data folder in
// dist/pglite-template, copied by a new embedded DATA_DIR instead of running initdb (decision 008).
// Skipped when the existing template already matches migrations/ and the installed PGlite.
import { buildPgliteTemplate } from "../dist/db/build-pglite-template.js";

const started = performance.now();
const { built, templateDir } = await buildPgliteTemplate({ force: process.argv.includes("--force") });
const ms = Math.round(performance.now() - started);
console.log(built ? `PGlite template built in ${templateDir} (${ms} ms)` : `PGlite template in ${templateDir} is up to date`);
