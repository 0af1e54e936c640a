import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { retryInCi } from "../support/retry-in-ci.js";

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
    ...retryInCi,
  },
});
