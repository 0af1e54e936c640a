import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { tables } from "server";
import { CELL_KEY_RANGE, cellKeyOf, perturb, possibleCounts } from "server/statistics/disclosure.js";
import { getNationalStats, getServiceStats } from "server/statistics/statistics.service.js";
import type { Viewer } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { propagate, type Constraint } from "../support/disclosure-attack.js";
import { graphql } from "../support/gql/index.js";

/*
 * The attack suite of decision 028. Five services with many small cells (about 45 referrals each
 * over five months, spread at random over 8 breakdowns). The attacker holds every answer steering
 * members of all five services can get, for every pair of days in a 120-day window, plus the
 * national figures for the same periods, and knows the perturbation table. They combine all of it
 * (nested periods, overlapping periods, every breakdown sharing its total, the previous-period
 * column, service against national) by interval constraint propagation
 * (tests/support/disclosure-attack.ts). Not one count from 1 to k−1 may come out.
 */

let server: TestServer;
const teams: Awaited<ReturnType<typeof createServiceWithTeam>>[] = [];
// Friday 4 December 2026: August to November have ended.
const clock = new Date("2026-12-04T09:00:00Z");
const K = 5;
const WINDOW_START = "2026-08-01";
const WINDOW_DAYS = 120; // 1 August to 28 November

const SERVICE = graphql(`query AttackServiceStats($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) {
    figures suppressionThreshold
    current { from to referralsReceived { value }
      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }
      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }
      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }
      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }
      activitiesByKind { cells { key value } total { value } } }
    previous { from to referralsReceived { value }
      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }
      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }
      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }
      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }
      activitiesByKind { cells { key value } total { value } } }
  }
}`);
const NATIONAL = graphql(`query AttackNationalStats($from: LocalDate!, $to: LocalDate!) {
  nationalStats(from: $from, to: $to) {
    available figures suppressionThreshold
    current { from to referralsReceived { value }
      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }
      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }
      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }
      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }
      activitiesByKind { cells { key value } total { value } } }
    previous { from to referralsReceived { value }
      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }
      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }
      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }
      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }
      activitiesByKind { cells { key value } total { value } } }
  }
}`);

