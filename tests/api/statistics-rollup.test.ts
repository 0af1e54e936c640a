import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { eq, inArray, sql } from "drizzle-orm";
import { tables } from "server";
import { selectAggregates, type AggregateRow } from "server/statistics/statistics.query.js";
import { selectAggregatesDirect } from "../support/statistics-oracle.js";
import { cellKeyOf, perturb, perturbHours } from "server/statistics/disclosure.js";
import { periodsOf } from "server/statistics/statistics.service.js";
import { erasePeople } from "server/dataprotection/erase.service.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";

/*
 * The rollup-based statistics (decision 006) must equal the straightforward computation from the
 * source rows, for any period, after any mix of writes: inserts, triage-like updates, child edits,
 * deletions, erasure and a time zone change. Data come from a seeded generator; periods and
 * writes from fast-check.
 */

let server: TestServer;
const services: { id: string; staffId: string }[] = [];
const clock = new Date("2026-11-25T09:00:00Z");

/** mulberry32: a small seeded PRNG so the data set is the same on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Local midnight (Europe/London) of the UTC date of `t`. */
const londonMidnight = (t: Date) => {
  const day = t.toISOString().slice(0, 10);
  return periodsOf(day, day, "Europe/London").current.start;
};

const CHANNELS = tables.referralChannel.enumValues;
const SOURCES = tables.referralSource.enumValues;
const PROFESSIONS = tables.professionalType.enumValues;
const STAGES = tables.currentStage.enumValues;
const HEARD = tables.howHeard.enumValues;
const NEEDS = tables.primaryNeed.enumValues;
const KINDS = tables.activityKind.enumValues;
const MEETING_STATUSES = tables.meetingStatus.enumValues;
const ETHNICITIES = [
  "White British",
  "Asian or Asian British",
  "Black Caribbean",
  "White and Asian",
  "Mixed",
  "Prefer not to say",
  "",
  null,
  "Roma",
  "Other ethnic group",
  "Pakistani",
  "Declined",
];

