import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { graphql } from "../support/gql/index.js";

/*
 * The queue sorts by a SQL expression; the dashboard explains it with reasons computed in
 * TypeScript. Both come from one table of weights; this checks they never disagree.
 */

const QUEUE = graphql(`query QueuePriorities { triageQueue(first: 100) { edges { node { priority priorityReasons { weight } } } } }`);

let server: TestServer;
let team: Awaited<ReturnType<typeof createServiceWithTeam>>;
const asOf = new Date("2026-03-27T16:30:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => asOf });
  team = await createServiceWithTeam(server);
});
afterAll(() => server?.close());

const stages = ["NO_SUPPORT_YET", "SEN_SUPPORT", "EHC_NEEDS_ASSESSMENT", "DRAFT_PLAN", "EHC_PLAN", "APPEAL_TRIBUNAL", "EXCLUSION"] as const;
const kinds = ["TRIBUNAL", "MEETING", "APPEAL_DEADLINE", "EXCLUSION_HEARING", "FINAL_PLAN_DUE", "OTHER", "DECISION_LETTER"] as const;
const hour = 3_600_000;

const facts = fc.record({
  safeguardingFlag: fc.boolean(),
  excludedOrNoPlace: fc.boolean(),
  childInNeedOrLookedAfter: fc.boolean(),
  currentStage: fc.constantFrom(...stages),
  receivedHoursAgo: fc.integer({ min: 0, max: 24 * 14 }),
  responded: fc.boolean(),
  override: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  keyDates: fc.array(fc.record({ kind: fc.constantFrom(...kinds), inDays: fc.integer({ min: -5, max: 40 }) }), { maxLength: 3 }),
});

describe("priority", () => {
  it("is always the sum of the weights of its reasons, as the queue's SQL computes it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(facts, { minLength: 1, maxLength: 8 }), async (batch) => {
        await server.db.execute(sql`delete from key_dates`);
        await server.db.execute(sql`update referrals set status = 'CLOSED'`);
        for (const f of batch) {
          const receivedAt = new Date(asOf.getTime() - f.receivedHoursAgo * hour);
          const [r] = await server.db
            .insert(tables.referrals)
            .values({
              serviceId: team.service.id,
              reference: `P-${Math.random().toString(36).slice(2, 10)}`,
              channel: "HELPLINE",
              source: "PARENT_CARER",
              currentStage: f.currentStage,
              receivedAt,
              // Target one day, maximum two (calendar hours are enough for this property).
              responseTargetAt: new Date(receivedAt.getTime() + 24 * hour),
              responseDeadlineAt: new Date(receivedAt.getTime() + 48 * hour),
              firstRespondedAt: f.responded ? new Date(receivedAt.getTime() + hour) : null,
              safeguardingFlag: f.safeguardingFlag,
              excludedOrNoPlace: f.excludedOrNoPlace,
              childInNeedOrLookedAfter: f.childInNeedOrLookedAfter,
              priorityOverride: f.override,
              priorityOverrideReason: f.override === null ? null : "test",
            })
            .returning({ id: tables.referrals.id });
          for (const k of f.keyDates) {
            const on = new Date(asOf.getTime() + k.inDays * 24 * hour).toISOString().slice(0, 10);
            await server.db.insert(tables.keyDates).values({ serviceId: team.service.id, referralId: r.id, kind: k.kind, on });
          }
        }
        const res = await server.gql(QUEUE, {}, team.MANAGER.token);
        expect(res.errors).toBeUndefined();
        const nodes = res.data.triageQueue.edges.map((e) => e.node);
        expect(nodes.length).toBe(batch.length);
        for (const n of nodes) expect(n.priorityReasons.reduce((s, r) => s + r.weight, 0)).toBe(n.priority);
        const priorities = nodes.map((n) => n.priority);
        expect(priorities).toEqual([...priorities].sort((x, y) => y - x));
      }),
      { numRuns: 40 },
    );
  });
});
