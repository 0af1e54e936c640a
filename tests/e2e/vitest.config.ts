import { defineConfig } from "vitest/config";

/**
 * Browser tests: one real API process serving the built dashboard, driven by Debian's chromium.
 * Run from tests/: `vitest run --config e2e/vitest.config.ts`.
 */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["**/*.e2e.test.ts"],
    globalSetup: ["./support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: "forks",
    // One server, one browser at a time: the files share the API's demo data and rate limits.
    fileParallelism: false,
  },
});
