import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import type { SessionPolicy } from "../config/env.js";
import { TOUCH_INTERVAL_MS, idleCutoff, sessionLive } from "./session.rules.js";
import { sessions } from "./session.table.js";
import { isKnown, markKnown, rateLimitKey, releaseAttempt, reserveAttempt, resetAttempts } from "../ratelimit/rate-limit.service.js";
import { KNOWN_ADDRESS_BUCKET, KNOWN_ADDRESS_DAYS, limitsByBucket, signInLimits, type Limit } from "../ratelimit/rate-limit.rules.js";
import { staff } from "../staff/staff.table.js";
import { DomainError, ErrorCode } from "../core/errors.js";
import { dummyPasswordHash, verifyPassword } from "./password.js";
import type { Viewer } from "../core/viewer.js";
import { epochMs, executeRows, fromEpochMs } from "../db/rows.js";
import { fixedStatement } from "../db/fixed-statement.js";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

const badCredentials = () => new DomainError(ErrorCode.UNAUTHENTICATED, "The email address or password is not right.");

/**
 * Check a password and open a session (decision 024). Unknown email and wrong password answer alike
 * and take the same time. Before the password is verified, one attempt is reserved atomically in
 * PostgreSQL against each limit in turn — the account from this address, this address, and the account
 * from addresses it has not signed in from — so a burst of concurrent guesses gets at most the limit
 * verified. A refused reservation gives back the ones taken before it; a successful sign-in gives back
 * its own, clears the account's failures from this address and marks the address as known.
 */
export async function login(opts: {
  db: Queryable;
  email: string;
  password: string;
  clientAddress: string;
  policy: SessionPolicy;
  now?: Date;
}): Promise<{ token: string; expiresAt: Date; staffId: string }> {
  const now = opts.now ?? new Date();
  const email = opts.email.trim().toLowerCase();
  const accountHere = rateLimitKey(`${email}\u0000${opts.clientAddress}`);
  const known = await isKnown({
    db: opts.db,
    bucket: KNOWN_ADDRESS_BUCKET,
    key: accountHere,
    since: new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000),
  });
  const reservations: { limit: Limit; key: string }[] = [
    { limit: limitsByBucket.login, key: accountHere },
    { limit: signInLimits.address, key: rateLimitKey(opts.clientAddress) },
    ...(known ? [] : [{ limit: signInLimits.accountFromNewAddresses, key: rateLimitKey(email) }]),
  ];
  const taken: typeof reservations = [];
  for (const r of reservations) {
    if (!(await reserveAttempt({ db: opts.db, ...r, now }))) {
      for (const t of taken) await releaseAttempt({ db: opts.db, ...t });
      throw new DomainError(ErrorCode.RATE_LIMITED, r.limit.message);
    }
    taken.push(r);
  }
  const [member] = await opts.db
    .select({ id: staff.id, serviceId: staff.serviceId, passwordHash: staff.passwordHash, active: staff.active })
    .from(staff)
    .where(eq(sql`lower(${staff.email})`, email));
  const ok = await verifyPassword(member?.passwordHash ?? (await dummyPasswordHash()), opts.password);
  if (!member || !member.active || !ok) throw badCredentials();

  await resetAttempts({ db: opts.db, ...taken[0]! });
  for (const t of taken.slice(1)) await releaseAttempt({ db: opts.db, ...t });
  await markKnown({ db: opts.db, bucket: KNOWN_ADDRESS_BUCKET, key: accountHere, now });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + opts.policy.absoluteHours * 3_600_000);
  await opts.db.insert(sessions).values({
    serviceId: member.serviceId,
    staffId: member.id,
    tokenHash: hashToken(token),
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
  });
  return { token, expiresAt, staffId: member.id };
}

interface LiveSessionRow {
  session_id: string;
  last_seen_ms: number;
  expires_ms: number;
  staff_id: string;
  service_id: string;
  role: Viewer["role"];
  display_name: string;
}

