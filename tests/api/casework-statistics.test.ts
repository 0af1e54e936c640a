import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, signIn } from "../support/factories.js";
import { openCase } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";

/*
 * The statistics count casework's new facts (issue 20, decision 042): level at closure, escalations,
 * a case closed, reopened and closed again (opened once, closed twice, reopened once), sessions and
 * attendance, poor practice and positive outcomes — exact for managers, protected for steering.
 */

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let clock = new Date("2026-11-10T10:00:00Z");

const STATS = graphql(`query CaseworkStats($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) {
    figures suppressionThreshold
    current {
      casesOpenedByLevel { total { value } }
      casesClosedByLevel { cells { key value } total { value } }
      casesOpenAtEndByLevel { total { value } }
      casesReopened { value }
      levelChanges { cells { key value } total { value } }
      sessionsByTopic { cells { key value } total { value } }
      sessionsByKind { total { value } }
      sessionAttendanceByTopic { cells { key value } total { value } }
      sessionEvaluationScores { key value suppressed }
      poorPracticeByCategory { cells { key value } total { value } }
      positiveOutcomes { value }
    }
  }
}`);
const CLOSE = graphql(`mutation StatsClose($input: CloseCaseInput!) { closeCase(input: $input) { case { id status } } }`);
const REOPEN = graphql(`mutation StatsReopen($input: ReopenCaseInput!) { reopenCase(input: $input) { id status } }`);
const LEVEL = graphql(`mutation StatsLevel($input: ChangeCaseLevelInput!) { changeCaseLevel(input: $input) { id level } }`);
const SESSION = graphql(`mutation StatsSession($input: RecordGroupSessionInput!) { recordGroupSession(input: $input) { id } }`);
const EVALUATE = graphql(
  `mutation StatsSessionEvaluate($input: RecordSessionEvaluationsInput!) { recordSessionEvaluations(input: $input) { id } }`,
);
const NOTE = graphql(`mutation StatsNote($input: RecordMonitoringNoteInput!) { recordMonitoringNote(input: $input) { id } }`);

const ok = <T extends { errors?: unknown }>(res: T) => {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res;
};
/** Move the clock, and sign everyone in again (sessions lapse when days pass). */
async function at(iso: string) {
  clock = new Date(iso);
  for (const who of [a.MANAGER, a.OFFICER, a.STEERING]) who.token = await signIn(server, who.email);
}

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Stats A");
  await server.db.update(tables.staff).set({ capacity: 500 }).where(eq(tables.staff.id, a.OFFICER.id));

  await at("2026-11-10T10:00:00Z");
  const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { receivedAt: "2026-11-09T10:00:00Z" });
  ok(await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "NO_CONTACT" } }, a.MANAGER.token));
  await at("2026-11-12T10:00:00Z");
  ok(await server.gql(REOPEN, { input: { caseId: c.caseId, reason: "Family back about the same plan." } }, a.MANAGER.token));
  await at("2026-11-16T10:00:00Z");
  ok(await server.gql(LEVEL, { input: { caseId: c.caseId, level: 3, reason: "Tribunal appeal lodged." } }, a.MANAGER.token));
  await at("2026-11-20T10:00:00Z");
  ok(await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "OTHER", note: "Family withdrew." } }, a.MANAGER.token));

  const s = ok(
    await server.gql(
      SESSION,
      {
        input: {
          kind: "TRAINING",
          title: "Annual reviews",
          heldOn: "2026-11-18",
          topic: "ANNUAL_REVIEWS",
          facilitator: "Priya Shah",
          attendance: 7,
        },
      },
      a.OFFICER.token,
    ),
  ).data!.recordGroupSession.id;
  ok(
    await server.gql(
      EVALUATE,
      { input: { sessionId: s, forms: [4, 5, 3].map((u) => ({ usefulness: u, impartiality: 5 })) } },
      a.OFFICER.token,
    ),
  );
  const note = { kind: "POOR_PRACTICE" as const, category: "STATUTORY_TIMESCALES" as const, agencyType: "LOCAL_AUTHORITY" as const };
  ok(await server.gql(NOTE, { input: { ...note, month: "2026-11-05", summary: "Plan issued late with no reason." } }, a.OFFICER.token));
  ok(
    await server.gql(
      NOTE,
      { input: { kind: "POSITIVE_OUTCOME", month: "2026-11-05", summary: "Parent co-produced the leaflet." } },
      a.OFFICER.token,
    ),
  );
  await at("2026-12-02T10:00:00Z");
});
afterAll(() => server?.close());

