import { describe, expect, it } from "vitest";
import { KNOWN_ADDRESS_DAYS, limitsByBucket, signInLimits } from "./rate-limit.rules.js";

describe("rate limits", () => {
  it("a client address may fail thirty sign-ins in five minutes, whichever accounts it tries", () => {
    expect(signInLimits.address).toMatchObject({ max: 30, windowMs: 5 * 60_000 });
  });

  it("an account may fail fifty sign-ins in an hour from addresses it has not signed in from", () => {
    expect(signInLimits.accountFromNewAddresses).toMatchObject({ max: 50, windowMs: 60 * 60_000 });
  });

  it("an address an account signed in from stays known for ninety days", () => {
    expect(KNOWN_ADDRESS_DAYS).toBe(90);
  });

  it("an account is refused after ten failed sign-ins in five minutes from one address", () => {
    expect(limitsByBucket.login).toMatchObject({ max: 10, windowMs: 5 * 60_000 });
  });

  it("a client address may send five public forms in ten minutes", () => {
    expect(limitsByBucket.selfReferral).toMatchObject({ max: 5, windowMs: 10 * 60_000 });
  });

  it("a client address may try ten evaluation codes that do not work in ten minutes", () => {
    expect(limitsByBucket.evaluation).toMatchObject({ max: 10, windowMs: 10 * 60_000 });
  });

  it("each limit counts in a bucket of its own", () => {
    const buckets = [...Object.values(limitsByBucket), ...Object.values(signInLimits)].map((l) => l.bucket);
    expect(new Set(buckets).size).toBe(buckets.length);
  });
});
