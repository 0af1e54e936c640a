import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tables } from "server";
import { selectNationalAggregates, type AggregateRow } from "server/statistics/statistics.query.js";
import { selectAggregatesDirect } from "../support/statistics-oracle.js";
import { periodsOf } from "server/statistics/statistics.service.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { createService, createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { executeCounted } from "../support/execute.js";
import { cell } from "../support/statistics.js";
import { cellKeyOf, perturb, perturbHours } from "server/statistics/disclosure.js";
import { graphql } from "../support/gql/index.js";

/*
 * nationalStats: the rollup figures summed over every service. Six services:
 *   September 2026  all six have referrals and activities          → available
 *   October 2026    S1–S5                                          → available, exactly 5
 *   November 2026   S1–S4 have both, S5 referrals only             → not available (4 contribute to activities)
 *   August 2026     S1–S3                                          → September's previous period: no figures
 * and a demo service with data in every month (and k = 9) that never counts.
 */

let server: TestServer;
let team: Awaited<ReturnType<typeof createServiceWithTeam>>;
const services: { id: string; staffId: string; caseId?: string }[] = [];
const clock = new Date("2026-12-10T09:00:00Z");

const NATIONAL = graphql(`query NationalStats($from: LocalDate!, $to: LocalDate!) {
  nationalStats(from: $from, to: $to) {
    available reason minimumServices contributingServices figures footnotes suppressionThreshold suppressionMark
    current {
      from to contributingServices
      referralsReceived { key label value suppressed display }
      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }
      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }
      activityHoursByKind { key label unit value suppressed display }
    }
    previous {
      from to contributingServices
      referralsReceived { key label value suppressed display }
      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }
      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }
      activityHoursByKind { key label unit value suppressed display }
    }
  }
}`);
const SEPTEMBER = { from: "2026-09-01", to: "2026-09-30" };
const OCTOBER = { from: "2026-10-01", to: "2026-10-31" };
const NOVEMBER = { from: "2026-11-01", to: "2026-11-30" };

/** The rollup families: what nationalStats sums. */
const ROLLUP_METRICS = new Set(["channel", "source", "stage", "howHeard", "level", "ageBand", "primaryNeed", "ethnicity", "activities"]);

async function referrals(serviceId: string, day: string, channel: (typeof tables.referralChannel.enumValues)[number], count: number) {
  const receivedAt = new Date(`${day}T10:00:00Z`);
  const rows = await server.db
    .insert(tables.referrals)
    .values(
      Array.from({ length: count }, () => ({
        serviceId,
        reference: `N-${randomUUID().slice(0, 8)}`,
        channel,
        source: "PARENT_CARER" as const,
        currentStage: "SEN_SUPPORT" as const,
        howHeard: "SCHOOL" as const,
        ageAtReferral: 9,
        receivedAt,
        responseTargetAt: new Date(receivedAt.getTime() + 86_400_000),
        responseDeadlineAt: new Date(receivedAt.getTime() + 2 * 86_400_000),
      })),
    )
    .returning({ id: tables.referrals.id });
  return rows.map((r) => r.id);
}

async function activities(s: (typeof services)[number], day: string, kind: (typeof tables.activityKind.enumValues)[number], count: number) {
  if (!s.caseId) {
    const [ref] = await referrals(s.id, "2026-01-05", "HELPLINE", 1);
    const [kase] = await server.db
      .insert(tables.cases)
      .values({ serviceId: s.id, referralId: ref, level: 2, openedAt: new Date("2026-01-06T10:00:00Z") })
      .returning({ id: tables.cases.id });
    s.caseId = kase.id;
  }
  await server.db.insert(tables.activities).values(
    Array.from({ length: count }, (_, i) => ({
      serviceId: s.id,
      caseId: s.caseId!,
      staffId: s.staffId,
      kind,
      occurredAt: new Date(`${day}T${String(9 + i).padStart(2, "0")}:00:00Z`),
      minutes: 30,
    })),
  );
}

