import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { openAcceptedCase } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";

/*
 * Decision 029: evaluations nobody can link to a case. The attempts of issue 17, written as tests
 * that must fail to link: the unique (month, level, channel) of a response, the transaction id
 * (xmin) shared with the invitation and with the case, the order, and reading one comment alone.
 */

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
const clock = new Date("2026-11-25T09:00:00Z");
const K = 5;

const CLOSE = graphql(`mutation CloseCaseForLinkage($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }`);
const EVALUATE = graphql(`mutation SubmitEvaluationForLinkage($t: String!, $a: EvaluationAnswersInput!) {
  submitEvaluation(token: $t, answers: $a) { received }
}`);
const BATCHES = graphql(
  `query EvaluationBatches($from: LocalDate!, $to: LocalDate!) { evaluationBatches(from: $from, to: $to) { month responses comments } }`,
);
const NOVEMBER = { from: "2026-11-01", to: "2026-11-30" };

const rows = async <T>(statement: ReturnType<typeof sql>): Promise<T[]> => {
  const res = (await server.db.execute(statement)) as unknown;
  return (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as T[];
};

const closed: { caseId: string; token: string; level: number }[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Linkage");
  await server.db.update(tables.staff).set({ capacity: 500 }).where(eq(tables.staff.id, a.OFFICER.id));
  // Six cases closed in November; the first is the only level 1 case, closed after a letter.
  for (const [i, level] of [1, 2, 2, 2, 3, 3].entries()) {
    // Picked up (the rule of decision 034: an unworked case cannot close as outcome achieved).
    const c = await openAcceptedCase(server, a.MANAGER.token, a.OFFICER, level, {
      receivedAt: `2026-11-0${i + 1}T10:00:00Z`,
      ...(i === 0 ? { channel: "LETTER" as const } : {}),
    });
    const res = await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "OUTCOME_ACHIEVED" } }, a.OFFICER.token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    closed.push({ caseId: c.caseId, token: res.data.closeCase.evaluationToken!, level });
  }
}, 120_000);
afterAll(() => server?.close());

const answer = (comment: string) => ({ helpfulness: 5, impartiality: 4, wouldRecommend: true, comment });

