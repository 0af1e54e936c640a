import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  type GraphQLArgument,
  type GraphQLInputType,
} from "graphql";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import type { Operation } from "../support/operation.js";
import { createServiceWithTeam } from "../support/factories.js";
import { executeCounted } from "../support/execute.js";
import { CREATE, createReferralInput, type ReferralOverrides } from "../support/referrals.js";
import { cell, expectProtected } from "../support/statistics.js";
import { cellKeyOf, perturb } from "server/statistics/disclosure.js";
import { graphql } from "../support/gql/index.js";
import type { CreateReferralInput } from "../support/gql/graphql.js";

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
// Friday 4 December 2026, 09:00 London: November has ended, so steering members may see it.
const clock = new Date("2026-12-04T09:00:00Z");
const CANARY = "CANARY-7f3a";

const STATS = graphql(`query ServiceStats($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) {
    figures footnotes suppressionThreshold suppressionMark
    current {
      from to
      referralsReceived { key label value suppressed display }
      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }
      anonymousEnquiries { key label value suppressed display }
      responseTimes { key label unit value suppressed display }
      casesOpenedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      casesClosedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      casesOpenAtEndByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      caseDurationByLevel { key label unit value suppressed display }
      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }
      activityHoursByKind { key label unit value suppressed display }
      meetingsByStatus { key title cells { key label value suppressed display } total { key label value suppressed display } }
      hearingsSupported { key title cells { key label value suppressed display } total { key label value suppressed display } }
      evaluations { key title cells { key label value suppressed display } total { key label value suppressed display } }
      evaluationResponseRate { key label unit value suppressed display }
      evaluationScores { key label unit value suppressed display }
      feedback { key title cells { key label value suppressed display } total { key label value suppressed display } }
      safeguardingConcerns { key label value suppressed display }
      responseMaximumBreached { key label value suppressed display }
      waitingAtPeriodEnd { key label value suppressed display }
      peakWaitingList { key label value suppressed display }
    }
    previous {
      from to
      referralsReceived { key label value suppressed display }
      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }
      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }
      anonymousEnquiries { key label value suppressed display }
      responseTimes { key label unit value suppressed display }
      casesOpenedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      casesClosedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      casesOpenAtEndByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }
      caseDurationByLevel { key label unit value suppressed display }
      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }
      activityHoursByKind { key label unit value suppressed display }
      meetingsByStatus { key title cells { key label value suppressed display } total { key label value suppressed display } }
      hearingsSupported { key title cells { key label value suppressed display } total { key label value suppressed display } }
      evaluations { key title cells { key label value suppressed display } total { key label value suppressed display } }
      evaluationResponseRate { key label unit value suppressed display }
      evaluationScores { key label unit value suppressed display }
      feedback { key title cells { key label value suppressed display } total { key label value suppressed display } }
      safeguardingConcerns { key label value suppressed display }
      responseMaximumBreached { key label value suppressed display }
      waitingAtPeriodEnd { key label value suppressed display }
      peakWaitingList { key label value suppressed display }
    }
  }
}`);
const CSV = graphql(`query ServiceStatsCsvForPeriod($from: LocalDate!, $to: LocalDate!) { serviceStatsCsv(from: $from, to: $to) }`);
const REPORT = graphql(`query ServiceStatsReport($from: LocalDate!, $to: LocalDate!) { serviceStatsReport(from: $from, to: $to) }`);
const TREND = graphql(`query ServiceStatsTrend($from: LocalDate!, $to: LocalDate!) {
  serviceStatsTrend(from: $from, to: $to) {
    figures footnotes
    months {
      from to
      referralsReceived { key label value suppressed display }
      referralsByChannel { cells { key value } total { value } }
      responseTimes { key value suppressed display }
      casesOpenedByLevel { total { value } }
      casesClosedByLevel { total { value } }
    }
  }
}`);
const LOG_COMPLAINT = graphql(`mutation LogComplaintForStats($i: LogComplaintInput!) { logComplaint(input: $i) { id } }`);
const NATIONAL_CHANNELS = graphql(`query NationalChannels($from: LocalDate!, $to: LocalDate!) {
  nationalStats(from: $from, to: $to) {
    available reason contributingServices current { referralsByChannel { cells { key label display } } }
  }
}`);
const NOVEMBER = { from: "2026-11-01", to: "2026-11-30" };
/** The three forms of one service's statistics: figures, CSV and the printable report. */
const FORMS: Operation<unknown, typeof NOVEMBER>[] = [STATS, CSV, REPORT, TREND];

