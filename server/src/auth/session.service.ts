import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { sessions } from "./session.table.js";
import { assertWithinLimit, limitsByBucket, rateLimitKey, recordAttempt } from "../ratelimit/rate-limit.service.js";
import { staff } from "../staff/staff.table.js";
import { AppError, ErrorCode } from "../graphql/errors.js";
import { dummyPasswordHash, verifyPassword } from "./password.js";
import type { Viewer } from "./viewer.js";
import { executeRows } from "../db/rows.js";

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** lastSeenAt is written at most this often, so reads do not each become a write. */
const TOUCH_INTERVAL_MS = 60_000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

const badCredentials = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, "The email address or password is not right.");

/**
 * Check a password and open a session. Unknown email and wrong password answer alike and take
 * the same time; more than 10 failures for one account in 5 minutes are refused until the window passes.
 */
export async function login(opts: {
  db: Queryable;
  email: string;
  password: string;
  policy: SessionPolicy;
  now?: Date;
}): Promise<{ token: string; expiresAt: Date; staffId: string }> {
  const now = opts.now ?? new Date();
  const key = rateLimitKey(opts.email);
  const limit = limitsByBucket.login;
  await assertWithinLimit({ db: opts.db, limit, key, now });
  const [member] = await opts.db
    .select({ id: staff.id, serviceId: staff.serviceId, passwordHash: staff.passwordHash, active: staff.active })
    .from(staff)
    .where(eq(sql`lower(${staff.email})`, opts.email.trim().toLowerCase()));
  const ok = await verifyPassword(member?.passwordHash ?? (await dummyPasswordHash()), opts.password);
  const succeeded = Boolean(member && member.active && ok);
  await recordAttempt({ db: opts.db, limit, key, now, counts: !succeeded });
  if (!succeeded || !member) throw badCredentials();

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

/** The live sessions matching `match` (token hash or ids), with their staff member, as viewers. */
async function findLiveSessions(db: Queryable, match: SQL, policy: SessionPolicy, now: Date) {
  const idleCutoff = new Date(now.getTime() - policy.idleMinutes * 60_000);
  const rows = await db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      staffId: staff.id,
      serviceId: staff.serviceId,
      role: staff.role,
      displayName: staff.displayName,
    })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .where(and(match, isNull(sessions.revokedAt), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleCutoff), eq(staff.active, true)));
  return rows.map(({ lastSeenAt, ...viewer }) => ({ viewer: viewer satisfies Viewer, lastSeenAt }));
}

const findLiveSession = async (db: Queryable, match: SQL, policy: SessionPolicy, now: Date) =>
  (await findLiveSessions(db, match, policy, now))[0] ?? null;

/** The viewer for a bearer token, or null when the token is unknown, revoked, idle too long or expired. */
export async function findViewerByToken(opts: {
  db: Queryable;
  token: string;
  policy: SessionPolicy;
  touch?: boolean;
  now?: Date;
}): Promise<Viewer | null> {
  const now = opts.now ?? new Date();
  const found = await findLiveSession(opts.db, eq(sessions.tokenHash, hashToken(opts.token)), opts.policy, now);
  if (!found) return null;
  if (opts.touch !== false && now.getTime() - found.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await opts.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, found.viewer.sessionId));
  }
  return found.viewer;
}

/**
 * The viewer behind a live session, read afresh (role and active flag may have changed), or null.
 * Subscriptions call this for every event before delivering it.
 */
export async function recheckSession(opts: { db: Queryable; sessionId: string; policy: SessionPolicy; now?: Date }): Promise<Viewer | null> {
  const found = await findLiveSession(opts.db, eq(sessions.id, opts.sessionId), opts.policy, opts.now ?? new Date());
  return found?.viewer ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function isSessionLive(opts: { db: Queryable; sessionId: string; policy: SessionPolicy; now?: Date }) {
  return (await recheckSession(opts)) !== null;
}

export async function revokeSession(opts: { db: Queryable; sessionId: string; now?: Date }) {
  await opts.db
    .update(sessions)
    .set({ revokedAt: opts.now ?? new Date() })
    .where(and(eq(sessions.id, opts.sessionId), isNull(sessions.revokedAt)));
}

/**
 * The same check as `recheckSession`, for many subscribers at once (one array parameter per kind of
 * id, so a thousand subscribers stay one small statement), answering with what changed
 * rather than a row per session: the sessions among them that are no longer live (revoked,
 * expired, idle too long or gone) and the current row of each staff member behind them. A
 * thousand subscribers of three managers read back three rows, not a thousand.
 */
export async function recheckViewers(opts: { db: Queryable; viewers: Viewer[]; policy: SessionPolicy; now: Date }): Promise<Map<string, Viewer>> {
  const live = new Map<string, Viewer>();
  const viewers = opts.viewers.filter((v) => UUID.test(v.sessionId) && UUID.test(v.staffId));
  if (viewers.length === 0) return live;
  const idleCutoff = new Date(opts.now.getTime() - opts.policy.idleMinutes * 60_000);
  const array = (ids: Iterable<string>) => `{${[...new Set(ids)].join(",")}}`;
  const rows = await executeRows<{ kind: "ended" | "staff"; id: string; role: string | null; service_id: string | null; display_name: string | null; active: boolean | null }>(
    opts.db,
    sql`select 'ended' as kind, ids.id::text as id, null::text as role, null::text as service_id, null::text as display_name, null::boolean as active
        from unnest(${array(viewers.map((v) => v.sessionId))}::uuid[]) as ids(id)
        left join ${sessions} s on s.id = ids.id
        where s.id is null or s.revoked_at is not null or s.expires_at <= ${opts.now.toISOString()}::timestamptz
          or s.last_seen_at <= ${idleCutoff.toISOString()}::timestamptz
      union all
      select 'staff', st.id::text, st.role::text, st.service_id::text, st.display_name, st.active
        from ${staff} st where st.id = any(${array(viewers.map((v) => v.staffId))}::uuid[])`,
  );
  const ended = new Set<string>();
  const people = new Map<string, { role: string; serviceId: string; displayName: string; active: boolean }>();
  for (const r of rows) {
    if (r.kind === "ended") ended.add(r.id);
    else people.set(r.id, { role: r.role!, serviceId: r.service_id!, displayName: r.display_name!, active: r.active! });
  }
  for (const v of viewers) {
    const person = people.get(v.staffId);
    if (ended.has(v.sessionId) || !person?.active) continue;
    live.set(v.sessionId, { ...v, role: person.role as Viewer["role"], serviceId: person.serviceId, displayName: person.displayName });
  }
  return live;
}
