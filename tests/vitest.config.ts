import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { retryInCi } from "./support/retry-in-ci.js";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 has no exports map: Node would load its CJS build and Vite its .mjs — two realms.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["api/**/*.test.ts"],
    globalSetup: ["./support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Files each get their own database; two at a time suits a 2-core machine.
    maxWorkers: 2,
    ...retryInCi,
    // Files share a worker's loaded modules (the server's code is ~1 s to import, once per file
    // otherwise). Nothing a test file depends on lives in module state: every file starts its own
    // server over its own database.
    isolate: false,
    // expect.poll waits for what happens a turn later (batched audit rows, a closed socket noticed);
    // 1 s (the default) is short on a busy two-core CI machine.
    expect: { poll: { timeout: 5_000 } },
  },
});