/**
 * The live sessions matching `match` (on `s`, the session), with their staff member: the one home of what
 * makes a session live in SQL (not revoked, not expired, used since the idle cut-off, its person active).
 */
const liveSessionsSql = (match: SQL, now: string, lastUseAllowed: string) =>
  sql`select s.id as session_id, ${epochMs(sql`s.last_seen_at`)} as last_seen_ms, ${epochMs(sql`s.expires_at`)} as expires_ms,
      st.id as staff_id, st.service_id, st.role::text as role, st.display_name
    from sessions s join staff st on st.id = s.staff_id
    where ${match} and s.revoked_at is null and s.expires_at > ${now}::timestamptz
      and s.last_seen_at > ${lastUseAllowed}::timestamptz and st.active = true`;

const asLive = (row: LiveSessionRow) => ({
  viewer: {
    sessionId: row.session_id,
    expiresAt: fromEpochMs(row.expires_ms)!,
    staffId: row.staff_id,
    serviceId: row.service_id,
    role: row.role,
    displayName: row.display_name,
  } satisfies Viewer,
  lastSeenAt: fromEpochMs(row.last_seen_ms)!,
});

const liveBounds = (policy: SessionPolicy, now: Date) => ({
  now: now.toISOString(),
  lastUseAllowed: new Date(idleCutoff(policy, now)).toISOString(),
});

/**
 * The live session of one token hash, rendered once (`fixedStatement`): every HTTP request runs it,
 * and drizzle's query builder cost more than a quarter of a triage queue page's JavaScript (issue 23).
 */
const liveSessionByToken = fixedStatement(
  { tokenHash: "sentinel:token-hash", now: "1901-02-03T04:05:06.789Z", lastUseAllowed: "1902-03-04T05:06:07.891Z" },
  (v) => liveSessionsSql(sql`s.token_hash = ${v.tokenHash}`, v.now, v.lastUseAllowed),
);

/** The live session of one session id (a subscription's re-check), or null. */
const findLiveSessionById = async (db: Queryable, sessionId: string, policy: SessionPolicy, now: Date) => {
  const bounds = liveBounds(policy, now);
  const [row] = await executeRows<LiveSessionRow>(db, liveSessionsSql(sql`s.id = ${sessionId}::uuid`, bounds.now, bounds.lastUseAllowed));
  return row ? asLive(row) : null;
};

/** The viewer for a bearer token, or null when the token is unknown, revoked, idle too long or expired. */
export async function findViewerByToken(opts: {
  db: Queryable;
  token: string;
  policy: SessionPolicy;
  touch?: boolean;
  now?: Date;
}): Promise<Viewer | null> {
  const now = opts.now ?? new Date();
  const [row] = await executeRows<LiveSessionRow>(
    opts.db,
    liveSessionByToken({ tokenHash: hashToken(opts.token), ...liveBounds(opts.policy, now) }),
  );
  if (!row) return null;
  const found = asLive(row);
  if (opts.touch !== false && now.getTime() - found.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await opts.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, found.viewer.sessionId));
  }
  return found.viewer;
}

/**
 * The viewer behind a live session, read afresh (role and active flag may have changed), or null.
 * Subscriptions call this for every event before delivering it.
 */