async function create(token: string, overrides: ReferralOverrides<CreateReferralInput> = {}) {
  const res = await server.gql(CREATE, { input: createReferralInput(overrides) }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createReferral;
}

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");

  // November: 7 by helpline, 2 by email. October (the previous 30 days): 6 by helpline.
  const november: string[] = [];
  for (let i = 0; i < 7; i++)
    november.push((await create(a.MANAGER.token, { receivedAt: `2026-11-${String(2 + i).padStart(2, "0")}T10:00:00Z` })).id);
  for (let i = 0; i < 2; i++)
    november.push(
      (
        await create(a.MANAGER.token, {
          channel: "EMAIL",
          receivedAt: `2026-11-1${i}T10:00:00Z`,
          ethnicity: "BLACK",
        })
      ).id,
    );
  for (let i = 0; i < 6; i++) await create(a.MANAGER.token, { receivedAt: `2026-10-${10 + i}T10:00:00Z` });
  // The seven helpline referrals had a first response an hour later; the email ones none.
  await server.db.execute(
    sql`update referrals set first_responded_at = received_at + interval '1 hour' where channel = 'HELPLINE' and service_id = ${a.service.id}`,
  );
  // Service B's referrals never appear in A's figures.
  for (let i = 0; i < 3; i++) await create(b.MANAGER.token, { receivedAt: "2026-11-03T10:00:00Z" });

  // Six complaints and one compliment in November.
  for (let i = 0; i < 6; i++)
    await server.gql(LOG_COMPLAINT, { i: { kind: "COMPLAINT", receivedAt: "2026-11-05T10:00:00Z", what: "Slow reply" } }, a.MANAGER.token);
  await server.gql(LOG_COMPLAINT, { i: { kind: "COMPLIMENT", receivedAt: "2026-11-06T10:00:00Z", what: "Thank you" } }, a.OFFICER.token);
  // Evaluations of November closures: 6 sent, 5 returned, each scoring 4 and 5.
  await server.db.insert(tables.evaluationInvitations).values(
    Array.from({ length: 6 }, (_, i) => ({
      serviceId: a.service.id,
      tokenHash: randomUUID(),
      closureMonth: "2026-11-01",
      level: 2,
      channel: "HELPLINE" as const,
      returned: i < 5,
    })),
  );
  await server.db.insert(tables.evaluationResponses).values(
    Array.from({ length: 5 }, () => ({
      serviceId: a.service.id,
      batchId: "00000000-0000-4000-8000-000000000005",
      batchMonth: "2026-11-01",
      answers: { helpfulness: 4, impartiality: 5, wouldRecommend: "yes", comment: "lovely" },
    })),
  );
});
afterAll(() => server?.close());

