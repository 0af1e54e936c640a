import { describe, expect, it } from "vitest";
import { limitsByBucket } from "./rate-limit.rules.js";

describe("rate limits", () => {
  it("an account is refused after ten failed sign-ins in five minutes", () => {
    expect(limitsByBucket.login).toMatchObject({ max: 10, windowMs: 5 * 60_000 });
  });

  it("a client address may send five public forms in ten minutes", () => {
    expect(limitsByBucket.selfReferral).toMatchObject({ max: 5, windowMs: 10 * 60_000 });
  });

  it("a client address may try ten evaluation codes that do not work in ten minutes", () => {
    expect(limitsByBucket.evaluation).toMatchObject({ max: 10, windowMs: 10 * 60_000 });
  });

  it("each limit counts in a bucket of its own", () => {
    const buckets = Object.values(limitsByBucket).map((l) => l.bucket);
    expect(new Set(buckets).size).toBe(buckets.length);
  });
});
