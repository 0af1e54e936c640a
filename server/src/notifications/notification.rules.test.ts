import { describe, expect, it } from "vitest";
import {
  MAX_ATTEMPTS,
  kindsFor,
  maskAddresses,
  mayRetryNow,
  nextAttemptAfterFailure,
  renderMessage,
  stateAfterFailure,
} from "./notification.rules.js";

const now = new Date("2026-11-25T09:00:00Z");

describe("nextAttemptAfterFailure", () => {
  it("waits 1, 5 and 30 minutes after the first three failures, then gives up", () => {
    expect([1, 2, 3, 4].map((n) => nextAttemptAfterFailure(n, now)?.getTime() ?? null)).toEqual([
      now.getTime() + 60_000,
      now.getTime() + 300_000,
      now.getTime() + 1_800_000,
      null,
    ]);
  });
});

describe("stateAfterFailure", () => {
  it("is RETRYING until the last attempt, then FAILED", () => {
    expect(stateAfterFailure(MAX_ATTEMPTS - 1)).toBe("RETRYING");
    expect(stateAfterFailure(MAX_ATTEMPTS)).toBe("FAILED");
    expect(stateAfterFailure(MAX_ATTEMPTS + 1)).toBe("FAILED");
  });
});

describe("mayRetryNow", () => {
  it("applies to failed and retrying emails only", () => {
    expect(["QUEUED", "RETRYING", "SENT", "FAILED"].filter((s) => mayRetryNow(s as never))).toEqual(["RETRYING", "FAILED"]);
  });
});

describe("kindsFor", () => {
  it("gives safeguarding emails to managers only, and nothing to steering or administrators", () => {
    expect(kindsFor("MANAGER")).toContain("SAFEGUARDING_CONCERN");
    expect(kindsFor("OFFICER")).not.toContain("SAFEGUARDING_CONCERN");
    expect(kindsFor("STEERING")).toEqual([]);
    expect(kindsFor("ADMIN")).toEqual([]);
  });
});

describe("maskAddresses", () => {
  it("masks every address an SMTP error quotes", () => {
    expect(maskAddresses("550 5.1.1 <jo.bloggs@example.org>: Recipient address rejected; also x@y.z")).toBe(
      "550 5.1.1 <<address>>: Recipient address rejected; also <address>",
    );
  });
});

describe("renderMessage", () => {
  it("says the reference and the link, and the family's receipt has no link", () => {
    const base = {
      reference: "R-1",
      itemCount: null,
      responsePromise: null,
      referralId: "abc",
      serviceName: "S",
      publicUrl: "https://x.test/",
    };
    expect(renderMessage({ ...base, kind: "SAFEGUARDING_CONCERN" }).text).toContain("https://x.test/triage/abc");
    expect(renderMessage({ ...base, kind: "OVERDUE_DIGEST", itemCount: 1 }).subject).toBe("1 overdue duty today");
    const receipt = renderMessage({ ...base, kind: "FAMILY_RECEIPT", responsePromise: "We will call by Friday." });
    expect(receipt.text).toContain("We will call by Friday.");
    expect(receipt.text).not.toContain("http");
  });
});
