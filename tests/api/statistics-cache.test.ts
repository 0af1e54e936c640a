import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { tables } from "server";
import { executeRows } from "server/db/rows.js";
import { PgDialect } from "drizzle-orm/pg-core";
import { selectAggregates, statisticsParts, type AggregateRow } from "server/statistics/statistics.query.js";
import { cachedAggregates } from "server/statistics/statistics.cache.js";
import { versionOf } from "server/statistics/statistics.sources.js";
import { periodsOf } from "server/statistics/statistics.service.js";
import { dbMode, startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, signIn } from "../support/factories.js";
import { executeCounted } from "../support/execute.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { openCase } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";

/*
 * Decision 057: a service's computed statistics are kept while nothing they depend on has changed.
 * Every kind of change must show at once, whoever makes it (the API, another instance, SQL), and
 * the clock passing a response deadline must show with no write at all.
 */

const CACHED_STATS = graphql(`query CachedStats($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) {
    figures
    current {
      referralsReceived { value }
      responseMaximumBreached { value }
      waitingAtPeriodEnd { value }
      feedback { total { value } }
      safeguardingConcerns { value }
      hearingsSupported { total { value } }
      activitiesByKind { total { value } }
    }
  }
}`);
const LOG_ACTIVITY = graphql(`mutation LogActivityForCache($input: LogActivityInput!) { logActivity(input: $input) { id } }`);
const LOG_COMPLAINT = graphql(`mutation LogComplaintForCache($i: LogComplaintInput!) { logComplaint(input: $i) { id } }`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
// Thursday 3 December 2026, 09:00 London; moved forward by the deadline test.
const clock = new Date("2026-12-03T09:00:00Z");
const DECEMBER = { from: "2026-12-01", to: "2026-12-31" };
let firstReferral: string;

async function stats(token = a.MANAGER.token, period = DECEMBER) {
  const res = await server.gql(CACHED_STATS, period, token);
  expect(res.errors).toBeUndefined();
  const c = res.data.serviceStats.current;
  return {
    received: c.referralsReceived.value,
    breached: c.responseMaximumBreached.value,
    waiting: c.waitingAtPeriodEnd.value,
    feedback: c.feedback.total.value,
    safeguarding: c.safeguardingConcerns.value,
    hearings: c.hearingsSupported.total.value,
    activities: c.activitiesByKind.total.value,
  };
}

async function create(token: string, receivedAt: string) {
  const res = await server.gql(CREATE, { input: createReferralInput({ receivedAt }) }, token);
  expect(res.errors).toBeUndefined();
  return res.data.createReferral.id;
}

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Cache A");
  b = await createServiceWithTeam(server, "Cache B");
  firstReferral = await create(a.MANAGER.token, "2026-12-01T10:00:00Z");
});
afterAll(() => server?.close());

/** Each statistics statement's SQL text and named tables, exact and protected (the guards below read them). */
function statementTexts() {
  const dialect = new PgDialect();
  const { current, previous } = periodsOf("2026-11-01", "2026-11-30", "Europe/London");
  return [false, true].flatMap((protect) =>
    statisticsParts({
      serviceId: a.service.id,
      current,
      previous,
      asOf: clock,
      protection: { protect, k: 5, timeZone: "Europe/London" },
    }).map((part) => ({ sources: part.sources, text: dialect.sqlToQuery(part.statement).sql })),
  );
}

/** The table a version source is of: a table's name, or a rollup table's month (`stats_daily:2026-11`, decision 060). */
const tableOf = (source: string) => source.split(":")[0]!;
/** The response clock's counts of the months before the latest (decision 065): receipt bounded above by the split. */
const earlierResponseCounts = (q: string) => /waiting_candidates/.test(q) && /r\.received_at < \$\d+::timestamptz/.test(q);