async function seedService(serviceId: string, staffId: string, seed: number, count: number) {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  // Instants over ~26 months before the clock; some land within minutes of local midnight or on DST change days.
  const instant = () => {
    const base = clock.getTime() - r() * 800 * 86_400_000;
    if (r() < 0.2) {
      return new Date(londonMidnight(new Date(base)).getTime() + Math.round((r() - 0.5) * 20) * 60_000);
    }
    return new Date(base);
  };
  for (let i = 0; i < count; i++) {
    const receivedAt = i % 50 === 0 ? new Date("2026-03-29T00:30:00Z") : instant();
    const [child] = await server.db
      .insert(tables.children)
      .values({ serviceId, fullName: `Child ${i}`, primaryNeed: pick(NEEDS), ethnicity: pick(ETHNICITIES) })
      .returning({ id: tables.children.id });
    const [person] = await server.db
      .insert(tables.people)
      .values({ serviceId, role: "PARENT_CARER", fullName: `Parent ${i}` })
      .returning({ id: tables.people.id });
    const source = pick(SOURCES);
    const responded = r() < 0.8 ? new Date(receivedAt.getTime() + r() * 4 * 86_400_000) : null;
    const [ref] = await server.db
      .insert(tables.referrals)
      .values({
        serviceId,
        reference: `P-${seed}-${i}`,
        status: pick(["NEW", "TRIAGED", "ALLOCATED", "SIGNPOSTED", "CLOSED"] as const),
        channel: pick(CHANNELS),
        source,
        professionalType: source === "PROFESSIONAL" && r() < 0.9 ? pick(PROFESSIONS) : null,
        personId: person.id,
        childId: r() < 0.95 ? child.id : null,
        currentStage: pick(STAGES),
        howHeard: pick(HEARD),
        ageAtReferral: r() < 0.9 ? Math.floor(r() * 28) - 1 : null,
        receivedAt,
        responseTargetAt: new Date(receivedAt.getTime() + 86_400_000),
        responseDeadlineAt: new Date(receivedAt.getTime() + 2 * 86_400_000),
        firstRespondedAt: responded && responded < clock ? responded : null,
        level: r() < 0.7 ? 1 + Math.floor(r() * 4) : null,
        triagedAt: r() < 0.7 ? new Date(receivedAt.getTime() + 3_600_000) : null,
      })
      .returning({ id: tables.referrals.id, receivedAt: tables.referrals.receivedAt });
    if (r() < 0.6) {
      const openedAt = new Date(receivedAt.getTime() + r() * 5 * 86_400_000);
      const closedAt = r() < 0.5 ? new Date(openedAt.getTime() + r() * 120 * 86_400_000) : null;
      const [kase] = await server.db
        .insert(tables.cases)
        .values({
          serviceId,
          referralId: ref.id,
          level: 1 + Math.floor(r() * 4),
          openedAt,
          closedAt: closedAt && closedAt < clock ? closedAt : null,
          status: closedAt && closedAt < clock ? "CLOSED" : "OPEN",
        })
        .returning({ id: tables.cases.id });
      // Meetings (decision 050: rolled up by the day scheduled), some near local midnight.
      const meetings = Math.floor(r() * 3);
      if (meetings)
        await server.db.insert(tables.meetings).values(
          Array.from({ length: meetings }, () => ({
            serviceId,
            caseId: kase.id,
            kind: "SCHOOL",
            scheduledAt:
              r() < 0.3
                ? new Date(
                    londonMidnight(new Date(openedAt.getTime() + Math.floor(r() * 60) * 86_400_000)).getTime() +
                      Math.round((r() - 0.5) * 4) * 60_000,
                  )
                : new Date(openedAt.getTime() + r() * 90 * 86_400_000),
            status: pick(MEETING_STATUSES),
          })),
        );
      const n = Math.floor(r() * 8);
      if (n)
        await server.db.insert(tables.activities).values(
          Array.from({ length: n }, () => ({
            serviceId,
            caseId: kase.id,
            staffId,
            kind: pick(KINDS),
            occurredAt:
              r() < 0.3
                ? new Date(
                    londonMidnight(new Date(openedAt.getTime() + Math.floor(r() * 60) * 86_400_000)).getTime() +
                      Math.round((r() - 0.5) * 4) * 60_000,
                  )
                : new Date(openedAt.getTime() + r() * 90 * 86_400_000),
            minutes: Math.floor(r() * 120),
            summary: "Talked it through",
          })),
        );
    }
  }
}

const norm = (rows: AggregateRow[]) =>
  rows
    .filter((r) => r.n !== 0 || r.x !== null)
    .map((r) => `${r.m}|${r.p}|${r.k}|${r.n}|${r.x === null ? "null" : "x"}|${r.ks}`)
    .sort();

/** Medians and means, by row: the statement works in float8 (decision 050), the oracle in numeric. */
const values = (rows: AggregateRow[]) => new Map(rows.filter((r) => r.x !== null).map((r) => [`${r.m}|${r.p}|${r.k}`, r.x!]));

async function compare(serviceId: string, from: string, to: string, timeZone: string) {
  const { current, previous } = periodsOf(from, to, timeZone);
  const opts = { serviceId, current, previous, asOf: clock, protection: { protect: true, k: 5, timeZone } };
  const [rollup, direct] = [await selectAggregates(server.db, opts), await selectAggregatesDirect(server.db, opts)];
  expect(norm(rollup), `${from}..${to} (${timeZone})`).toEqual(norm(direct));
  // The same values up to the last binary digits (figures are shown to two decimals).
  const expected = values(direct);
  for (const [key, x] of values(rollup)) expect(Math.abs(x - expected.get(key)!), key).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x)));
  // A manager's exact figures: the same counts and values, with no record keys summed where the statements compute them.
  const exact = await selectAggregates(server.db, { ...opts, protection: { protect: false, k: 5, timeZone } });
  const withoutKeys = (rows: AggregateRow[]) => norm(rows.map((r) => ({ ...r, ks: 0 })));
  expect(withoutKeys(exact), `${from}..${to} (${timeZone}), exact`).toEqual(withoutKeys(direct));
  for (const [key, x] of values(exact)) expect(Math.abs(x - expected.get(key)!), key).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x)));
  return direct;
}