const BREAKDOWNS = {
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
type Field = keyof typeof BREAKDOWNS;
interface Breakdown {
  cells: { key: string; value: number | null }[];
  total: { value: number | null };
}
type PeriodFigures = { from: string; to: string } & Record<Field, Breakdown>;

/** A small deterministic generator, so a failure can be replayed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const dayOf = (offset: number) => new Date(Date.parse(`${WINDOW_START}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const monthOf = (date: string) => `${date.slice(0, 7)}-01`;
/** The first days of the months from `from` to `to` (inclusive dates). */
function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = monthOf(from); m <= to;) {
    out.push(m);
    const d = new Date(`${m}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + 1);
    m = d.toISOString().slice(0, 10);
  }
  return out;
}

/** Every (from, to) pair of days in the window: 7,260 periods. */
const allPairs = () => {
  const pairs: { from: string; to: string }[] = [];
  for (let i = 0; i < WINDOW_DAYS; i++) for (let j = i; j < WINDOW_DAYS; j++) pairs.push({ from: dayOf(i), to: dayOf(j) });
  return pairs;
};

async function inBatches<T, R>(items: T[], size: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(f))));
  return out;
}

const serviceAnswers: { service: number; figures: PeriodFigures }[] = [];
const nationalAnswers: PeriodFigures[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  for (let i = 1; i <= 5; i++) teams.push(await createServiceWithTeam(server, `Attack ${i}`));
  const r = prng(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const channels = tables.referralChannel.enumValues;
  const sources = tables.referralSource.enumValues.filter((s) => s !== "PROFESSIONAL");
  const stages = tables.currentStage.enumValues;
  const howHeard = tables.howHeard.enumValues;
  for (const t of teams) {
    // About 45 referrals from 1 July to 30 November, most cells of most months small.
    const rows = Array.from({ length: 40 + Math.floor(r() * 10) }, () => {
      const receivedAt = new Date(Date.parse("2026-07-01T10:00:00Z") + Math.floor(r() * 153) * 86_400_000);
      return {
        serviceId: t.service.id,
        reference: `ATK-${Math.floor(r() * 1e9)}`,
        channel: pick(channels),
        source: pick(sources),
        currentStage: pick(stages),
        howHeard: pick(howHeard),
        ageAtReferral: Math.floor(r() * 26),
        level: r() < 0.5 ? null : 1 + Math.floor(r() * 4),
        receivedAt,
        responseTargetAt: new Date(receivedAt.getTime() + 86_400_000),
        responseDeadlineAt: new Date(receivedAt.getTime() + 2 * 86_400_000),
      };
    });
    const ids = await server.db.insert(tables.referrals).values(rows).returning({ id: tables.referrals.id });
    const [kase] = await server.db
      .insert(tables.cases)
      .values({ serviceId: t.service.id, referralId: ids[0]!.id, level: 2, openedAt: new Date("2026-06-20T10:00:00Z") })
      .returning({ id: tables.cases.id });
    // Activities every month (so national figures are given), a few of each kind.
    const kinds = tables.activityKind.enumValues;
    await server.db.insert(tables.activities).values(
      Array.from({ length: 25 }, (_, i) => ({
        serviceId: t.service.id,
        caseId: kase!.id,
        staffId: t.OFFICER.id,
        kind: pick(kinds),
        occurredAt: new Date(Date.parse(`2026-${String(7 + (i % 5)).padStart(2, "0")}-10T10:00:00Z`) + Math.floor(r() * 18) * 86_400_000),
        minutes: 15 + Math.floor(r() * 90),
      })),
    );
  }
  // The family of issue 17: the only referral of 6 November in service 1.
  await server.db.execute(
    sql`delete from referrals where service_id = ${teams[0]!.service.id} and received_at >= '2026-11-06' and received_at < '2026-11-08'`,
  );
  await server.db.insert(tables.referrals).values({
    serviceId: teams[0]!.service.id,
    reference: "ATK-ISSUE-17",
    channel: "WEB_FORM",
    source: "PARENT_CARER",
    currentStage: "SEN_SUPPORT",
    howHeard: "SOCIAL_MEDIA",
    ageAtReferral: 7,
    receivedAt: new Date("2026-11-06T10:00:00Z"),
    responseTargetAt: new Date("2026-11-07T10:00:00Z"),
    responseDeadlineAt: new Date("2026-11-08T10:00:00Z"),
  });
}, 120_000);
afterAll(() => server?.close());

describe("differencing attacks on protected figures", () => {
  it("answers only whole months that have ended, over every pair of days in a 120-day window (one-day shifts included)", async () => {
    const pairs = allPairs();
    expect(pairs.length).toBe(7260);
    // Every period a steering member could ask for, through the service functions the API calls
    // (HTTP for all 7,260 × 2 would take minutes on a CI machine; the refusals are tested over HTTP below).
    const steering = (t: (typeof teams)[number]): Viewer => ({
      staffId: t.STEERING.id,
      serviceId: t.service.id,
      role: "STEERING",
      sessionId: "attack",
      displayName: "Attacker",
      expiresAt: new Date(clock.getTime() + 3_600_000),
    });
    const tryPeriod = async <T>(f: () => Promise<T>) => {
      try {
        return await f();
      } catch (e) {
        expect((e as { code?: string }).code).toBe("BAD_USER_INPUT");
        return null;
      }
    };
    const answeredService = (
      await inBatches(pairs, 60, async (p) => ({
        p,
        res: await tryPeriod(() => getServiceStats({ db: server.db, viewer: steering(teams[0]!), ...p, now: clock })),
      }))
    ).filter((x) => x.res);
    const answeredNational = (
      await inBatches(pairs, 60, async (p) => ({ p, res: await tryPeriod(() => getNationalStats({ db: server.db, ...p, now: clock })) }))
    ).filter((x) => x.res);
    // August..October end inside the 120 days: 3 + 2 + 1 runs of whole months. Nothing else is answered.
    const wholeMonths = [
      "2026-08-01..2026-08-31",
      "2026-08-01..2026-09-30",
      "2026-08-01..2026-10-31",
      "2026-09-01..2026-09-30",
      "2026-09-01..2026-10-31",
      "2026-10-01..2026-10-31",
    ];
    expect(answeredService.map((x) => `${x.p.from}..${x.p.to}`).sort()).toEqual(wholeMonths);
    expect(answeredNational.map((x) => `${x.p.from}..${x.p.to}`).sort()).toEqual(wholeMonths);
    // Over HTTP, as every steering member: every run of whole months from August to November, and a refusal for a shifted day.
    const periods = ["08", "09", "10", "11"].flatMap((f, i, all) =>
      all.slice(i).map((t) => ({ from: `2026-${f}-01`, to: new Date(Date.UTC(2026, Number(t), 0)).toISOString().slice(0, 10) })),
    );
    expect(periods.length).toBe(10);
    for (const [s, t] of teams.entries()) {
      const shifted = await server.gql(SERVICE, { from: "2026-08-02", to: "2026-08-31" }, t.STEERING.token);
      expect(shifted.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
      for (const p of periods) {
        const res = await server.gql(SERVICE, p, t.STEERING.token);
        expect(res.errors).toBeUndefined();
        expect(res.data.serviceStats.figures).toBe("PROTECTED");
        serviceAnswers.push({ service: s, figures: res.data.serviceStats.current as PeriodFigures });
        serviceAnswers.push({ service: s, figures: res.data.serviceStats.previous as PeriodFigures });
      }
    }
    for (const p of periods) {
      const n = (await server.gql(NATIONAL, p, teams[0]!.STEERING.token)).data.nationalStats;
      expect(n.available).toBe(true);
      expect(n.figures).toBe("PROTECTED");
      nationalAnswers.push(n.current as PeriodFigures);
      if (n.previous?.referralsByChannel.cells.some((c) => c.value)) nationalAnswers.push(n.previous as PeriodFigures);
    }
  }, 120_000);

  it("leaves no count from 1 to k−1 recoverable from every answer together: nested, overlapping, shared totals, previous periods, service against national", async () => {
    expect(serviceAnswers.length).toBe(100);
    // The truth, atom by atom: one service, one month, one category (the monthly rollups hold exactly these).
    const truth = new Map<string, number>();
    const result0 = (await server.db.execute(
      sql`select service_id::text as s, month::text as m, metric, key, n from stats_monthly`,
    )) as unknown;
    const rows = (Array.isArray(result0) ? result0 : (result0 as { rows: unknown[] }).rows) as {
      s: string;
      m: string;
      metric: string;
      key: string;
      n: number;
    }[];
    for (const row of rows) {
      const s = teams.findIndex((t) => t.service.id === row.s);
      if (s >= 0) truth.set(`${s}|${row.m}|${row.metric}|${row.key}`, Number(row.n));
    }

    // 1. The attacker reads each service's months off the one-month answers, and checks that every
    //    other answer (runs of months, totals, previous periods, national) is made of them: it is, so
    //    those answers can tell them nothing the months do not.
    const month = new Map<string, number>(); // service|month|metric|key → published
    for (const a of serviceAnswers) {
      const months = monthsOf(a.figures.from, a.figures.to);
      if (months.length !== 1) continue;
      for (const [field, metric] of Object.entries(BREAKDOWNS) as [Field, string][])
        for (const c of a.figures[field].cells) month.set(`${a.service}|${months[0]}|${metric}|${c.key}`, c.value!);
    }
    const sumOf = (services: number[], months: string[], metric: string, key: string) =>
      services.reduce((t, s) => t + months.reduce((u, m) => u + (month.get(`${s}|${m}|${metric}|${key}`) ?? 0), 0), 0);
    const check = (services: number[], f: PeriodFigures) => {
      const months = monthsOf(f.from, f.to);
      if (!months.every((m) => services.every((s) => month.has(`${s}|${m}|channel|HELPLINE`)))) return false;
      for (const [field, metric] of Object.entries(BREAKDOWNS) as [Field, string][]) {
        for (const c of f[field].cells)
          expect(c.value, `${f.from}..${f.to} ${metric} ${c.key}`).toBe(sumOf(services, months, metric, c.key));
        expect(f[field].total.value).toBe(f[field].cells.reduce((t, c) => t + c.value!, 0));
      }
      return true;
    };
    let checked = 0;
    for (const a of serviceAnswers) if (check([a.service], a.figures)) checked++;
    for (const n of nationalAnswers) if (check([0, 1, 2, 3, 4], n)) checked++;
    expect(checked).toBeGreaterThan(50);

    // 2. What the months say: each true count lies in the perturbation table's range for its published
    //    value; every breakdown of a month adds up to the same (unknown) total. Propagated to the end.
    const atoms = new Map<string, number>();
    const atom = (key: string) => atoms.get(key) ?? (atoms.set(key, atoms.size), atoms.size - 1);
    const constraints: Constraint[] = [];
    const categories = new Map<string, string[]>();
    for (const [key, v] of month) {
      const [, , metric, category] = key.split("|");
      categories.set(metric!, [...new Set([...(categories.get(metric!) ?? []), category!])]);
      constraints.push({ plus: [atom(key)], ...possibleCounts(v, K), label: `${key} = ${v}` });
    }
    // Runs of months, totals and national figures: sums of atoms within the sums of their months' ranges.
    const runConstraint = (services: number[], f: PeriodFigures, who: string) => {
      const months = monthsOf(f.from, f.to);
      for (const [field, metric] of Object.entries(BREAKDOWNS) as [Field, string][])
        for (const c of f[field].cells) {
          const keys = services.flatMap((s) => months.map((m) => `${s}|${m}|${metric}|${c.key}`)).filter((k) => month.has(k));
          const lo = keys.reduce((t, k) => t + possibleCounts(month.get(k)!, K).min, 0);
          const hi = keys.reduce((t, k) => t + possibleCounts(month.get(k)!, K).max, 0);
          constraints.push({ plus: keys.map(atom), min: lo, max: hi, label: `${who} ${f.from}..${f.to} ${metric} ${c.key}` });
        }
    };
    for (const a of serviceAnswers) runConstraint([a.service], a.figures, `service ${a.service}`);
    for (const n of nationalAnswers) runConstraint([0, 1, 2, 3, 4], n, "national");
    const allMonths = [...new Set([...month.keys()].map((key) => key.split("|")[1]!))];
    for (let s = 0; s < 5; s++)
      for (const m of allMonths)
        for (const [metric, keys] of categories) {
          const family = metric === "activities" ? "activities" : "referrals";
          constraints.push({
            plus: keys.map((key) => atom(`${s}|${m}|${metric}|${key}`)),
            minus: [atom(`${s}|${m}|TOTAL|${family}`)],
            min: 0,
            max: 0,
            label: `${s} ${m} ${metric} adds up`,
          });
        }

    // The data really has many small cells to find.
    const small = [...month.keys()].filter((key) => {
      const n = truth.get(key) ?? 0;
      return n > 0 && n < K;
    });
    expect(small.length).toBeGreaterThan(300);

    const result = propagate(atoms.size, constraints, K);
    for (const [key, i] of atoms) {
      if (key.includes("TOTAL")) continue;
      const n = truth.get(key) ?? 0;
      expect(n).toBeGreaterThanOrEqual(result.lower[i]!);
      expect(n).toBeLessThanOrEqual(result.upper[i]!);
    }
    expect(result.recoveredAtoms.map((i) => [...atoms.keys()][i])).toEqual([]);
    expect(result.recoveredSets).toEqual([]);

    // How often a published month equals its small true count (printed for decision 028; the reader
    // cannot tell which: a published 0 or k is what every count from 0 to k−1 looks like).
    const exactSmall = small.filter((key) => month.get(key) === truth.get(key)).length;
    console.info(
      `disclosure attack: ${atoms.size} atoms, ${constraints.length} constraints, ${small.length} small true counts, 0 recovered; ` +
        `${exactSmall} small counts published as themselves (impossible: they are 0 or ${K})`,
    );
  });

  it("the same attacker recovers the family of issue 17 from exact figures over days a day apart, which steering cannot ask for", async () => {
    const [a, b] = [
      { from: "2026-11-06", to: "2026-11-30" },
      { from: "2026-11-07", to: "2026-11-30" },
    ];
    for (const p of [a, b]) {
      const refused = await server.gql(SERVICE, p, teams[0]!.STEERING.token);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    }
    // A manager's exact figures (their own records) fed to the same attacker: the control that shows it can find people.
    const [fa, fb] = await Promise.all([a, b].map(async (p) => (await server.gql(SERVICE, p, teams[0]!.MANAGER.token)).data));
    expect(fa.serviceStats.figures).toBe("EXACT");
    const atoms = new Map<string, number>();
    const atom = (key: string) => atoms.get(key) ?? (atoms.set(key, atoms.size), atoms.size - 1);
    const constraints: Constraint[] = [];
    for (const [field, metric] of Object.entries(BREAKDOWNS) as [Field, string][])
      for (const c of (fa.serviceStats.current as PeriodFigures)[field].cells) {
        const va = c.value!;
        const vb = (fb.serviceStats.current as PeriodFigures)[field].cells.find((x) => x.key === c.key)!.value!;
        constraints.push({ plus: [atom(`06|${metric}|${c.key}`), atom(`rest|${metric}|${c.key}`)], min: va, max: va, label: `a ${c.key}` });
        constraints.push({ plus: [atom(`rest|${metric}|${c.key}`)], min: vb, max: vb, label: `b ${c.key}` });
      }
    const result = propagate(atoms.size, constraints, K);
    const found = result.recoveredAtoms.map((i) => [...atoms.keys()][i]!).filter((key) => key.startsWith("06|"));
    expect(found).toEqual(
      expect.arrayContaining(["06|channel|WEB_FORM", "06|source|PARENT_CARER", "06|howHeard|SOCIAL_MEDIA", "06|ageBand|5-10"]),
    );
  });
});

describe("differencing attacks on random data sets (property)", () => {
  /**
   * One service's breakdown over six months: random small counts with random record keys, every run
   * of whole months published with its total. Three ways of publishing, one attacker:
   * - "months" (decision 028): each month perturbed by its cell key, runs and totals as sums;
   * - "sets": every published set perturbed on its own by its own cell key (the plain cell key
   *   method on a flexible table) — the control that shows why protected figures are sums of months;
   * - "exact": no protection — the control that shows the attacker finds small counts.
   */
  const dataset = fc.record({
    k: fc.constantFrom(3, 5, 10),
    cells: fc.array(fc.array(fc.array(fc.integer({ min: 0, max: CELL_KEY_RANGE - 1 }), { maxLength: 6 }), { minLength: 3, maxLength: 3 }), {
      minLength: 6,
      maxLength: 6,
    }),
  });
  type Mode = "months" | "sets" | "exact";

  function attack(months: number[][][], k: number, mode: Mode) {
    const constraints: Constraint[] = [];
    const categories = months[0]!.length;
    const id = (m: number, c: number) => m * (categories + 1) + c; // c = categories is the month's total
    const keySum = (records: number[]) => records.reduce((a, b) => a + b, 0);
    const monthCell = (m: number, c: number) => (c === categories ? months[m]!.flat() : months[m]![c]!);
    const publishedMonth = (m: number, c: number): number => {
      if (c < categories) return perturb(monthCell(m, c).length, cellKeyOf(keySum(monthCell(m, c))), k);
      return Array.from({ length: categories }, (_, i): number => publishedMonth(m, i)).reduce((a, b) => a + b, 0);
    };
    for (let from = 0; from < months.length; from++)
      for (let to = from; to < months.length; to++)
        for (let c = 0; c <= categories; c++) {
          const run = Array.from({ length: to - from + 1 }, (_, i) => from + i);
          const records = run.flatMap((m) => monthCell(m, c));
          let range: { min: number; max: number };
          if (mode === "exact") range = { min: records.length, max: records.length };
          else if (mode === "sets") range = possibleCounts(perturb(records.length, cellKeyOf(keySum(records)), k), k);
          else {
            // What the attacker knows from the months' published figures (the one-month answers).
            const cells = c === categories ? Array.from({ length: categories }, (_, i) => i) : [c];
            range = run
              .flatMap((m) => cells.map((i) => possibleCounts(publishedMonth(m, i), k)))
              .reduce((r, x) => ({ min: r.min + x.min, max: r.max + x.max }), { min: 0, max: 0 });
          }
          constraints.push({ plus: run.map((m) => id(m, c)), ...range, label: `${from}..${to} ${c}` });
        }
    for (let m = 0; m < months.length; m++)
      constraints.push({
        plus: Array.from({ length: categories }, (_, c) => id(m, c)),
        minus: [id(m, categories)],
        min: 0,
        max: 0,
        label: `${m} adds up`,
      });
    return propagate(months.length * (categories + 1), constraints, k);
  }

  it("recovers no count from 1 to k−1 from every run of months of a protected table", () => {
    fc.assert(
      fc.property(dataset, ({ k, cells }) => {
        const result = attack(cells, k, "months");
        expect(result.recoveredAtoms).toEqual([]);
        expect(result.recoveredSets).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("would recover small counts if every run and total were perturbed on its own (why figures are sums of months)", () => {
    const samples = fc.sample(dataset, { numRuns: 300, seed: 17 });
    const leaking = samples.filter(({ k, cells }) => attack(cells, k, "sets").recoveredAtoms.length > 0);
    expect(leaking.length).toBeGreaterThan(0);
  });

  it("recovers the small counts when the same table is published exactly (the attacker works)", () => {
    fc.assert(
      fc.property(dataset, ({ k, cells }) => {
        const hasSmall = cells.some((m) => m.some((c) => c.length > 0 && c.length < k));
        const result = attack(cells, k, "exact");
        if (hasSmall) expect(result.recoveredAtoms.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it("perturbs in the database exactly as the table written in TypeScript, for every cell key", async () => {
    const res = (await server.db.execute(sql`select n, ks, k, stats_perturb(n, ks, k) as p
      from generate_series(0, 40) n, generate_series(0, 300, 7) ks, (values (3), (5), (10)) kk(k)`)) as unknown;
    const rows = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as { n: number; ks: number; k: number; p: number }[];
    expect(rows.length).toBe(41 * 43 * 3);
    for (const r of rows) expect(Number(r.p), `${r.n} ${r.ks} ${r.k}`).toBe(perturb(Number(r.n), cellKeyOf(Number(r.ks)), Number(r.k)));
  });
});
