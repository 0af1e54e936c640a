import type { Queryable } from "../db/client.js";
import type { EventBus } from "../pubsub/event-bus.js";
import { Topic } from "../pubsub/event-bus.js";
import type { Viewer } from "../core/viewer.js";
import type { SessionPolicy } from "../config/env.js";
import { idleCutoff } from "./session.rules.js";
import { liveViewer, readAuthStates, type SessionState, type StaffState } from "./session.service.js";

/** Rows kept at most; past this the memory is emptied and rows are read again as needed. */
const MAX_ROWS = 20_000;

/**
 * The sessions and staff rows that subscribers stand on, kept in memory and in step with the database,
 * so the re-check every event needs (decision 015) usually costs no round trip.
 *
 * In step: triggers (migration 0009) send an AUTH_CHANGED event, on the channel that carries every
 * event, whenever a row changes in a way that can take rights away. PostgreSQL delivers the events of
 * one channel in commit order, and `EventBus.watch` applies them as they arrive, before any subscriber
 * sees a later event: a session revoked before a referral committed is known here before that
 * referral is delivered. If the listening connection is lost, events of the gap are lost with it, so
 * everything kept is dropped when it is back (`EventBus.onRelisten`).
 *
 * What is kept can only be behind in one direction: `last_seen_at` moving forward (a session in
 * use) notifies nothing, and a session that looks idle from here is read again before it is refused.
 */
export class LiveSessions {
  private readonly sessions = new Map<string, SessionState | null>();
  private readonly staff = new Map<string, StaffState | null>();
  /** Bumped by every change heard of; a read that overlapped one keeps its answer out of memory. */
  private generation = 0;
  private readonly counters = { checks: 0, reads: 0, rowsRead: 0, changes: 0, dropped: 0 };

  constructor(private readonly opts: { db: Queryable; bus: EventBus; policy: SessionPolicy }) {
    opts.bus.watch((message) => {
      if (message.topic !== Topic.AuthChanged) return;
      this.generation++;
      this.counters.changes++;
      const { sessionId, staffId } = message.payload ?? {};
      // A change that names nothing known (a hand-sent event): drop everything rather than guess.
      if (typeof sessionId !== "string" && typeof staffId !== "string") return this.dropAll();
      if (typeof sessionId === "string") this.sessions.delete(sessionId);
      if (typeof staffId === "string") this.staff.delete(staffId);
    });
    opts.bus.onRelisten(() => this.dropAll());
  }

  /**
   * Each viewer as they are now, by session id; a viewer whose session is no longer live is absent.
   * Reads only the rows not kept (or kept but looking idle), all in one statement.
   */
  async check(viewers: readonly Viewer[], now: Date): Promise<Map<string, Viewer>> {
    this.counters.checks++;
    const lastUseAllowed = idleCutoff(this.opts.policy, now);
    // Decided from what is kept now, as of the event being delivered: a change heard of while the
    // missing rows are read committed after that event.
    const live = new Map<string, Viewer>();
    let missing: Viewer[] | undefined;
    for (const v of viewers) {
      const session = this.sessions.get(v.sessionId);
      const person = this.staff.get(v.staffId);
      if (session === undefined || person === undefined || (session !== null && session.lastSeenAt <= lastUseAllowed)) {
        (missing ??= []).push(v);
        continue;
      }
      const viewer = liveViewer(v, session, person, this.opts.policy, now);
      if (viewer) live.set(v.sessionId, viewer);
    }
    if (!missing) return live;

    const generation = this.generation;
    const read = await readAuthStates(
      this.opts.db,
      missing.map((v) => v.sessionId),
      missing.map((v) => v.staffId),
    );
    this.counters.reads++;
    this.counters.rowsRead += read.sessions.size + read.staff.size;
    if (generation === this.generation) {
      if (this.sessions.size + read.sessions.size > MAX_ROWS || this.staff.size + read.staff.size > MAX_ROWS) this.dropAll();
      for (const [id, row] of read.sessions) this.sessions.set(id, row);
      for (const [id, row] of read.staff) this.staff.set(id, row);
    }
    for (const v of missing) {
      const viewer = liveViewer(v, read.sessions.get(v.sessionId), read.staff.get(v.staffId), this.opts.policy, now);
      if (viewer) live.set(v.sessionId, viewer);
    }
    return live;
  }

  stats() {
    return { ...this.counters, sessionsKept: this.sessions.size, staffKept: this.staff.size };
  }

  private dropAll() {
    this.generation++;
    this.counters.dropped++;
    this.sessions.clear();
    this.staff.clear();
  }
}