describe("serviceStats kept while nothing changes (decision 057)", () => {
  it("names every table each statement reads, and each notes its changes", async () => {
    const triggers = (
      await executeRows<{ name: string }>(server.db, sql`select tgname as name from pg_trigger where tgname like '%\_stats\_changed\__'`)
    ).map((r) => r.name);
    const parts = statementTexts();
    for (const [i, part] of parts.entries()) {
      const named = [...part.text.matchAll(/\b(?:from|join)\s+"?([a-z_]+)"?/gi)].map((m) => m[1]!);
      const tablesRead = (
        await executeRows<{ name: string }>(
          server.db,
          sql`select relname as name from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace and relname in (${sql.join(
            named.map((n) => sql`${n}`),
            sql`, `,
          )})`,
        )
      ).map((r) => r.name);
      expect(tablesRead.length, `statement ${i} reads tables`).toBeGreaterThan(1);
      // A table read but not named would leave the statement's rows kept after a change to it.
      const tablesNamed = part.sources.map(tableOf);
      expect([...tablesNamed, "stats_source_versions"], `statement ${i} names what it reads`).toEqual(expect.arrayContaining(tablesRead));
      for (const table of tablesNamed)
        for (const op of ["i", "u", "d"]) expect(triggers, `${table} notes its changes`).toContain(`${table}_stats_changed_${op}`);
    }
    expect(parts.flatMap((p) => p.sources.map(tableOf))).toEqual(
      expect.arrayContaining(["referrals", "stats_monthly", "complaints", "key_dates"]),
    );
  });

  it("reads no column of cases that an update of a case is not compared on (migration 0034)", async () => {
    // An update of a case notes a change only when a compared column changed (an activity recorded moves
    // its last activity time): a column the statements read but the trigger does not compare would
    // leave figures kept after it changed.
    const [trigger] = await executeRows<{ d: string }>(
      server.db,
      sql`select pg_get_triggerdef(oid) as d from pg_trigger where tgname = 'cases_stats_changed_u'`,
    );
    const compared = new Set([...trigger!.d.matchAll(/\bold\.(\w+)/gi)].map((m) => m[1]!));
    compared.add("id"); // the primary key is never updated
    compared.add("stats_key"); // generated from the id (decision 066)
    const columns = new Set(
      (
        await executeRows<{ name: string }>(
          server.db,
          sql`select column_name as name from information_schema.columns where table_schema = 'public' and table_name = 'cases'`,
        )
      ).map((r) => r.name),
    );
    // Every column the statements read through an alias of cases (each alias names one table in a statement).
    const read = new Set<string>();
    for (const { text } of statementTexts()) {
      const aliases = new Set([...text.matchAll(/\bcases\s+(\w+)/gi)].map((m) => m[1]!));
      for (const m of text.matchAll(/\b(\w+)\.(\w+)\b/g)) if (aliases.has(m[1]!) && columns.has(m[2]!)) read.add(m[2]!);
    }
    for (const column of ["opened_at", "closed_at", "level", "referral_id"]) expect(read).toContain(column);
    expect([...read].filter((column) => !compared.has(column))).toEqual([]);
  });

  it("answers a repeated request with one version read, and recomputes after a change made through the API", async () => {
    const before = await stats();
    expect(before.received).toBe(1);
    const again = await executeCounted(server, a.MANAGER.token, CACHED_STATS, DECEMBER);
    expect(again.result.errors).toBeUndefined();
    // The service's settings (when not cached) and the version: no aggregate statement.
    expect(again.log.filter((q) => /group by/i.test(q))).toHaveLength(0);
    expect(again.count).toBeLessThanOrEqual(2);

    await create(a.OFFICER.token, "2026-12-02T11:00:00Z");
    const computed = await executeCounted(server, a.MANAGER.token, CACHED_STATS, DECEMBER);
    // The versions, then the statements that read this month's referrals or rollups (a referral is in
    // both) and the clock horizon, sent together: December's rollups, December's response clock counts
    // and the median. The casework statements read neither (decision 059), and the earlier months'
    // rollups and response clock counts are kept (decisions 060, 065).
    const aggregates = computed.log.filter((q) => /group by/i.test(q));
    expect(aggregates).toHaveLength(3);
    expect(aggregates.some((q) => /case_level_changes/.test(q))).toBe(false);
    expect(aggregates.filter(earlierResponseCounts)).toHaveLength(0);
    expect(aggregates.filter((q) => /percentile_cont/.test(q))).toHaveLength(1);
    expect(computed.count).toBeLessThanOrEqual(6);
    expect(computed.result.data!.serviceStats.current.referralsReceived.value).toBe(2);
  });

  it("shows every kind of change at once: a complaint, a concern, SQL from elsewhere, a deletion", async () => {
    await stats();
    await server.gql(LOG_COMPLAINT, { i: { kind: "COMPLAINT", receivedAt: "2026-12-02T10:00:00Z", what: "Slow reply" } }, a.MANAGER.token);
    expect((await stats()).feedback).toBe(1);

    // Another instance, or anyone, writing straight to the database.
    await server.db.insert(tables.safeguardingConcerns).values({
      serviceId: a.service.id,
      referralId: firstReferral,
      raisedById: a.MANAGER.id,
      raisedAt: new Date("2026-12-02T12:00:00Z"),
      summary: "A concern recorded elsewhere",
    });
    expect((await stats()).safeguarding).toBe(1);

    await server.db.execute(sql`delete from complaints where service_id = ${a.service.id}`);
    expect((await stats()).feedback).toBe(0);

    // A referral's received time corrected out of the period (an update).
    const moved = await create(a.MANAGER.token, "2026-12-02T15:00:00Z");
    expect((await stats()).received).toBe(3);
    await server.db.execute(sql`update referrals set received_at = '2026-11-20T10:00:00Z' where id = ${moved}`);
    expect((await stats()).received).toBe(2);
  });

  it("never answers one service with another's figures, nor a steering member with a manager's", async () => {
    const mine = await stats();
    const theirs = await stats(b.MANAGER.token);
    expect(theirs.received).toBe(0);
    expect(mine.received).toBe(2);
    // A change to B leaves A's entry good, and B's recomputed.
    await create(b.MANAGER.token, "2026-12-02T09:30:00Z");
    expect((await stats(b.MANAGER.token)).received).toBe(1);
    const kept = await executeCounted(server, a.MANAGER.token, CACHED_STATS, DECEMBER);
    expect(kept.result.data!.serviceStats.current.referralsReceived.value).toBe(2);
    expect(kept.log.filter((q) => /group by/i.test(q))).toHaveLength(0);
    // Protected figures are given for ended months only, and never from a manager's entry.
    const november = { from: "2026-11-01", to: "2026-11-30" };
    const exact = await server.gql(CACHED_STATS, november, a.MANAGER.token);
    const protectedFigures = await server.gql(CACHED_STATS, november, a.STEERING.token);
    expect(exact.data.serviceStats.figures).toBe("EXACT");
    expect(protectedFigures.data.serviceStats.figures).toBe("PROTECTED");
  });

  it("recomputes when the clock passes a response deadline, with no write at all", async () => {
    const start = clock.getTime();
    const version = async () =>
      (
        await executeRows<{ version: string }>(server.db, sql`select version::text from stats_versions where service_id = ${a.service.id}`)
      )[0]?.version;
    try {
      const before = await stats();
      expect(before.breached).toBe(0);
      const seen = await version();
      // Two weeks on, the referrals whose maximum falls in December are past it without a response
      // (three: the one whose received time SQL moved into November kept its deadline).
      clock.setTime(new Date("2026-12-17T09:00:00Z").getTime());
      const token = await signIn(server, a.MANAGER.email);
      const after = await stats(token);
      expect(await version()).toEqual(seen);
      expect(after.breached).toBe(3);
      // And a clock moved back is never answered from figures computed for a later time.
      clock.setTime(start);
      expect((await stats()).breached).toBe(0);
    } finally {
      clock.setTime(start);
    }
  });
});