describe("serviceStats", () => {
  it("gives a manager exact figures for the period and the previous one of equal length, for their own service only", async () => {
    const res = await server.gql(STATS, NOVEMBER, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    const { current, previous, suppressionThreshold, suppressionMark, figures, footnotes } = res.data.serviceStats;
    expect(figures).toBe("EXACT");
    expect(footnotes.join(" ")).toMatch(/Exact figures/);
    expect(suppressionThreshold).toBe(5);
    expect(suppressionMark).toBe("[c]");
    // A whole month is compared with the whole month before it.
    expect([current.from, current.to, previous.from, previous.to]).toEqual(["2026-11-01", "2026-11-30", "2026-10-01", "2026-10-31"]);
    expect(current.referralsReceived).toMatchObject({ value: 9, suppressed: false, display: "9" });
    expect(previous.referralsReceived.value).toBe(6);
    expect(cell(current.referralsByChannel, "HELPLINE")).toMatchObject({ value: 7, suppressed: false });
    // Small counts are shown as they are to the manager.
    expect(cell(current.referralsByChannel, "EMAIL")).toMatchObject({ value: 2, suppressed: false, display: "2" });
    expect(cell(current.referralsByEthnicity, "BLACK").value).toBe(2);
    expect(cell(current.referralsByAgeBand, "5-10").value).toBe(9);
    expect(cell(current.referralsBySource, "PARENT_CARER").value).toBe(9);
    expect(cell(current.referralsByLevel, "NONE").value).toBe(9);
    // Every category is listed, zeros included.
    expect(current.referralsByChannel.cells.map((c) => c.key)).toEqual([
      "HELPLINE",
      "ANSWERPHONE",
      "EMAIL",
      "WEB_FORM",
      "LETTER",
      "IN_PERSON",
      "PROFESSIONAL",
    ]);
    // Another service's steering member sees protected figures of their own 3 referrals: 0 or 5.
    const b1 = await server.gql(STATS, NOVEMBER, b.STEERING.token);
    expect(b1.data.serviceStats.figures).toBe("PROTECTED");
    expectProtected(b1.data.serviceStats.current.referralsReceived.value, 3, 5);
  });

  it("gives a steering member protected figures: never 1 to k−1, the same every time, with footnotes", async () => {
    const res = await server.gql(STATS, NOVEMBER, a.STEERING.token);
    expect(res.errors).toBeUndefined();
    const stats = res.data.serviceStats;
    expect(stats.figures).toBe("PROTECTED");
    expect(stats.footnotes.join(" ")).toMatch(/shown as 0 or 5/);
    expect(stats.footnotes.join(" ")).toMatch(/every table adds up/);
    const channel = stats.current.referralsByChannel;
    expectProtected(cell(channel, "EMAIL").value, 2, 5);
    expectProtected(cell(channel, "HELPLINE").value, 7, 5);
    // The total is the sum of the protected cells: the table adds up.
    expect(channel.total.value).toBe(channel.cells.reduce((t, c) => t + c.value!, 0));
    expectProtected(cell(stats.current.referralsByEthnicity, "BLACK").value, 2, 5);
    for (const c of channel.cells) expect(c.display).toBe(String(c.value));
    // The same records give the same figures, however often they are asked for.
    const again = await server.gql(STATS, NOVEMBER, a.STEERING.token);
    expect(again.data).toEqual(res.data);
  });

  it("refuses a steering member a period that is not whole months that have ended, naming the field", async () => {
    const shifted = await server.gql(STATS, { from: "2026-11-06", to: "2026-11-30" }, a.STEERING.token);
    expect(shifted.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    const ragged = await server.gql(STATS, { from: "2026-11-01", to: "2026-11-29" }, a.STEERING.token);
    expect(ragged.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    const soFar = await server.gql(STATS, { from: "2026-12-01", to: "2026-12-31" }, a.STEERING.token);
    expect(soFar.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    for (const q of [CSV, REPORT, TREND] as Operation<unknown, typeof NOVEMBER>[]) {
      const res = await server.gql(q, { from: "2026-11-06", to: "2026-11-30" }, a.STEERING.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    }
    // A manager may still ask for any days of their own service.
    const manager = await server.gql(STATS, { from: "2026-11-06", to: "2026-11-30" }, a.MANAGER.token);
    expect(manager.data.serviceStats.current.referralsReceived.value).toBe(5);
  });

  it("reports response-time compliance exactly to the manager and from published counts to steering", async () => {
    const res = await server.gql(STATS, NOVEMBER, a.MANAGER.token);
    const [target, maximum, median] = res.data.serviceStats.current.responseTimes;
    expect(target).toMatchObject({ key: "WITHIN_TARGET", suppressed: false, value: 77.78, display: "77.8%" });
    expect(maximum.value).toBe(77.78);
    expect(median).toMatchObject({ key: "MEDIAN_HOURS", value: 1, suppressed: false, unit: "hours" });
    expect(res.data.serviceStats.current.responseMaximumBreached.value).toBe(2);
    expect(res.data.serviceStats.previous.responseTimes[0]).toMatchObject({ value: 100, suppressed: false, display: "100.0%" });
    // Steering: shares come from published counts (9 judged is published as 7 to 11), so a share is
    // either withheld as [c] or a percentage; the breaches are a protected count of 2.
    const steering = (await server.gql(STATS, NOVEMBER, a.STEERING.token)).data.serviceStats.current;
    for (const m of steering.responseTimes.slice(0, 2)) {
      if (m.suppressed) expect(m).toMatchObject({ value: null, display: "[c]" });
      else {
        expect(m.value).toBeGreaterThanOrEqual(0);
        expect(m.value).toBeLessThanOrEqual(100);
        expect(m.display).toMatch(/^\d+\.\d%$/);
      }
    }
    expectProtected(steering.responseMaximumBreached.value, 2, 5);
    // Referrals received is the channel table's total: the sum of its protected cells (7 and 2).
    const channels = steering.referralsByChannel.cells.reduce((t, c) => t + c.value!, 0);
    expect(steering.referralsReceived.value).toBe(channels);
    expectProtected(cell(steering.referralsByChannel, "HELPLINE").value, 7, 5);
  });

  it("counts complaints by outcome and evaluations, with mean scores only from enough answers for steering", async () => {
    const exact = (await server.gql(STATS, NOVEMBER, a.MANAGER.token)).data.serviceStats.current;
    expect(cell(exact.feedback, "COMPLAINT:OPEN").value).toBe(6);
    expect(cell(exact.feedback, "COMPLIMENT").value).toBe(1);
    expect(exact.feedback.total.value).toBe(7);
    expect(cell(exact.evaluations, "RETURNED").value).toBe(5);
    expect(cell(exact.evaluations, "NOT_RETURNED").value).toBe(1);
    expect(exact.evaluationResponseRate.value).toBe(83.33);
    expect(exact.evaluationScores.map((m) => [m.key, m.value])).toEqual([
      ["helpfulness", 4],
      ["impartiality", 5],
    ]);
    const cur = (await server.gql(STATS, NOVEMBER, a.STEERING.token)).data.serviceStats.current;
    expectProtected(cell(cur.feedback, "COMPLAINT:OPEN").value, 6, 5);
    expectProtected(cell(cur.feedback, "COMPLIMENT").value, 1, 5);
    expectProtected(cell(cur.evaluations, "NOT_RETURNED").value, 1, 5);
    // Five answers are published as 5 to 7: below 8, so the means are not given.
    expect(cur.evaluationScores.map((m) => [m.key, m.display])).toEqual([
      ["helpfulness", "[c]"],
      ["impartiality", "[c]"],
    ]);
  });

  it("aggregates in SQL: a fixed handful of statements for every figure of both periods", async () => {
    // A period not asked for before, so nothing is kept for it yet (decision 057).
    const { result, count, log } = await executeCounted(server, a.MANAGER.token, STATS, { from: "2026-11-02", to: "2026-11-29" });
    expect(result.errors).toBeUndefined();
    // The service's settings and its statistics versions (read together, whether or not anything is kept),
    // then eight aggregate statements (the rollups of the earlier months and of the latest, decision 060; the
    // response clock's counts of the earlier months and of the latest and its median, decision 065; the
    // smaller tables, closures and the caseload, decision 064) and the clock horizon sent together.
    expect(count).toBeLessThanOrEqual(11);
    expect(log.filter((q) => /group by/i.test(q))).toHaveLength(8);
  });

  it("refuses a period that ends before it starts, naming the field", async () => {
    const res = await server.gql(STATS, { from: "2026-11-30", to: "2026-11-01" }, a.MANAGER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    const long = await server.gql(STATS, { from: "2020-01-01", to: "2026-11-01" }, a.MANAGER.token);
    expect(long.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });

  for (const role of ["OFFICER", "VOLUNTEER", "ADMIN"] as const) {
    it(`refuses a ${role.toLowerCase()} every form of the statistics`, async () => {
      for (const q of FORMS) {
        const res = await server.gql(q, NOVEMBER, a[role].token);
        expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
        expect(res.data).toBeNull();
      }
    });
  }

  it("refuses anyone not signed in", async () => {
    for (const q of FORMS) expect((await server.gql(q, NOVEMBER)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("the cost limit", () => {
  const FRAGMENTS = `
    fragment Cell on StatCell { key label value suppressed display }
    fragment Measure on StatMeasure { key label unit value suppressed display }
    fragment Breakdown on StatBreakdown { key title cells { ...Cell } total { ...Cell } }
    fragment Period on PeriodStats {
      from to referralsReceived { ...Cell } anonymousEnquiries { ...Cell } responseTimes { ...Measure }
      referralsByChannel { ...Breakdown } referralsBySource { ...Breakdown } referralsByStage { ...Breakdown }
      referralsByHowHeard { ...Breakdown } referralsByLevel { ...Breakdown } referralsByAgeBand { ...Breakdown }
      referralsByPrimaryNeed { ...Breakdown } referralsByEthnicity { ...Breakdown } casesOpenedByLevel { ...Breakdown }
      casesClosedByLevel { ...Breakdown } casesOpenAtEndByLevel { ...Breakdown } caseDurationByLevel { ...Measure }
      activitiesByKind { ...Breakdown } activityHoursByKind { ...Measure } meetingsByStatus { ...Breakdown }
      hearingsSupported { ...Breakdown } evaluations { ...Breakdown } evaluationResponseRate { ...Measure }
      evaluationScores { ...Measure } feedback { ...Breakdown } safeguardingConcerns { ...Cell }
      responseMaximumBreached { ...Cell } waitingAtPeriodEnd { ...Cell } peakWaitingList { ...Cell }
    }`;
  it("accepts the statistics query written with fragments: a spread costs what its fields cost written out", async () => {
    const res = await server.gqlUnchecked(
      `query StatsWithFragments($from: LocalDate!, $to: LocalDate!) {
        serviceStats(from: $from, to: $to) { figures footnotes current { ...Period } previous { ...Period } } } ${FRAGMENTS}`,
      NOVEMBER,
      a.MANAGER.token,
    );
    expect(res.errors).toBeUndefined();
    const spread = (res.data as { serviceStats: { current: unknown } }).serviceStats.current;
    const written = (await server.gql(STATS, NOVEMBER, a.MANAGER.token)).data.serviceStats.current;
    expect(spread).toEqual(written);
  });

  it("still refuses a query over the limit, however it is written", async () => {
    const period = "current { ...Period } previous { ...Period }";
    const res = await server.gqlUnchecked(
      `query TooCostly($from: LocalDate!, $to: LocalDate!) {
        a: serviceStats(from: $from, to: $to) { ${period} } b: serviceStats(from: $from, to: $to) { ${period} }
        c: serviceStats(from: $from, to: $to) { ${period} } } ${FRAGMENTS}`,
      NOVEMBER,
      a.MANAGER.token,
    );
    expect(res.errors?.[0]?.message).toMatch(/cost/i);
  });
});

describe("serviceStatsTrend", () => {
  it("gives a manager each month the period touches, clipped to it, with that month's exact figures", async () => {
    const res = await server.gql(TREND, { from: "2026-10-01", to: "2026-12-04" }, a.MANAGER.token);
    expect(res.errors).toBeUndefined();
    const { figures, months } = res.data.serviceStatsTrend;
    expect(figures).toBe("EXACT");
    expect(months.map((m) => [m.from, m.to])).toEqual([
      ["2026-10-01", "2026-10-31"],
      ["2026-11-01", "2026-11-30"],
      ["2026-12-01", "2026-12-04"],
    ]);
    expect(months.map((m) => m.referralsReceived.value)).toEqual([6, 9, 0]);
    expect(months[1]!.responseTimes[0]).toMatchObject({ key: "WITHIN_TARGET", value: 77.78 });
    // Service B's referrals are not in A's months.
    const other = (await server.gql(TREND, { from: "2026-11-01", to: "2026-11-30" }, b.MANAGER.token)).data.serviceStatsTrend;
    expect(other.months[0]!.referralsReceived.value).toBe(3);
  });

  it("gives a steering member each ended month as serviceStats gives that month alone, so the months add up to the period", async () => {
    const res = await server.gql(TREND, { from: "2026-09-01", to: "2026-11-30" }, a.STEERING.token);
    expect(res.errors).toBeUndefined();
    const trend = res.data.serviceStatsTrend;
    expect(trend.figures).toBe("PROTECTED");
    expect(trend.footnotes.join(" ")).toMatch(/every table adds up/);
    for (const month of trend.months) {
      const alone = (await server.gql(STATS, { from: month.from, to: month.to }, a.STEERING.token)).data.serviceStats.current;
      expect(month.referralsReceived).toEqual(alone.referralsReceived);
      expect(month.responseTimes).toEqual(
        alone.responseTimes.map(({ key, value, suppressed, display }) => ({ key, value, suppressed, display })),
      );
    }
    const whole = (await server.gql(STATS, { from: "2026-09-01", to: "2026-11-30" }, a.STEERING.token)).data.serviceStats.current;
    expect(trend.months.reduce((t, m) => t + m.referralsReceived.value!, 0)).toBe(whole.referralsReceived.value);
    expectProtected(cell(trend.months[2]!.referralsByChannel, "EMAIL").value, 2, 5);
    expectProtected(cell(trend.months[2]!.referralsByChannel, "HELPLINE").value, 7, 5);
  });

  it("widens a period to the twelve months up to its last month when asked (trailingYear), as the dashboard's charts do", async () => {
    const WIDE = graphql(`query ServiceStatsTrailingYear($from: LocalDate!, $to: LocalDate!) {
      serviceStatsTrend(from: $from, to: $to, trailingYear: true) { figures months { from to referralsReceived { value } } }
    }`);
    const year = (await server.gql(WIDE, NOVEMBER, a.MANAGER.token)).data.serviceStatsTrend.months;
    expect(year.map((m) => m.from)).toEqual([
      "2025-12-01",
      ...["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11"].map((m) => `2026-${m}-01`),
    ]);
    expect(year.at(-1)).toMatchObject({ to: "2026-11-30", referralsReceived: { value: 9 } });
    // A period longer than a year keeps its own months; the same for a steering member, whose period is checked as asked.
    const long = (await server.gql(WIDE, { from: "2025-06-01", to: "2026-11-30" }, a.STEERING.token)).data.serviceStatsTrend;
    expect(long.figures).toBe("PROTECTED");
    expect(long.months).toHaveLength(18);
    const ragged = await server.gql(WIDE, { from: "2026-11-06", to: "2026-11-30" }, a.STEERING.token);
    expect(ragged.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    // Without it, the period's own months.
    expect((await server.gql(TREND, NOVEMBER, a.MANAGER.token)).data.serviceStatsTrend.months).toHaveLength(1);
  });

  it("refuses a period of more than three years, naming the field", async () => {
    const res = await server.gql(TREND, { from: "2020-01-01", to: "2026-11-30" }, a.MANAGER.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });
});

describe("serviceStatsCsv", () => {
  it("lists every figure with this and the previous period, then which kind of figures they are and the footnotes", async () => {
    const res = await server.gql(CSV, NOVEMBER, a.STEERING.token);
    expect(res.errors).toBeUndefined();
    const lines: string[] = res.data.serviceStatsCsv.trim().split("\r\n");
    expect(lines[0]).toBe("breakdown,key,label,this period (2026-11-01 to 2026-11-30),previous period (2026-10-01 to 2026-10-31)");
    expect(lines).toContainEqual(expect.stringMatching(/^referralsByChannel,EMAIL,Email,(0|5),0$/));
    expect(lines).toContainEqual(expect.stringMatching(/^referralsByChannel,HELPLINE,Helpline \(phone\),[5-9],[5-8]$/));
    expect(lines).toContain("note,FIGURES,Protected figures,PROTECTED,");
    expect(lines.filter((l) => l.startsWith("note,FOOTNOTE_")).length).toBe(4);
    expect(lines.every((l) => l.split(",").length >= 5)).toBe(true);
    const exact = (await server.gql(CSV, NOVEMBER, a.MANAGER.token)).data.serviceStatsCsv;
    expect(exact).toContain("referralsByChannel,EMAIL,Email,2,0");
    expect(exact).toContain("note,FIGURES,Exact figures,EXACT,");
  });
});

describe("serviceStatsReport", () => {
  it("is a self-contained accessible HTML document with captioned tables and print styles", async () => {
    const res = await server.gql(REPORT, NOVEMBER, a.MANAGER.token);
    const html: string = res.data.serviceStatsReport;
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain("<h1>Monitoring report: Service A</h1>");
    expect(html).toContain("<caption>Referrals by channel</caption>");
    expect(html).toContain('<th scope="col">This period</th>');
    expect(html).toContain("@media print");
    expect(html).toContain("1 November 2026 to 30 November 2026");
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html).toContain("<strong>Exact figures.</strong>");
    const steering: string = (await server.gql(REPORT, NOVEMBER, a.STEERING.token)).data.serviceStatsReport;
    expect(steering).toContain("<strong>Protected figures.</strong>");
    expect(steering).toContain("every table adds up");
    // Month by month: a chart of the twelve months to November, with its table (the accessible alternative).
    expect(html).toContain('<h2 id="trend">Month by month</h2>');
    expect(html).toMatch(/<svg role="img" aria-labelledby="trend-referrals-t trend-referrals-d"/);
    expect(html).toContain('<title id="trend-referrals-t">Referrals received by month</title>');
    expect(html).toContain("Dec 2025 to Nov 2026");
    expect(html).toContain('<tr><th scope="row">Oct 2026</th><td>6</td>');
    expect(html).toContain('<tr><th scope="row">Nov 2026</th><td>9</td><td>77.8%</td>');
    expect(html.match(/<rect /g)?.length).toBe(2 + 2); // October and November's referrals and response shares
    expect(steering).toContain('<h2 id="trend">Month by month</h2>');
  });

  it("escapes the service name", async () => {
    await server.db.execute(sql`update services set name = ${'A & <b>"Co"</b>'} where id = ${b.service.id}`);
    const html: string = (await server.gql(REPORT, NOVEMBER, b.MANAGER.token)).data.serviceStatsReport;
    expect(html).toContain("A &amp; &lt;b&gt;&quot;Co&quot;&lt;/b&gt;");
    expect(html).not.toContain("<b>");
  });
});

/** A value of the GraphQL input type, minimal but valid (for probing authorisation on every field). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  return (
    (
      {
        ID: randomUUID(),
        String: "x",
        Int: 1,
        Float: 1,
        Boolean: false,
        DateTime: "2026-11-20T10:00:00Z",
        LocalDate: "2026-11-20",
      } as Record<string, unknown>
    )[type.name] ?? "x"
  );
}

function probe(kind: "query" | "mutation", name: string, args: readonly GraphQLArgument[], returns: GraphQLInputType | any) {
  const named = getNamedType(returns);
  const selection = isObjectType(named) || isAbstractType(named) ? "{ __typename }" : "";
  const vars = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const call = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const query = `${kind}${vars ? `(${vars})` : ""} { ${name}${call ? `(${call})` : ""} ${selection} }`;
  return { query, variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type)])) };
}

describe("steering canary", () => {
  it("never shows a steering member any personal text, and refuses them every other operation", async () => {
    const c = CANARY;
    // A family whose every personal text field carries the canary, with a case, casework and feedback.
    const referral = await create(a.MANAGER.token, {
      receivedAt: "2026-11-20T10:00:00Z",
      source: "PROFESSIONAL",
      channel: "PROFESSIONAL",
      professionalType: "HEALTH",
      referrerName: `${c} Referrer`,
      referrerOrganisation: `${c} Clinic`,
      familyConsentedToShare: true,
      contact: {
        fullName: `${c} Parent`,
        email: "canary-7f3a@example.org",
        address: `1 ${c} Street`,
        preferredContact: "EMAIL",
        accessibilityNeeds: ["INTERPRETER"],
        interpreterLanguage: `${c} language`,
      },
      child: { fullName: `${c} Child`, educationSetting: `${c} School`, needsOverview: `${c} needs` },
      reasonForReferral: `${c} reason`,
      keyDates: [{ kind: "TRIBUNAL", on: "2026-11-27", notes: `${c} note` }],
    });
    // Ethnicity is a fixed list now; a legacy free-text value must not leak either.
    await server.db.execute(
      sql`update children set ethnicity = ${`${c} ethnicity`} where id = (select child_id from referrals where id = ${referral.id})`,
    );
    await server.db.execute(
      sql`update referrals set triage_notes = ${`${c} triage`}, signposting = ${`${c} signposting`} where id = ${referral.id}`,
    );
    const [kase] = await server.db
      .insert(tables.cases)
      .values({
        serviceId: a.service.id,
        referralId: referral.id,
        level: 3,
        openedAt: new Date("2026-11-21T10:00:00Z"),
        closureNote: `${c} closure`,
      })
      .returning();
    await server.db.insert(tables.activities).values({
      serviceId: a.service.id,
      caseId: kase.id,
      staffId: a.OFFICER.id,
      kind: "PHONE_CALL",
      occurredAt: new Date("2026-11-22T10:00:00Z"),
      minutes: 30,
      summary: `${c} summary`,
    });
    await server.db.insert(tables.meetings).values({
      serviceId: a.service.id,
      caseId: kase.id,
      kind: `${c} kind`,
      scheduledAt: new Date("2026-11-23T10:00:00Z"),
      keyPoints: `${c} points`,
      actions: `${c} actions`,
    });
    await server.db.insert(tables.safeguardingConcerns).values({
      serviceId: a.service.id,
      referralId: referral.id,
      raisedById: a.OFFICER.id,
      raisedAt: new Date("2026-11-22T11:00:00Z"),
      summary: `${c} concern`,
    });
    await server.gql(
      LOG_COMPLAINT,
      {
        i: {
          kind: "COMPLAINT",
          fromWhom: `${c} complainant`,
          what: `${c} what`,
          measuresTaken: `${c} measures`,
          escalatedTo: `${c} escalated`,
        },
      },
      a.MANAGER.token,
    );
    await server.db.insert(tables.evaluationResponses).values({
      serviceId: a.service.id,
      batchMonth: "2026-11-01",
      answers: { helpfulness: 5, [`${c}`]: 3, comment: `${c} comment` },
    });

    const token = a.STEERING.token;
    const outputs = [
      await server.gql(STATS, NOVEMBER, token),
      await server.gql(CSV, NOVEMBER, token),
      await server.gql(REPORT, NOVEMBER, token),
      await server.gql(TREND, { from: "2026-10-01", to: "2026-11-30" }, token),
      await server.gql(STATS, { from: "2026-11-30", to: "2026-11-01" }, token),
      await server.gql(NATIONAL_CHANNELS, NOVEMBER, token),
    ].map((r) => JSON.stringify(r));
    expect(outputs[0]).toContain("referralsByChannel"); // the probe really read the figures
    for (const out of outputs) expect(out.toLowerCase()).not.toContain(c.toLowerCase());

    // Every other query and every non-public mutation is refused to steering.
    const schema = server.app.schema;
    // publicService is public by design: the name, area and helpline of a service, nothing about families.
    const allowed = new Set([
      "me",
      "serviceStats",
      "serviceStatsCsv",
      "serviceStatsReport",
      "serviceStatsTrend",
      "nationalStats",
      "publicService",
    ]);
    // setPassword is public by design: it takes a one-time link's token, not a session (decision 031).
    const publicMutations = new Set(["login", "logout", "submitSelfReferral", "submitEvaluation", "setPassword"]);
    const operations = [
      ...Object.values(schema.getQueryType()!.getFields())
        .filter((f) => !allowed.has(f.name))
        .map((f) => ({ kind: "query" as const, f })),
      ...Object.values(schema.getMutationType()!.getFields())
        .filter((f) => !publicMutations.has(f.name))
        .map((f) => ({ kind: "mutation" as const, f })),
    ];
    expect(operations.length).toBeGreaterThan(20);
    for (const { kind, f } of operations) {
      const { query, variables } = probe(kind, f.name, f.args, f.type);
      const res = await server.gqlUnchecked(query, variables, token);
      expect(res.errors?.[0]?.extensions?.code, `${kind} ${f.name}: ${JSON.stringify(res.errors)}`).toBe("FORBIDDEN");
      expect(JSON.stringify(res).toLowerCase()).not.toContain(c.toLowerCase());
    }
  });
});

describe("protected figures by local month", () => {
  it("perturbs each month of the service's own time zone: a concern raised just after midnight on 1 September, summer time, is September's", async () => {
    const c = await createServiceWithTeam(server, "Service C");
    const referral = await create(c.MANAGER.token, { receivedAt: "2026-08-20T10:00:00Z" });
    // Fixed ids, so the keys (stats_record_key of the id) and so the noise are the same every run.
    const raised = [
      ["3f1c2b7e-0d41-4c55-9a51-6f2e8d0b1a01", "2026-08-31T23:30:00Z"], // 00:30 on 1 September in London
      ["3f1c2b7e-0d41-4c55-9a51-6f2e8d0b1a02", "2026-09-10T10:00:00Z"],
      ["3f1c2b7e-0d41-4c55-9a51-6f2e8d0b1a03", "2026-09-15T10:00:00Z"],
      ["3f1c2b7e-0d41-4c55-9a51-6f2e8d0b1a04", "2026-09-20T10:00:00Z"],
      ["3f1c2b7e-0d41-4c55-9a51-6f2e8d0b1a05", "2026-09-30T23:30:00Z"], // 00:30 on 1 October
      ["3f1c2b7e-0d41-4c55-9a51-6f2e8d0b1a06", "2026-10-05T10:00:00Z"],
      ["3f1c2b7e-0d41-4c55-9a51-6f2e8d0b1a07", "2026-10-12T10:00:00Z"],
      ["3f1c2b7e-0d41-4c55-9a51-6f2e8d0b1a08", "2026-10-31T23:30:00Z"], // 23:30 on 31 October (GMT again)
    ] as const;
    await server.db.insert(tables.safeguardingConcerns).values(
      raised.map(([id, at]) => ({
        id,
        serviceId: c.service.id,
        referralId: referral.id,
        raisedById: c.MANAGER.id,
        raisedAt: new Date(at),
      })),
    );
    const keys = new Map(
      (
        await server.db
          .select({ id: tables.safeguardingConcerns.id, key: tables.safeguardingConcerns.statsKey })
          .from(tables.safeguardingConcerns)
          .where(eq(tables.safeguardingConcerns.serviceId, c.service.id))
      ).map((r) => [r.id, r.key]),
    );
    const res = await server.gql(STATS, { from: "2026-09-01", to: "2026-10-31" }, c.STEERING.token);
    expect(res.errors).toBeUndefined();
    const k = res.data.serviceStats.suppressionThreshold;
    /** The sum over months (as `monthOf` names them) of each month's perturbed count. */
    const published = (monthOf: (at: string) => string) => {
      const months = new Map<string, string[]>();
      for (const [id, at] of raised) months.set(monthOf(at), [...(months.get(monthOf(at)) ?? []), id]);
      let sum = 0;
      for (const ids of months.values()) sum += perturb(ids.length, cellKeyOf(ids.reduce((t, id) => t + keys.get(id)!, 0)), k);
      return sum;
    };
    const london = (at: string) =>
      new Date(at).toLocaleDateString("en-GB", { timeZone: "Europe/London", month: "numeric", year: "numeric" });
    const utc = (at: string) => at.slice(0, 7);
    expect(res.data.serviceStats.current.safeguardingConcerns.value).toBe(published(london));
    // The data tell the two apart: grouped by UTC month the figure would be another.
    expect(published(utc)).not.toBe(published(london));
  });
});
