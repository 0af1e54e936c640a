import type { SessionPolicy } from "../config/env.js";

/*
 * When a session is live [SPEC §5, decision 015]. The database reads (`findLiveSessions`) ask the
 * same in SQL; the in-memory re-check of subscribers (`liveViewer`, `LiveSessions`) asks it here.
 */

/** `lastSeenAt` is written at most this often, so reads do not each become a write. */
export const TOUCH_INTERVAL_MS = 60_000;

/** The last moment of use that still keeps a session alive at `now`: idle longer than the policy ends it. */
export const idleCutoff = (policy: SessionPolicy, now: Date) => now.getTime() - policy.idleMinutes * 60_000;

/** A session is live until revoked, past its absolute expiry, or idle too long (times in epoch ms). */
export const sessionLive = (s: { revoked: boolean; expiresAt: number; lastSeenAt: number }, policy: SessionPolicy, now: Date) =>
  !s.revoked && s.expiresAt > now.getTime() && s.lastSeenAt > idleCutoff(policy, now);