describe("a change recomputes only the statements that read its table (decision 059)", () => {
  it("recomputes the rollups for an activity, the smaller tables' statement for a complaint, nothing for nothing", async () => {
    const c = await createServiceWithTeam(server, "Cache C");
    const opened = await openCase(server, c.MANAGER.token, c.OFFICER.id, 2, { receivedAt: "2026-12-01T09:30:00Z" });
    // A minute on: figures computed at the very instant the case opened could change the next moment
    // (it is open at a cut after it), so they would not be kept.
    const start = clock.getTime();
    clock.setTime(start + 60_000);
    try {
      const aggregates = (log: string[]) => log.filter((q) => /group by/i.test(q));
      const first = await stats(c.MANAGER.token);
      expect(first).toMatchObject({ received: 1, activities: 0, feedback: 0 });

      const logActivity = async (occurredAt: string) => {
        const input = {
          caseId: opened.caseId,
          kind: "PHONE_CALL" as const,
          occurredAt,
          minutes: 20,
          withFamily: true,
          summary: "Called the parent",
        };
        const logged = await server.gql(LOG_ACTIVITY, { input }, c.OFFICER.token);
        expect(logged.errors).toBeUndefined();
        return executeCounted(server, c.MANAGER.token, CACHED_STATS, DECEMBER);
      };
      // The first contact with the family is also the referral's first response: the rollups and the
      // response clock's December counts and median are recomputed, the casework statements are kept.
      const firstContact = await logActivity("2026-12-02T10:00:00Z");
      expect(firstContact.result.data!.serviceStats.current.activitiesByKind.total.value).toBe(1);
      expect(aggregates(firstContact.log)).toHaveLength(3);
      expect(aggregates(firstContact.log).filter(earlierResponseCounts)).toHaveLength(0);
      expect(aggregates(firstContact.log).some((q) => /case_level_changes/.test(q))).toBe(false);
      // Casework after it moves only the rollups (the case's last activity time is not compared), and
      // of them only December's (decision 060; November's, the previous period, are kept).
      const followUp = await logActivity("2026-12-02T15:00:00Z");
      expect(followUp.result.data!.serviceStats.current.activitiesByKind.total.value).toBe(2);
      expect(aggregates(followUp.log)).toHaveLength(1);
      expect(aggregates(followUp.log)[0]).toMatch(/stats_monthly/);

      await server.gql(
        LOG_COMPLAINT,
        { i: { kind: "COMPLAINT", receivedAt: "2026-12-02T10:00:00Z", what: "No call back" } },
        c.MANAGER.token,
      );
      const afterComplaint = await executeCounted(server, c.MANAGER.token, CACHED_STATS, DECEMBER);
      expect(afterComplaint.result.data!.serviceStats.current.feedback.total.value).toBe(1);
      expect(aggregates(afterComplaint.log)).toHaveLength(1);
      expect(aggregates(afterComplaint.log)[0]).toMatch(/complaints/);

      const again = await executeCounted(server, c.MANAGER.token, CACHED_STATS, DECEMBER);
      expect(aggregates(again.log)).toHaveLength(0);

      // Rows kept from before and rows recomputed now, together, are what computing everything gives.
      const { current, previous } = periodsOf(DECEMBER.from, DECEMBER.to, "Europe/London");
      // Later than the case's opening: it is open at this cut.
      const opts = { serviceId: c.service.id, current, previous, asOf: new Date(start + 3 * 3600_000) };
      const sorted = (rows: AggregateRow[]) => rows.map((r) => JSON.stringify(r)).sort();
      const sameAsComputed = async () =>
        expect(sorted(await cachedAggregates(server.db, opts))).toEqual(sorted(await selectAggregates(server.db, opts)));
      await sameAsComputed();
      // The case's level changed by SQL: every statement that reads cases is computed again.
      await server.db.execute(sql`update cases set level = 4 where id = ${opened.caseId}`);
      await sameAsComputed();
      // Its last activity time alone: nothing the figures read, nothing recomputed, still the same figures.
      await server.db.execute(sql`update cases set last_activity_at = now() where id = ${opened.caseId}`);
      await sameAsComputed();
      await server.db.execute(sql`update referrals set first_responded_at = null where id = ${opened.referralId}`);
      await sameAsComputed();
    } finally {
      clock.setTime(start);
    }
    expect(await stats(c.MANAGER.token)).toMatchObject({ received: 1, activities: 2, feedback: 1 });
  });
});

