import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);
// import.meta.dirname is not set when Vite bundles this config; resolve from the URL instead.
const here = fileURLToPath(new URL(".", import.meta.url));

/**
 * Fault tests: real API processes on a private PostgreSQL cluster that the test restarts and kills.
 * Run from tests/: `vitest run --config fault/vitest.config.ts` (needs PostgreSQL's programs, PG_BIN).
 */
export default defineConfig({
  resolve: {
    // graphql 16 has no exports map: Node would load its CJS build and Vite its .mjs — two realms.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    root: here,
    include: ["**/*.test.ts"],
    testTimeout: 240_000,
    hookTimeout: 60_000,
    pool: "forks",
    fileParallelism: false,
    // In CI only (.ci/run sets CI), a failed test runs once more: a CI run failed where every local
    // run of the same commit passed, and its output was lost with it. A retried test still shows in
    // the output ("retry x1"); one that fails twice fails the run. Locally every failure counts.
    retry: process.env.CI ? 1 : 0,
    reporters: ["default", `${here}../support/retried-reporter.ts`],
  },
});