/** The deployment-wide rollups must always equal the per-service ones summed over real services. */
async function expectNationalSums() {
  const rows = async (statement: ReturnType<typeof sql>) => {
    const res = (await server.db.execute(statement)) as unknown as Record<string, unknown>[] | { rows: Record<string, unknown>[] };
    return (Array.isArray(res) ? res : res.rows)
      .map(
        (r) =>
          `${r.d}|${r.metric}|${r.key}|${r.n}|${r.x === null ? "null" : Number(r.x).toFixed(3)}|${Number(r.ks)}|${r.p ?? "-"}|${r.px === null || r.px === undefined ? "-" : Number(r.px).toFixed(1)}`,
      )
      .sort();
  };
  for (const [national, perService, col, monthly] of [
    [sql`stats_national_daily`, sql`stats_daily`, sql`day`, false],
    [sql`stats_national_monthly`, sql`stats_monthly`, sql`month`, true],
  ] as const) {
    const kept = await rows(
      sql`select ${col}::text as d, metric, key, n, x, ks, ${monthly ? sql`p, px` : sql`null as p, null as px`} from ${national} where n <> 0`,
    );
    const summed =
      await rows(sql`select t.${col}::text as d, t.metric, t.key, sum(t.n)::int as n, sum(t.x) as x, sum(t.ks)::bigint as ks, ${monthly ? sql`sum(t.p)::int as p, sum(t.px) as px` : sql`null as p, null as px`}
      from ${perService} t join services s on s.id = t.service_id and not s.is_demo group by 1, 2, 3`);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(summed);
  }
  // Every month row's protected count and hours are the perturbation table's (SQL stats_perturb = its TS twin).
  const months = (await server.db.execute(
    sql`select m.n, m.ks, m.p, m.x, m.px, m.metric, greatest(3, s.suppression_k) as k from stats_monthly m join services s on s.id = m.service_id`,
  )) as unknown;
  const monthRows = (Array.isArray(months) ? months : (months as { rows: unknown[] }).rows) as Record<string, unknown>[];
  expect(monthRows.length).toBeGreaterThan(0);
  for (const m of monthRows) {
    const [n, key, k] = [Number(m.n), cellKeyOf(String(m.ks)), Number(m.k)];
    expect(Number(m.p)).toBe(perturb(n, key, k));
    if (m.metric === "activities") expect(Number(m.px)).toBe(perturbHours(m.x === null ? null : Number(m.x), key, Number(m.p), k));
  }
}