describe("a referral carries when its case opened (decision 062)", () => {
  it("is set with the case, follows a change from anywhere, and leaves the response clock kept when a case changes", async () => {
    const d = await createServiceWithTeam(server, "Cache D");
    const waiting = await create(d.MANAGER.token, "2026-12-01T09:00:00Z");
    const opened = await openCase(server, d.MANAGER.token, d.OFFICER.id, 2, { receivedAt: "2026-12-01T09:30:00Z" });
    const mirror = async (referralId: string) =>
      (
        await executeRows<{ carried: string | null; opened: string | null }>(
          server.db,
          sql`select r.case_opened_at::text as carried, c.opened_at::text as opened from referrals r
            left join cases c on c.referral_id = r.id where r.id = ${referralId}`,
        )
      )[0];
    expect(await mirror(waiting)).toEqual({ carried: null, opened: null });
    const set = await mirror(opened.referralId);
    expect(set!.carried).not.toBeNull();
    expect(set!.carried).toBe(set!.opened);

    const start = clock.getTime();
    clock.setTime(start + 60_000);
    try {
      expect((await stats(d.MANAGER.token)).waiting).toBe(1);
      // The case's opening moved after the period's cut by SQL (another tool, an import): its referral
      // follows, and was waiting at the cut.
      await server.db.execute(sql`update cases set opened_at = '2026-12-20T10:00:00Z' where id = ${opened.caseId}`);
      const moved = await mirror(opened.referralId);
      expect(moved!.carried).toBe(moved!.opened);
      expect((await stats(d.MANAGER.token)).waiting).toBe(2);
      await server.db.execute(sql`update cases set opened_at = ${set!.opened}::timestamptz where id = ${opened.caseId}`);
      expect((await stats(d.MANAGER.token)).waiting).toBe(1);

      // A change to the case alone recomputes the casework statement, not the response clock's.
      await server.db.execute(sql`update cases set level = 3 where id = ${opened.caseId}`);
      const afterLevel = await executeCounted(server, d.MANAGER.token, CACHED_STATS, DECEMBER);
      const aggregates = afterLevel.log.filter((q) => /group by/i.test(q));
      expect(aggregates.some((q) => /case_level_changes/.test(q))).toBe(true);
      expect(aggregates.some((q) => /waiting_candidates/.test(q))).toBe(false);
      expect(afterLevel.result.data!.serviceStats.current.waitingAtPeriodEnd.value).toBe(1);
    } finally {
      clock.setTime(start);
    }
  });
});

