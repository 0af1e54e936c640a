import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { retryInCi } from "../support/retry-in-ci.js";

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
    ...retryInCi,
  },
});