/** Each service's aggregates from the source rows (the reference), summed for the rollup metrics. */
async function directSums(from: string, to: string) {
  const { current, previous } = periodsOf(from, to, "Europe/London");
  const sums = new Map<string, { n: number; x: number | null; ks: number }>();
  for (const s of services) {
    const rows = await selectAggregatesDirect(server.db, { serviceId: s.id, current, previous, asOf: clock });
    for (const r of rows.filter((r) => ROLLUP_METRICS.has(r.m) && r.n > 0)) {
      const key = `${r.m}|${r.p}|${r.k}`;
      const was = sums.get(key) ?? { n: 0, x: null, ks: 0 };
      sums.set(key, { n: was.n + r.n, x: r.x === null ? was.x : (was.x ?? 0) + r.x, ks: was.ks + r.ks });
    }
  }
  return sums;
}

/**
 * What nationalStats must publish (decision 028), from the source rows: per category, the sum over
 * services and months of each service's perturbed monthly count (with its own k), and of its
 * protected hours. Keys `metric|key` and `hours|kind`.
 */
async function expectedNational(from: string, to: string) {
  const out = new Map<string, number>();
  const add = (key: string, v: number) => out.set(key, (out.get(key) ?? 0) + v);
  for (
    let m = new Date(`${from}T00:00:00Z`);
    m.toISOString().slice(0, 10) <= to;
    m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))
  ) {
    const last = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
    const { current, previous } = periodsOf(m.toISOString().slice(0, 10), last, "Europe/London");
    for (const [i, s] of services.entries()) {
      const k = i === 5 ? 6 : 5;
      const rows = await selectAggregatesDirect(server.db, { serviceId: s.id, current, previous, asOf: clock });
      for (const r of rows.filter((r) => ROLLUP_METRICS.has(r.m) && r.p === "cur" && r.n > 0)) {
        const published = perturb(r.n, cellKeyOf(r.ks), k);
        add(`${r.m}|${r.k}`, published);
        if (r.m === "activities") add(`hours|${r.k}`, perturbHours(r.x, cellKeyOf(r.ks), published, k));
      }
    }
  }
  return out;
}

const asMap = (rows: AggregateRow[]) =>
  new Map(rows.filter((r) => ROLLUP_METRICS.has(r.m)).map((r) => [`${r.m}|${r.p}|${r.k}`, { n: r.n, x: r.x, ks: r.ks }]));

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  team = await createServiceWithTeam(server, "National 1");
  services.push({ id: team.service.id, staffId: team.OFFICER.id });
  for (let i = 2; i <= 6; i++) {
    const service = await createService(server, { name: `National ${i}` });
    const officer = await createStaff(server, { serviceId: service.id, role: "OFFICER" });
    services.push({ id: service.id, staffId: officer.id });
  }
  // Service 6 suppresses from k = 6: the national threshold is the highest any service sets.
  await server.db.update(tables.services).set({ suppressionK: 6 }).where(eq(tables.services.id, services[5].id));
  // The demo service's figures are invented and its sign-ins published: it neither counts nor sets k.
  const demoService = await createService(server, { name: "Demo", isDemo: true, suppressionK: 9 });
  const demo = { id: demoService.id, staffId: (await createStaff(server, { serviceId: demoService.id, role: "OFFICER" })).id };
  for (const month of ["08", "09", "10", "11"]) {
    await referrals(demo.id, `2026-${month}-05`, "HELPLINE", 7);
    await activities(demo, `2026-${month}-06`, "PHONE_CALL", 2);
  }

  for (const [i, s] of services.entries()) {
    // September: 3 helpline and 2 email referrals in every service (each small on its own, 18 and 12 in all);
    // one letter in service 1 only. Two phone calls per service.
    await referrals(s.id, "2026-09-10", "HELPLINE", 3);
    await referrals(s.id, "2026-09-20", "EMAIL", 2);
    if (i === 0) await referrals(s.id, "2026-09-15", "LETTER", 1);
    await activities(s, "2026-09-12", "PHONE_CALL", 2);
    if (i < 5) {
      await referrals(s.id, "2026-10-14", "WEB_FORM", 2);
      await activities(s, "2026-10-15", "EMAIL", 1);
    }
    if (i < 5) await referrals(s.id, "2026-11-03", "HELPLINE", 2);
    if (i < 4) await activities(s, "2026-11-04", "FACE_TO_FACE", 1);
    if (i < 3) {
      await referrals(s.id, "2026-08-20", "HELPLINE", 3);
      await activities(s, "2026-08-21", "PHONE_CALL", 1);
    }
  }
}, 120_000);
afterAll(() => server?.close());