const cell = (cells: readonly { key: string; value: number | null }[], key: string) => cells.find((c) => c.key === key)?.value;

describe("serviceStats: casework part 3", () => {
  it("counts a case closed, reopened and closed again as opened once, closed twice (at its level each time) and reopened once", async () => {
    const s = ok(await server.gql(STATS, { from: "2026-11-01", to: "2026-11-30" }, a.MANAGER.token)).data!.serviceStats;
    expect(s.figures).toBe("EXACT");
    const c = s.current;
    expect(c.casesOpenedByLevel.total.value).toBe(1);
    expect(c.casesClosedByLevel.total.value).toBe(2);
    expect(cell(c.casesClosedByLevel.cells, "2")).toBe(1);
    expect(cell(c.casesClosedByLevel.cells, "3")).toBe(1);
    expect(c.casesReopened.value).toBe(1);
    expect(cell(c.levelChanges.cells, "ESCALATED")).toBe(1);
    expect(c.casesOpenAtEndByLevel.total.value).toBe(0);
  });

  it("does not count a case closed at the end of a period and reopened after it as open then", async () => {
    const s = ok(await server.gql(STATS, { from: "2026-11-01", to: "2026-11-11" }, a.MANAGER.token)).data!.serviceStats;
    expect(s.current.casesOpenAtEndByLevel.total.value).toBe(0);
    expect(s.current.casesClosedByLevel.total.value).toBe(1);
  });

  it("counts sessions and attendance by topic, session scores, poor practice by kind and positive outcomes", async () => {
    const c = ok(await server.gql(STATS, { from: "2026-11-01", to: "2026-11-30" }, a.MANAGER.token)).data!.serviceStats.current;
    expect(cell(c.sessionsByTopic.cells, "ANNUAL_REVIEWS")).toBe(1);
    expect(c.sessionsByKind.total.value).toBe(1);
    expect(cell(c.sessionAttendanceByTopic.cells, "ANNUAL_REVIEWS")).toBe(7);
    expect(c.sessionEvaluationScores).toContainEqual({ key: "usefulness", value: 4, suppressed: false });
    expect(cell(c.poorPracticeByCategory.cells, "STATUTORY_TIMESCALES")).toBe(1);
    expect(c.positiveOutcomes.value).toBe(1);
  });

  it("gives steering only protected figures: every new count is 0 or at least k", async () => {
    const s = ok(await server.gql(STATS, { from: "2026-11-01", to: "2026-11-30" }, a.STEERING.token)).data!.serviceStats;
    expect(s.figures).toBe("PROTECTED");
    const k = s.suppressionThreshold;
    const c = s.current;
    const values = [
      c.casesReopened.value,
      c.positiveOutcomes.value,
      ...[c.levelChanges, c.sessionsByTopic, c.sessionAttendanceByTopic, c.poorPracticeByCategory, c.casesClosedByLevel].flatMap((b) =>
        b.cells.map((x) => x.value),
      ),
    ];
    for (const v of values) expect(v === 0 || (v ?? 0) >= k, `${v} with k=${k}`).toBe(true);
    // Three forms is fewer than k: the mean is not given.
    expect(c.sessionEvaluationScores.every((m) => m.value === null)).toBe(true);
  });
});
