import type { Reporter, TestCase } from "vitest/node";

/**
 * Names every test that passed only when retried (CI retries a failed test once), with what its
 * first attempt threw: a flaky test is a bug to find, and vitest's own summary counts it as passed.
 */
export default class RetriedReporter implements Reporter {
  private readonly flaky: TestCase[] = [];

  onTestCaseResult(testCase: TestCase) {
    if (testCase.diagnostic()?.flaky) this.flaky.push(testCase);
  }

  onTestRunEnd() {
    if (this.flaky.length === 0) return;
    const lines = [`\nPassed only on a retry (${this.flaky.length}) — flaky, to be fixed:`];
    for (const t of this.flaky) {
      lines.push(`  ${t.module.relativeModuleId} > ${t.fullName}`);
      for (const e of t.result().errors ?? []) lines.push(`      first attempt: ${(e.message ?? String(e)).split("\n")[0]}`);
    }
    console.log(lines.join("\n"));
  }
}