describe("evaluations in batches (decision 029)", () => {
  it("keeps answers unread until the service has k of them, then releases them together", async () => {
    // The unique case answers first: "Vera was great".
    for (const [i, c] of closed.slice(0, K - 1).entries()) {
      const res = await server.gql(EVALUATE, { t: c.token, a: answer(i === 0 ? "Vera was great" : `Comment ${i}`) });
      expect(res.errors).toBeUndefined();
    }
    expect(await server.db.select().from(tables.evaluationResponses)).toEqual([]);
    expect((await server.gql(BATCHES, NOVEMBER, a.MANAGER.token)).data.evaluationBatches).toEqual([]);
    const stats = await server.gqlUnchecked(
      `query { serviceStats(from: "2026-11-01", to: "2026-11-30") { current { evaluationScores { key value } } } }`,
      {},
      a.MANAGER.token,
    );
    expect((stats.data as { serviceStats: { current: { evaluationScores: unknown[] } } }).serviceStats.current.evaluationScores).toEqual(
      [],
    );

    await server.gql(EVALUATE, { t: closed[K - 1]!.token, a: answer("A helpful service") });
    expect(await server.db.select().from(tables.evaluationPending)).toEqual([]);
    const released = await server.db.select().from(tables.evaluationResponses);
    expect(released).toHaveLength(K);
    expect(new Set(released.map((r) => r.batchId)).size).toBe(1);
    expect(released.every((r) => r.batchMonth === "2026-11-01")).toBe(true);
  });

  it("gives a manager the comments per batch, alphabetical and dated by the month only; nobody else", async () => {
    const res = await server.gql(BATCHES, NOVEMBER, a.MANAGER.token);
    expect(res.data.evaluationBatches).toEqual([
      { month: "2026-11-01", responses: K, comments: ["A helpful service", "Comment 1", "Comment 2", "Comment 3", "Vera was great"] },
    ]);
    for (const role of ["STEERING", "OFFICER", "VOLUNTEER", "ADMIN"] as const)
      expect((await server.gql(BATCHES, NOVEMBER, a[role].token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(BATCHES, NOVEMBER)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("stores nothing with a response that names its case's month, level or channel, nor any time", async () => {
    const columns = await rows<{ table_name: string; column_name: string; data_type: string }>(
      sql`select table_name, column_name, data_type from information_schema.columns
        where table_name in ('evaluation_responses', 'evaluation_pending') order by table_name, column_name`,
    );
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      "evaluation_pending.answers",
      "evaluation_pending.id",
      "evaluation_pending.service_id",
      "evaluation_responses.answers",
      "evaluation_responses.batch_id",
      "evaluation_responses.batch_month",
      "evaluation_responses.id",
      "evaluation_responses.service_id",
      // The statistics key (decision 066): generated from the response's own random id, so it links to nothing else.
      "evaluation_responses.stats_key",
    ]);
    expect(columns.filter((c) => /time/.test(c.data_type))).toEqual([]);
  });

  it("fails to match the only level 1, letter-closed case of November to its answer", async () => {
    const [vera] = await rows<{ batch_id: string; batch_month: string }>(
      sql`select batch_id::text, batch_month::text from evaluation_responses where answers->>'comment' = 'Vera was great'`,
    );
    // The attacker's best key is what the response holds: the batch's month. Every returned invitation
    // of the service closed in or before that month is a candidate: the whole batch or more.
    const candidates = await rows<{ n: number }>(
      sql`select count(*)::int as n from evaluation_invitations where service_id = ${a.service.id} and returned and closure_month <= ${vera!.batch_month}::date`,
    );
    expect(Number(candidates[0]!.n)).toBeGreaterThanOrEqual(K);
    const sameBatch = await rows<{ n: number }>(
      sql`select count(*)::int as n from evaluation_responses where batch_id = ${vera!.batch_id}::uuid`,
    );
    expect(Number(sameBatch[0]!.n)).toBeGreaterThanOrEqual(K);
  });

  it("fails to link by transaction id: a response shares it only with its whole batch, never with its own invitation or case", async () => {
    const responses = await rows<{ xmin: string; comment: string }>(
      sql`select xmin::text as xmin, answers->>'comment' as comment from evaluation_responses`,
    );
    const invitations = await rows<{ xmin: string; returned: boolean }>(
      sql`select xmin::text as xmin, returned from evaluation_invitations where service_id = ${a.service.id}`,
    );
    const cases = await rows<{ xmin: string; id: string }>(
      sql`select xmin::text as xmin, id::text from cases where service_id = ${a.service.id}`,
    );
    // Every response of the batch has the same transaction id: it names the batch, not a family.
    expect(new Set(responses.map((r) => r.xmin)).size).toBe(1);
    const batchXmin = responses[0]!.xmin;
    // At most one invitation shares it (the answer that completed the batch), and no case does.
    expect(invitations.filter((i) => i.xmin === batchXmin).length).toBeLessThanOrEqual(1);
    expect(cases.filter((c) => c.xmin === batchXmin)).toEqual([]);
    // The unreturned invitation still shares its case's transaction (it is written when the case
    // closes), and that is all it shares: no response carries that transaction id.
    const unreturned = invitations.filter((i) => !i.returned);
    expect(unreturned).toHaveLength(1);
    expect(responses.some((r) => r.xmin === unreturned[0]!.xmin)).toBe(false);
    // "Vera was great" came first; nothing in its row says so.
    const vera = responses.find((r) => r.comment === "Vera was great")!;
    expect(vera.xmin).toBe(batchXmin);
  });

  it("releases a batch in an order unrelated to the order the answers came in", async () => {
    // Ten more answers in two batches, each released shuffled (order by random()): over both batches the
    // stored order is not always the order of arrival.
    const more = [];
    for (let i = 0; i < 2 * K; i++) {
      const c = await openAcceptedCase(server, a.MANAGER.token, a.OFFICER, 2, { receivedAt: "2026-11-20T10:00:00Z" });
      const res = await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "OUTCOME_ACHIEVED" } }, a.OFFICER.token);
      more.push(res.data.closeCase.evaluationToken!);
    }
    for (const [i, t] of more.entries()) await server.gql(EVALUATE, { t, a: answer(`Arrival ${String(i).padStart(2, "0")}`) });
    const stored = await rows<{ comment: string }>(
      sql`select answers->>'comment' as comment from evaluation_responses where answers->>'comment' like 'Arrival%' order by ctid`,
    );
    expect(stored).toHaveLength(2 * K);
    const inArrivalOrder = stored.map((r) => r.comment).join() === more.map((_, i) => `Arrival ${String(i).padStart(2, "0")}`).join();
    // Two shuffles of five both landing in arrival order: 1 in 14,400.
    expect(inArrivalOrder).toBe(false);
  });
});