export async function recheckSession(opts: {
  db: Queryable;
  sessionId: string;
  policy: SessionPolicy;
  now?: Date;
}): Promise<Viewer | null> {
  const found = await findLiveSessionById(opts.db, opts.sessionId, opts.policy, opts.now ?? new Date());
  return found?.viewer ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function revokeSession(opts: { db: Queryable; sessionId: string; now?: Date }) {
  await opts.db
    .update(sessions)
    .set({ revokedAt: opts.now ?? new Date() })
    .where(and(eq(sessions.id, opts.sessionId), isNull(sessions.revokedAt)));
}

/** A session row as far as a re-check needs it; null when the row is gone. */
export interface SessionState {
  staffId: string;
  revoked: boolean;
  expiresAt: number;
  lastSeenAt: number;
}

/** A staff row as far as a re-check needs it; null when the row is gone. */
export interface StaffState {
  role: Viewer["role"];
  serviceId: string;
  displayName: string;
  active: boolean;
}

/**
 * The rows behind many sessions and staff members, in one small statement (one array parameter per
 * kind of id): ids that match no row come back as null.
 */
export async function readAuthStates(
  db: Queryable,
  sessionIds: Iterable<string>,
  staffIds: Iterable<string>,
): Promise<{ sessions: Map<string, SessionState | null>; staff: Map<string, StaffState | null> }> {
  const sessionSet = new Set([...sessionIds].filter((id) => UUID.test(id)));
  const staffSet = new Set([...staffIds].filter((id) => UUID.test(id)));
  const result = { sessions: new Map<string, SessionState | null>(), staff: new Map<string, StaffState | null>() };
  if (sessionSet.size === 0 && staffSet.size === 0) return result;
  const array = (ids: Set<string>) => `{${[...ids].join(",")}}`;
  const rows = await executeRows<{
    kind: "session" | "staff";
    id: string;
    ref: string | null;
    revoked: boolean | null;
    expires_at: number | null;
    last_seen_at: number | null;
    role: string | null;
    display_name: string | null;
    active: boolean | null;
  }>(
    db,
    sql`select 'session' as kind, s.id::text as id, s.staff_id::text as ref, s.revoked_at is not null as revoked,
          ${epochMs(sql`s.expires_at`)} as expires_at, ${epochMs(sql`s.last_seen_at`)} as last_seen_at,
          null::text as role, null::text as display_name, null::boolean as active
        from ${sessions} s where s.id = any(${array(sessionSet)}::uuid[])
      union all
      select 'staff', st.id::text, st.service_id::text, null, null, null, st.role::text, st.display_name, st.active
        from ${staff} st where st.id = any(${array(staffSet)}::uuid[])`,
  );
  for (const id of sessionSet) result.sessions.set(id, null);
  for (const id of staffSet) result.staff.set(id, null);
  for (const r of rows) {
    if (r.kind === "session") {
      result.sessions.set(r.id, {
        staffId: r.ref!,
        revoked: r.revoked!,
        expiresAt: Number(r.expires_at),
        lastSeenAt: Number(r.last_seen_at),
      });
    } else {
      result.staff.set(r.id, { role: r.role as Viewer["role"], serviceId: r.ref!, displayName: r.display_name!, active: r.active! });
    }
  }
  return result;
}

/**
 * The viewer `v` is now, given its session and staff rows, or undefined when the session is no longer
 * live: the same conditions as `liveSessionsSql` (revoked, expired, idle too long, gone, or the person
 * deactivated or gone).
 */
export function liveViewer(
  v: Viewer,
  session: SessionState | null | undefined,
  person: StaffState | null | undefined,
  policy: SessionPolicy,
  now: Date,
) {
  if (!session || !person || session.staffId !== v.staffId || !person.active) return undefined;
  if (!sessionLive(session, policy, now)) return undefined;
  return { ...v, role: person.role, serviceId: person.serviceId, displayName: person.displayName } satisfies Viewer;
}

/**
 * The same check as `recheckSession`, for many subscribers at once, straight from the database:
 * one statement for a thousand subscribers, reading back one row per session and one per staff
 * member. (Subscription delivery goes through `LiveSessions`, which keeps these rows in memory.)
 */
export async function recheckViewers(opts: {
  db: Queryable;
  viewers: Viewer[];
  policy: SessionPolicy;
  now: Date;
}): Promise<Map<string, Viewer>> {
  const live = new Map<string, Viewer>();
  const states = await readAuthStates(
    opts.db,
    opts.viewers.map((v) => v.sessionId),
    opts.viewers.map((v) => v.staffId),
  );
  for (const v of opts.viewers) {
    const viewer = liveViewer(v, states.sessions.get(v.sessionId), states.staff.get(v.staffId), opts.policy, opts.now);
    if (viewer) live.set(v.sessionId, viewer);
  }
  return live;
}