describe("the rollups are kept by month (decision 060)", () => {
  it("recomputes only the latest month's rollups for a write today, and the earlier months' for a backdated one", async () => {
    const e = await createServiceWithTeam(server, "Cache E");
    // Ragged at both ends: the earlier months' statement reads daily rows (15-30 November, and the
    // previous period's) and monthly ones; the latest month's, December, only monthly ones.
    const PERIOD = { from: "2026-11-15", to: "2026-12-31" };
    const opened = await openCase(server, e.MANAGER.token, e.OFFICER.id, 2, { receivedAt: "2026-12-01T09:30:00Z" });
    const start = clock.getTime();
    clock.setTime(start + 60_000);
    try {
      const aggregates = (log: string[]) => log.filter((q) => /group by/i.test(q));
      const rollups = (log: string[]) => aggregates(log).filter((q) => /stats_(daily|monthly)/.test(q));
      expect(await stats(e.MANAGER.token, PERIOD)).toMatchObject({ received: 1, activities: 0 });

      const logActivity = async (occurredAt: string) => {
        const input = { caseId: opened.caseId, kind: "PHONE_CALL" as const, occurredAt, minutes: 20, withFamily: true, summary: "Called" };
        expect((await server.gql(LOG_ACTIVITY, { input }, e.OFFICER.token)).errors).toBeUndefined();
        return executeCounted(server, e.MANAGER.token, CACHED_STATS, PERIOD);
      };
      await logActivity("2026-12-02T10:00:00Z");
      // Casework today: December's rollups only, the earlier months' statement is kept.
      const today = await logActivity("2026-12-02T15:00:00Z");
      expect(today.result.data!.serviceStats.current.activitiesByKind.total.value).toBe(2);
      expect(aggregates(today.log)).toHaveLength(1);
      expect(rollups(today.log)).toHaveLength(1);
      expect(rollups(today.log)[0]).not.toMatch(/stats_daily/);

      // A paper referral entered late, received in November: the earlier months' rollups and response
      // clock counts, and the median, are computed again; December's are kept (decisions 060, 065).
      await create(e.MANAGER.token, "2026-11-20T10:00:00Z");
      const backdated = await executeCounted(server, e.MANAGER.token, CACHED_STATS, PERIOD);
      expect(backdated.result.data!.serviceStats.current.referralsReceived.value).toBe(2);
      expect(rollups(backdated.log)).toHaveLength(1);
      expect(rollups(backdated.log)[0]).toMatch(/stats_daily/);
      expect(aggregates(backdated.log)).toHaveLength(3);
      expect(aggregates(backdated.log).filter(earlierResponseCounts)).toHaveLength(1);

      // The months' rows added together are what one statement over every range gives, and what the
      // records give (the oracle), in the API's figures and in the rows.
      const { current, previous } = periodsOf(PERIOD.from, PERIOD.to, "Europe/London");
      const opts = { serviceId: e.service.id, current, previous, asOf: new Date(start + 3 * 3600_000) };
      const sorted = (rows: AggregateRow[]) => rows.map((r) => JSON.stringify(r)).sort();
      expect(sorted(await cachedAggregates(server.db, opts))).toEqual(sorted(await selectAggregates(server.db, opts)));
      const referralRows = (await selectAggregates(server.db, opts)).filter((r) => r.m === "channel" && r.p === "cur");
      expect(referralRows.reduce((n, r) => n + r.n, 0)).toBe(2);
    } finally {
      clock.setTime(start);
    }
  });
});

