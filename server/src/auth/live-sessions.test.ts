import { describe, expect, it } from "vitest";
import { LiveSessions } from "./live-sessions.js";
import type { BusMessage, EventBus } from "../pubsub/event-bus.js";
import type { Viewer } from "../core/viewer.js";

// The bookkeeping of LiveSessions with a stand-in bus and database; tests/api/live-sessions.test.ts
// drives it through the real triggers on PGlite and PostgreSQL.

const now = new Date("2026-11-25T09:00:00Z");
const policy = { idleMinutes: 30, absoluteHours: 12 };
const viewer: Viewer = {
  staffId: "11111111-1111-4111-8111-111111111111",
  serviceId: "22222222-2222-4222-8222-222222222222",
  role: "MANAGER",
  sessionId: "33333333-3333-4333-8333-333333333333",
  displayName: "A Manager",
  expiresAt: new Date(now.getTime() + 3_600_000),
};

function setup() {
  let watcher: (m: BusMessage) => void = () => {};
  let relisten: () => void = () => {};
  const bus = { watch: (fn: typeof watcher) => (watcher = fn), onRelisten: (fn: () => void) => (relisten = fn) } as unknown as EventBus;
  const row = { revoked: false, role: "MANAGER" };
  let reads = 0;
  /** Resolves the read in progress; reads answer at once unless `hold` is set. */
  let hold: Promise<void> | undefined;
  const db = {
    async execute() {
      reads++;
      if (hold) await hold;
      return [
        {
          kind: "session",
          id: viewer.sessionId,
          ref: viewer.staffId,
          revoked: row.revoked,
          expires_at: now.getTime() + 3_600_000,
          last_seen_at: now.getTime(),
        },
        { kind: "staff", id: viewer.staffId, ref: viewer.serviceId, role: row.role, display_name: "A Manager", active: true },
      ];
    },
  };
  const kept = new LiveSessions({ db: db as never, bus, policy });
  return {
    kept,
    row,
    reads: () => reads,
    send: (m: unknown) => watcher(m as BusMessage),
    relisten: () => relisten(),
    holdReads: () => {
      let release!: () => void;
      hold = new Promise((r) => (release = r));
      return () => {
        hold = undefined;
        release();
      };
    },
  };
}

describe("LiveSessions", () => {
  it("reads a subscriber once, then answers from memory until a change names them", async () => {
    const t = setup();
    expect((await t.kept.check([viewer], now)).get(viewer.sessionId)?.role).toBe("MANAGER");
    await t.kept.check([viewer], now);
    expect(t.reads()).toBe(1);
    t.row.role = "OFFICER";
    t.send({ topic: "AUTH_CHANGED", payload: { staffId: viewer.staffId } });
    expect((await t.kept.check([viewer], now)).get(viewer.sessionId)?.role).toBe("OFFICER");
    expect(t.reads()).toBe(2);
    t.row.revoked = true;
    t.send({ topic: "AUTH_CHANGED", payload: { sessionId: viewer.sessionId } });
    expect((await t.kept.check([viewer], now)).size).toBe(0);
    // Other events change nothing kept.
    t.send({ topic: "REFERRAL_RECEIVED", payload: { serviceId: viewer.serviceId, referralId: viewer.sessionId } });
    await t.kept.check([viewer], now);
    expect(t.reads()).toBe(3);
  });

  it("drops everything on a change that names nothing, and when the listening connection is back", async () => {
    const t = setup();
    await t.kept.check([viewer], now);
    t.send({ topic: "AUTH_CHANGED" });
    await t.kept.check([viewer], now);
    expect(t.reads()).toBe(2);
    t.relisten();
    await t.kept.check([viewer], now);
    expect(t.reads()).toBe(3);
    expect(t.kept.stats().dropped).toBe(2);
  });

  it("answers with a read that overlapped a change, but does not keep it", async () => {
    const t = setup();
    const release = t.holdReads();
    const pending = t.kept.check([viewer], now);
    t.send({ topic: "AUTH_CHANGED", payload: { sessionId: viewer.sessionId } });
    release();
    expect((await pending).size).toBe(1);
    await t.kept.check([viewer], now);
    expect(t.reads()).toBe(2);
  });

  it("reads again a session that looks idle from memory, and refuses it only if the database agrees", async () => {
    const t = setup();
    await t.kept.check([viewer], now);
    const later = new Date(now.getTime() + 31 * 60_000);
    expect((await t.kept.check([viewer], later)).size).toBe(0);
    expect(t.reads()).toBe(2);
  });
});
