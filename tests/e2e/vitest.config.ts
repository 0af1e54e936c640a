import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// import.meta.dirname is not set when Vite bundles this config; resolve from the URL instead.
const here = fileURLToPath(new URL(".", import.meta.url));

/**
 * Browser tests: one real API process serving the built dashboard, driven by Debian's chromium.
 * Run from tests/: `vitest run --config e2e/vitest.config.ts`.
 */
export default defineConfig({
  resolve: {
    // As the API suite's config: graphql 16 has no exports map, so a test that starts its own API
    // in-process (notifications-retry) would otherwise load graphql twice, CJS and .mjs.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    root: here,
    include: ["**/*.e2e.test.ts"],
    globalSetup: [`${here}support/global-setup.ts`],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: "forks",
    // One server, one browser at a time: the files share the API's demo data and rate limits.
    fileParallelism: false,
    // In CI only (.ci/run sets CI), a failed test runs once more: a CI run failed where every local
    // run of the same commit passed, and its output was lost with it. A retried test still shows in
    // the output ("retry x1"); one that fails twice fails the run. Locally every failure counts.
    retry: process.env.CI ? 1 : 0,
    reporters: ["default", `${here}../support/retried-reporter.ts`],
  },
});