describe("referrals are kept by the month they were received (decision 063)", () => {
  it("keeps an ended period's figures while today's referrals arrive, and recomputes for one received in it", async () => {
    const f = await createServiceWithTeam(server, "Cache F");
    const NOVEMBER = { from: "2026-11-01", to: "2026-11-30" };
    await create(f.MANAGER.token, "2026-11-10T10:00:00Z");
    const aggregates = (log: string[]) => log.filter((q) => /group by|'horizon'/i.test(q));
    const november = () => executeCounted(server, f.MANAGER.token, CACHED_STATS, NOVEMBER);
    const current = (r: Awaited<ReturnType<typeof november>>) => r.result.data!.serviceStats.current;
    const first = await november();
    expect(current(first)).toMatchObject({ referralsReceived: { value: 1 }, waitingAtPeriodEnd: { value: 1 } });
    expect(aggregates(first.log).length).toBeGreaterThan(2);

    // Received today: December's month, after November's end. Nothing November's figures read moved.
    await create(f.MANAGER.token, clock.toISOString());
    const today = await november();
    expect(aggregates(today.log)).toEqual([]);
    expect(current(today)).toMatchObject({ referralsReceived: { value: 1 }, waitingAtPeriodEnd: { value: 1 } });
    // December's figures see it.
    expect((await stats(f.MANAGER.token)).received).toBe(1);
    // The whole table's version moves too: an instance of the code before migration 0037 reads it
    // while instances are upgraded one by one.
    const sourceVersions = await executeRows<{ source: string; version: string }>(
      server.db,
      sql`select source, version::text from stats_source_versions where service_id = ${f.service.id} and source in ('referrals', 'referrals:2026-12')`,
    );
    expect(sourceVersions).toHaveLength(2);
    expect(sourceVersions[0]!.version).toBe(sourceVersions[1]!.version);

    // A paper referral received in November, entered today: the response clock's statement and the
    // horizon are computed again (and November's rollups).
    const late = await create(f.MANAGER.token, "2026-11-20T10:00:00Z");
    const backdated = await november();
    expect(current(backdated)).toMatchObject({ referralsReceived: { value: 2 }, waitingAtPeriodEnd: { value: 2 } });
    expect(aggregates(backdated.log).some((q) => /waiting_candidates/.test(q))).toBe(true);
    expect(aggregates(backdated.log).some((q) => /'horizon'/.test(q))).toBe(true);

    // Its receipt corrected into December by SQL: the month it left is noted too, so November's
    // referrals' figures follow (the rollups are kept by their own triggers).
    await server.db.execute(sql`update referrals set received_at = '2026-12-02T10:00:00Z' where id = ${late}`);
    const moved = await november();
    expect(current(moved).waitingAtPeriodEnd.value).toBe(1);
    expect(aggregates(moved.log).some((q) => /waiting_candidates/.test(q))).toBe(true);

    // A deletion by SQL of November's first referral: noted at its month.
    await server.db.execute(sql`delete from referrals where service_id = ${f.service.id} and received_at < '2026-12-01'`);
    expect(current(await november()).waitingAtPeriodEnd.value).toBe(0);

    // Kept and recomputed rows together are what computing everything gives.
    const { current: c, previous } = periodsOf(NOVEMBER.from, NOVEMBER.to, "Europe/London");
    const opts = { serviceId: f.service.id, current: c, previous, asOf: clock };
    const sorted = (rows: AggregateRow[]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sorted(await cachedAggregates(server.db, opts))).toEqual(sorted(await selectAggregates(server.db, opts)));
  });

  // Two connections at once: PostgreSQL only (PGlite has one).
  it.skipIf(dbMode !== "postgres")(
    "gives one service's versions in the order of its commits (a range's version is their highest)",
    async () => {
      const g = await createServiceWithTeam(server, "Cache G");
      const november = await create(g.MANAGER.token, "2026-11-10T10:00:00Z");
      const december = await create(g.MANAGER.token, "2026-12-01T10:00:00Z");
      let later!: Promise<unknown>;
      await server.db.transaction(async (first) => {
        // The first holds the service's version row, as a commit taking its version does.
        await first.execute(sql`select 1 from stats_versions where service_id = ${g.service.id} for update`);
        // The second changes December's referral and commits: it must wait for that row.
        later = server.db.transaction(async (second) => {
          await second.execute(sql`update referrals set reason_for_referral = 'second' where id = ${december}`);
        });
        for (let i = 0; i < 100; i++) {
          const [row] = await executeRows<{ n: number }>(
            server.db,
            sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
          );
          if (row!.n > 0) break;
          await sleep(20);
        }
        // The first changes November's and commits while the second waits.
        await first.execute(sql`update referrals set reason_for_referral = 'first' where id = ${november}`);
      });
      await later;
      const versions = new Map(
        (
          await executeRows<{ source: string; version: string }>(
            server.db,
            sql`select source, version::text from stats_source_versions where service_id = ${g.service.id}`,
          )
        ).map((r) => [r.source, Number(r.version)]),
      );
      // The second committed last, so its version is the higher: a reader that saw November's change
      // and not December's sees the range's version rise when December's commits.
      expect(versions.get("referrals:2026-12")).toBeGreaterThan(versions.get("referrals:2026-11")!);
      expect(versionOf(versions, "referrals:..2026-12")).toBe(versions.get("referrals:2026-12"));
      expect(versionOf(versions, "referrals:..2026-11")).toBe(versions.get("referrals:2026-11"));
    },
  );
});

