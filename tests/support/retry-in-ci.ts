import { fileURLToPath } from "node:url";

/**
 * The retry settings every suite's vitest config spreads into `test` (decision 068). In CI only
 * (`.ci/run` sets CI), a failed test runs once more; one that fails twice fails the run, and locally
 * every failure counts. vitest counts a test that passed on its retry as passed and prints nothing
 * about it, so `retried-reporter.ts` lists each one with its first error.
 */
export const retryInCi = {
  retry: process.env.CI ? 1 : 0,
  reporters: ["default", fileURLToPath(new URL("./retried-reporter.ts", import.meta.url))],
};