const dateArb = fc.integer({ min: -900, max: 60 }).map((d) => new Date(clock.getTime() + d * 86_400_000).toISOString().slice(0, 10));
const periodArb = fc.tuple(dateArb, dateArb).map(([x, y]) => (x <= y ? [x, y] : [y, x]) as [string, string]);

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  // Teams first (HTTP sign-ins), then the direct inserts: a long pause between requests would meet a closed keep-alive socket.
  for (const name of ["Rollup A", "Rollup B"]) {
    const team = await createServiceWithTeam(server, name);
    services.push({ id: team.service.id, staffId: team.OFFICER.id });
  }
  for (const [i, s] of services.entries()) await seedService(s.id, s.staffId, 1000 + i, 150);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe("statistics rollups (decision 006)", () => {
  it("hold data: the comparison is not vacuous", async () => {
    const direct = await compare(services[0].id, "2025-11-01", "2026-11-25", "Europe/London");
    expect(direct.filter((r) => r.m === "activities").reduce((s, r) => s + r.n, 0)).toBeGreaterThan(50);
    expect(direct.filter((r) => r.m === "ethnicity").length).toBeGreaterThan(3);
    expect(direct.filter((r) => r.m === "casesOpened").reduce((s, r) => s + r.n, 0)).toBeGreaterThan(20);
    expect(direct.filter((r) => r.m === "meetings").reduce((s, r) => s + r.n, 0)).toBeGreaterThan(10);
    // …and the rollup side really read rollup rows.
    const res = (await server.db.execute(
      sql`select count(*)::int as n from stats_monthly where service_id = ${services[0].id}`,
    )) as unknown as { n: number }[] | { rows: { n: number }[] };
    expect(Number((Array.isArray(res) ? res : res.rows)[0].n)).toBeGreaterThan(20);
  });

  it("equal the direct computation for random periods, between random writes", async () => {
    const write = fc.oneof(
      fc.record({ op: fc.constant("stage" as const), i: fc.nat(), v: fc.constantFrom(...STAGES) }),
      fc.record({ op: fc.constant("level" as const), i: fc.nat(), v: fc.option(fc.integer({ min: 1, max: 4 })) }),
      fc.record({ op: fc.constant("ethnicity" as const), i: fc.nat(), v: fc.constantFrom(...ETHNICITIES) }),
      fc.record({ op: fc.constant("move" as const), i: fc.nat(), v: fc.integer({ min: -3000, max: 3000 }) }),
      fc.record({ op: fc.constant("activity" as const), i: fc.nat(), v: fc.integer({ min: -400, max: 10 }) }),
      fc.record({ op: fc.constant("deleteActivity" as const), i: fc.nat(), v: fc.constant(0) }),
      fc.record({ op: fc.constant("erase" as const), i: fc.nat(), v: fc.constant(0) }),
      // Cases and meetings (decision 050): a level change, a corrected opening time, a new case;
      // a meeting's outcome, a corrected time, a new meeting, a meeting removed.
      fc.record({ op: fc.constant("caseLevel" as const), i: fc.nat(), v: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ op: fc.constant("caseOpened" as const), i: fc.nat(), v: fc.integer({ min: -3000, max: 3000 }) }),
      fc.record({ op: fc.constant("newCase" as const), i: fc.nat(), v: fc.integer({ min: -400, max: 0 }) }),
      fc.record({ op: fc.constant("meetingStatus" as const), i: fc.nat(), v: fc.constantFrom(...MEETING_STATUSES) }),
      fc.record({ op: fc.constant("meetingMoved" as const), i: fc.nat(), v: fc.integer({ min: -3000, max: 3000 }) }),
      fc.record({ op: fc.constant("newMeeting" as const), i: fc.nat(), v: fc.integer({ min: -400, max: 10 }) }),
      fc.record({ op: fc.constant("deleteMeeting" as const), i: fc.nat(), v: fc.constant(0) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 1 }), fc.array(write, { maxLength: 3 }), periodArb, async (s, writes, [from, to]) => {
        const { id: serviceId, staffId } = services[s];
        const refs = await server.db
          .select({
            id: tables.referrals.id,
            childId: tables.referrals.childId,
            personId: tables.referrals.personId,
            receivedAt: tables.referrals.receivedAt,
          })
          .from(tables.referrals)
          .where(eq(tables.referrals.serviceId, serviceId))
          .orderBy(tables.referrals.reference);
        for (const w of writes) {
          const ref = refs[w.i % refs.length];
          if (w.op === "stage") await server.db.update(tables.referrals).set({ currentStage: w.v }).where(eq(tables.referrals.id, ref.id));
          if (w.op === "level") await server.db.update(tables.referrals).set({ level: w.v }).where(eq(tables.referrals.id, ref.id));
          if (w.op === "move")
            await server.db
              .update(tables.referrals)
              .set({ receivedAt: new Date(ref.receivedAt.getTime() + w.v * 60_000) })
              .where(eq(tables.referrals.id, ref.id));
          if (w.op === "ethnicity" && ref.childId)
            await server.db.update(tables.children).set({ ethnicity: w.v }).where(eq(tables.children.id, ref.childId));
          if (w.op === "erase" && ref.personId) await server.db.transaction((tx) => erasePeople(tx, serviceId, [ref.personId!], clock));
          const [kase] = await server.db
            .select({ id: tables.cases.id })
            .from(tables.cases)
            .where(
              inArray(
                tables.cases.referralId,
                refs.slice(w.i % refs.length).map((r) => r.id),
              ),
            )
            .limit(1);
          if (w.op === "activity" && kase)
            await server.db.insert(tables.activities).values({
              serviceId,
              caseId: kase.id,
              staffId,
              kind: KINDS[w.i % KINDS.length],
              occurredAt: new Date(clock.getTime() + w.v * 86_400_000 + w.i * 1000),
              minutes: w.i % 90,
            });
          if (w.op === "caseLevel" && kase) await server.db.update(tables.cases).set({ level: w.v }).where(eq(tables.cases.id, kase.id));
          if (w.op === "caseOpened" && kase)
            await server.db
              .update(tables.cases)
              .set({ openedAt: sql`opened_at + make_interval(mins => ${w.v})` })
              .where(eq(tables.cases.id, kase.id));
          if (w.op === "newCase")
            await server.db
              .insert(tables.cases)
              .values({
                serviceId,
                referralId: ref.id,
                level: 1 + (w.i % 4),
                openedAt: new Date(clock.getTime() + w.v * 86_400_000 - (w.i % 1440) * 60_000),
              })
              .onConflictDoNothing();
          const [meeting] = kase
            ? await server.db.select({ id: tables.meetings.id }).from(tables.meetings).where(eq(tables.meetings.caseId, kase.id)).limit(1)
            : [];
          if (w.op === "meetingStatus" && meeting)
            await server.db.update(tables.meetings).set({ status: w.v }).where(eq(tables.meetings.id, meeting.id));
          if (w.op === "meetingMoved" && meeting)
            await server.db
              .update(tables.meetings)
              .set({ scheduledAt: sql`scheduled_at + make_interval(mins => ${w.v})` })
              .where(eq(tables.meetings.id, meeting.id));
          if (w.op === "newMeeting" && kase)
            await server.db.insert(tables.meetings).values({
              serviceId,
              caseId: kase.id,
              kind: "SCHOOL",
              scheduledAt: new Date(clock.getTime() + w.v * 86_400_000 + w.i * 1000),
              status: MEETING_STATUSES[w.i % MEETING_STATUSES.length],
            });
          if (w.op === "deleteMeeting" && meeting) await server.db.delete(tables.meetings).where(eq(tables.meetings.id, meeting.id));
          if (w.op === "deleteActivity" && kase) {
            const [act] = await server.db
              .select({ id: tables.activities.id })
              .from(tables.activities)
              .where(eq(tables.activities.caseId, kase.id))
              .limit(1);
            if (act) await server.db.delete(tables.activities).where(eq(tables.activities.id, act.id));
          }
        }
        await compare(serviceId, from, to, "Europe/London");
      }),
      { numRuns: 80, seed: 20261125 },
    );
    await expectNationalSums();
  }, 240_000);

  it("stay equal after the service changes time zone (days are regrouped)", async () => {
    const svc = services[1].id;
    await server.db
      .update(tables.services)
      .set({ officeHours: { timeZone: "America/New_York", days: [1, 2, 3, 4, 5], open: "08:00", close: "17:00" } })
      .where(eq(tables.services.id, svc));
    await fc.assert(
      fc.asyncProperty(periodArb, async ([from, to]) => {
        await compare(svc, from, to, "America/New_York");
      }),
      { numRuns: 15, seed: 7 },
    );
    await expectNationalSums();
  }, 120_000);

  it("keep the deployment-wide sums when a service becomes, or stops being, a demo service", async () => {
    await expectNationalSums();
    await server.db.update(tables.services).set({ isDemo: true }).where(eq(tables.services.id, services[0].id));
    await expectNationalSums();
    await server.db.update(tables.services).set({ isDemo: false }).where(eq(tables.services.id, services[0].id));
    await expectNationalSums();
  });
});