describe("the clock horizon", () => {
  it("keeps no figures computed at the very instant a record's time falls on", async () => {
    const d = await createServiceWithTeam(server, "Cache D");
    const start = clock.getTime();
    try {
      // Received now: not yet waiting at a cut of now, waiting at any cut after it.
      await create(d.MANAGER.token, clock.toISOString());
      expect((await stats(d.MANAGER.token)).waiting).toBe(0);
      clock.setTime(start + 60_000);
      expect((await stats(d.MANAGER.token)).waiting).toBe(1);
    } finally {
      clock.setTime(start);
    }
  });
});

describe("the rollups are flushed once per COMMIT (decision 058)", () => {
  it("counts rows noted after a flush in the same transaction, and many rows of one statement", async () => {
    const before = (await stats()).received ?? 0;
    await server.db.transaction(async (tx) => {
      const copy = async (times: number) => {
        await tx.execute(sql`drop table if exists referral_copy`);
        await tx.execute(sql`create temp table referral_copy as select * from referrals where false`);
        for (let i = 0; i < times; i++)
          await tx.execute(sql`insert into referral_copy select * from referrals where id = ${firstReferral}`);
        await tx.execute(sql`update referral_copy set id = gen_random_uuid(), reference = 'C' || substr(md5(random()::text), 1, 9)`);
        // Without the stored statistics key (the last column), which PostgreSQL generates for the copies (decision 066).
        await tx.execute(sql`alter table referral_copy drop column stats_key`);
        await tx.execute(sql`insert into referrals select * from referral_copy`);
      };
      await copy(3);
      // The flush runs here; what is noted after it must queue another.
      await tx.execute(sql`set constraints all immediate`);
      await tx.execute(sql`set constraints all deferred`);
      await copy(2);
    });
    expect((await stats()).received).toBe(before + 5);
  });
});
