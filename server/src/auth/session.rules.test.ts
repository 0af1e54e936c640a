import { describe, expect, it } from "vitest";
import { TOUCH_INTERVAL_MS, sessionLive } from "./session.rules.js";

const policy = { idleMinutes: 30, absoluteHours: 12 };
const now = new Date("2026-11-20T12:00:00Z");
const minutes = (n: number) => now.getTime() + n * 60_000;

describe("session rules", () => {
  it("a session ends after 30 idle minutes", () => {
    expect(sessionLive({ revoked: false, expiresAt: minutes(60), lastSeenAt: minutes(-29) }, policy, now)).toBe(true);
    expect(sessionLive({ revoked: false, expiresAt: minutes(60), lastSeenAt: minutes(-30) }, policy, now)).toBe(false);
  });

  it("a session ends at its absolute expiry however active, and at once when revoked", () => {
    expect(sessionLive({ revoked: false, expiresAt: minutes(0), lastSeenAt: minutes(0) }, policy, now)).toBe(false);
    expect(sessionLive({ revoked: true, expiresAt: minutes(60), lastSeenAt: minutes(0) }, policy, now)).toBe(false);
  });

  it("use is written down at most once a minute", () => {
    expect(TOUCH_INTERVAL_MS).toBe(60_000);
  });
});
