import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { seedDemo } from "server/seed/demo.ts";
import { startTestServer, type TestServer } from "../support/server.js";
import { signIn } from "../support/factories.js";
import { graphql } from "../support/gql/index.js";

const TEAM_CASELOAD = graphql(`query DemoTeamCaseload { team { id openCases } }`);

let server: TestServer;
const now = new Date("2026-12-04T12:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => now });
  await seedDemo({ db: server.db, now });
});
afterAll(() => server?.close());

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await server.db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(res) ? res : (res.rows ?? []);
}

describe("the demo service", () => {
  it("has two years of history, every month with referrals, busier in the autumn than in August", async () => {
    const months = await rows<{ month: string; n: number }>(
      sql`select to_char(received_at at time zone 'Europe/London', 'YYYY-MM') as month, count(*)::int as n
          from referrals r join services s on s.id = r.service_id where s.slug = 'demo' group by 1 order by 1`,
    );
    expect(months.length).toBeGreaterThanOrEqual(24);
    expect(months[0]!.month <= "2024-12").toBe(true);
    for (const m of months) expect(m.n, m.month).toBeGreaterThan(0);
    const of = (month: string) => months.find((m) => m.month === month)?.n ?? 0;
    expect(of("2025-10")).toBeGreaterThan(of("2025-08"));
  });

  it("closed every historical case, so today's caseloads are the recent demo's only", async () => {
    const [open] = await rows<{ n: number }>(
      sql`select count(*)::int as n from cases c join referrals r on r.id = c.referral_id
          where c.status <> 'CLOSED' and r.received_at < ${new Date(now.getTime() - 29 * 86_400_000).toISOString()}::timestamptz`,
    );
    expect(open!.n).toBe(0);
    const [closed] = await rows<{ n: number }>(sql`select count(*)::int as n from cases where status = 'CLOSED'`);
    expect(closed!.n).toBeGreaterThan(400);
    const token = await signIn(server, "manager@demo.sendiass.test", "demo-password-2026");
    const team = await server.gql(TEAM_CASELOAD, {}, token);
    expect(team.errors).toBeUndefined();
    const [current] = await rows<{ n: number }>(sql`select count(*)::int as n from cases where status <> 'CLOSED'`);
    expect(team.data.team.reduce((sum, m) => sum + m.openCases, 0)).toBe(current!.n);
  });
});