describe("nationalStats", () => {
  it("gives no figures while fewer than 5 services contribute to every figure, and says why", async () => {
    const res = await server.gql(NATIONAL, NOVEMBER, team.STEERING.token);
    expect(res.errors).toBeUndefined();
    const n = res.data.nationalStats;
    // Five services have referrals in November but only four have activities.
    expect(n).toMatchObject({ available: false, minimumServices: 5, contributingServices: 4, current: null, previous: null });
    expect(n.reason).toMatch(/at least 5 services/);
    expect(JSON.stringify(n)).not.toMatch(/"value"/);
  });

  it("sums every service's protected months once 5 or more contribute, always protected", async () => {
    const res = await server.gql(NATIONAL, SEPTEMBER, team.MANAGER.token);
    expect(res.errors).toBeUndefined();
    const n = res.data.nationalStats;
    // Even a manager sees figures across services protected.
    expect(n).toMatchObject({ available: true, reason: null, contributingServices: 6, suppressionThreshold: 6, figures: "PROTECTED" });
    expect(n.footnotes.join(" ")).toMatch(/shown as 0 or/);
    const cur = n.current!;
    expect([cur.from, cur.to, cur.contributingServices]).toEqual(["2026-09-01", "2026-09-30", 6]);
    const expected = await expectedNational("2026-09-01", "2026-09-30");
    // 3 helpline and 2 email referrals in each service: each service's month is 0 or k, and the sum is theirs.
    for (const key of ["HELPLINE", "EMAIL", "LETTER", "WEB_FORM"])
      expect(cell(cur.referralsByChannel, key).value, key).toBe(expected.get(`channel|${key}`) ?? 0);
    for (const c of cur.referralsByChannel.cells) expect(c.value! % 5 === 0 || c.value! % 6 === 0 || c.value! > 6).toBe(true);
    // Tables add up, and referrals received is their total.
    expect(cur.referralsByChannel.total.value).toBe(cur.referralsByChannel.cells.reduce((t, c) => t + c.value!, 0));
    expect(cur.referralsReceived.value).toBe(cur.referralsByChannel.total.value);
    expect(cur.referralsByAgeBand.total.value).toBe(cur.referralsByAgeBand.cells.reduce((t, c) => t + c.value!, 0));
    expect(cell(cur.activitiesByKind, "PHONE_CALL").value).toBe(expected.get("activities|PHONE_CALL") ?? 0);
    expect(cur.activityHoursByKind.find((m) => m.key === "PHONE_CALL")!.value).toBe(expected.get("hours|PHONE_CALL") ?? 0);
    const october = (await server.gql(NATIONAL, OCTOBER, team.MANAGER.token)).data.nationalStats;
    expect(october).toMatchObject({ available: true, contributingServices: 5 });
    const expectedOctober = await expectedNational("2026-10-01", "2026-10-31");
    expect(cell(october.current!.referralsByChannel, "WEB_FORM").value).toBe(expectedOctober.get("channel|WEB_FORM") ?? 0);
  });

  it("gives the previous period only when enough services contribute to it as well", async () => {
    const september = (await server.gql(NATIONAL, SEPTEMBER, team.STEERING.token)).data.nationalStats;
    expect(september.previous).toBeNull(); // August: three services
    const autumn = (await server.gql(NATIONAL, { from: "2026-10-01", to: "2026-11-30" }, team.STEERING.token)).data.nationalStats;
    expect(autumn).toMatchObject({ available: true, contributingServices: 5 });
    expect(autumn.previous).toMatchObject({ from: "2026-08-01", to: "2026-09-30", contributingServices: 6 });
    const expected = await expectedNational("2026-08-01", "2026-09-30");
    expect(cell(autumn.previous!.referralsByChannel, "HELPLINE").value).toBe(expected.get("channel|HELPLINE"));
  });

  it("equals the sum of every service's figures from the source rows, for whole months and ragged ends", async () => {
    for (const [from, to] of [
      ["2026-09-01", "2026-09-30"],
      ["2026-08-20", "2026-10-14"],
      ["2026-09-11", "2026-09-11"],
      ["2025-12-15", "2026-11-30"],
    ]) {
      const { current, previous } = periodsOf(from, to, "UTC");
      const national = asMap(await selectNationalAggregates(server.db, { current, previous }));
      const expected = await directSums(from, to);
      expect(national, `${from}..${to}`).toEqual(expected);
      expect(expected.size, `${from}..${to} has data`).toBeGreaterThan(0);
    }
  });

  it("publishes every figure as the sum of each service's perturbed months, from the source rows", async () => {
    const n = (await server.gql(NATIONAL, { from: "2026-08-01", to: "2026-11-30" }, team.STEERING.token)).data.nationalStats;
    const expected = await expectedNational("2026-08-01", "2026-11-30");
    const metricOf = {
      referralsByChannel: "channel",
      referralsBySource: "source",
      referralsByStage: "stage",
      referralsByHowHeard: "howHeard",
      referralsByLevel: "level",
      referralsByAgeBand: "ageBand",
      referralsByPrimaryNeed: "primaryNeed",
      referralsByEthnicity: "ethnicity",
      activitiesByKind: "activities",
    } as const;
    let shown = 0;
    for (const [field, metric] of Object.entries(metricOf)) {
      const breakdown = n.current![field as keyof typeof metricOf];
      for (const c of breakdown.cells) {
        expect(c.value, `${field} ${c.key}`).toBe(expected.get(`${metric}|${c.key}`) ?? 0);
        if (c.value) shown++;
      }
      expect(breakdown.total.value, `${field} total`).toBe(breakdown.cells.reduce((t, c) => t + c.value!, 0));
    }
    expect(shown).toBeGreaterThan(8);
  });

  it("gives every permitted caller the same figures, whatever their service", async () => {
    const other = await createStaff(server, { serviceId: services[3].id, role: "STEERING" });
    const token = await signIn(server, other.email);
    const mine = await server.gql(NATIONAL, SEPTEMBER, team.MANAGER.token);
    const theirs = await server.gql(NATIONAL, SEPTEMBER, token);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data).toEqual(mine.data);
  });

  it("reads only the rollups, in one statement", async () => {
    const { result, count, log } = await executeCounted(server, team.STEERING.token, NATIONAL, SEPTEMBER);
    expect(result.errors).toBeUndefined();
    expect(result.data.nationalStats.available).toBe(true);
    expect(count).toBe(1);
    expect(log[0]).toMatch(/stats_monthly/);
    expect(log[0]).not.toMatch(/\b(from|join)\s+(referrals|activities|children|cases)\b/i);
  });

  it("refuses a period that ends before it starts, or is too long, naming the field", async () => {
    const backwards = await server.gql(NATIONAL, { from: "2026-11-30", to: "2026-11-01" }, team.STEERING.token);
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    const long = await server.gql(NATIONAL, { from: "2020-01-01", to: "2026-11-01" }, team.STEERING.token);
    expect(long.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    const early = await server.gql(NATIONAL, { from: "1999-12-01", to: "2000-01-31" }, team.STEERING.token);
    expect(early.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    // Figures across services are protected: whole months that have ended only.
    const shifted = await server.gql(NATIONAL, { from: "2026-09-02", to: "2026-09-30" }, team.MANAGER.token);
    expect(shifted.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    const current = await server.gql(NATIONAL, { from: "2026-12-01", to: "2026-12-31" }, team.STEERING.token);
    expect(current.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });

  for (const role of ["OFFICER", "VOLUNTEER", "ADMIN"] as const) {
    it(`refuses the ${role.toLowerCase()} role`, async () => {
      const res = await server.gql(NATIONAL, SEPTEMBER, team[role].token);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(res.data).toBeNull();
    });
  }

  it("refuses anyone not signed in", async () => {
    const res = await server.gql(NATIONAL, SEPTEMBER);
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.data).toBeNull();
  });
});
