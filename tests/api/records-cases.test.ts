import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff } from "../support/factories.js";
import { openCase } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";
import type { CaseListFilter } from "../support/gql/graphql.js";

/* Issue 19, part 5: every case of the service for managers, and the officer's own, paginated and filterable. */

const CASES = graphql(`query CaseList($filter: CaseListFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { caseId reference status level heldById heldBy contactName } }
  }
}`);

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
const clock = new Date("2026-11-24T10:00:00Z");
const mine: string[] = [];
const theirs: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
  const other = await createStaff(server, { serviceId: a.service.id, role: "OFFICER" });
  for (const level of [1, 2, 3]) mine.push((await openCase(server, a.MANAGER.token, a.OFFICER.id, level)).caseId);
  for (const level of [2, 2]) theirs.push((await openCase(server, a.MANAGER.token, other.id, level)).caseId);
  await openCase(server, b.MANAGER.token, b.OFFICER.id, 2);
});
afterAll(() => server?.close());

const list = async (token: string | undefined, filter?: CaseListFilter, first?: number, after?: string) =>
  server.gql(CASES, { filter, first, after }, token);
const ids = (res: Awaited<ReturnType<typeof list>>) => res.data.cases.edges.map((e) => e.node.caseId).sort();

describe("cases", () => {
  it("lists every case of the service for a manager, filtered by level, status and holder", async () => {
    expect(ids(await list(a.MANAGER.token))).toEqual([...mine, ...theirs].sort());
    expect(ids(await list(a.MANAGER.token, { level: [2] }))).toEqual([mine[1], ...theirs].sort());
    expect(ids(await list(a.MANAGER.token, { staffId: a.OFFICER.id }))).toEqual([...mine].sort());
    expect((await list(a.MANAGER.token, { status: ["CLOSED"] })).data.cases.totalCount).toBe(0);
    expect((await list(a.MANAGER.token, { status: ["OPEN"] })).data.cases.totalCount).toBe(5);
  });

  it("pages with a cursor", async () => {
    const one = await list(a.MANAGER.token, {}, 3);
    expect(one.data.cases.edges).toHaveLength(3);
    expect(one.data.cases.pageInfo.hasNextPage).toBe(true);
    const two = await list(a.MANAGER.token, {}, 3, one.data.cases.pageInfo.endCursor!);
    expect(two.data.cases.edges).toHaveLength(2);
    expect(new Set([...ids(one), ...ids(two)]).size).toBe(5);
  });

  it("shows an officer only the cases they hold, whatever holder they ask for", async () => {
    expect(ids(await list(a.OFFICER.token))).toEqual([...mine].sort());
    const other = theirs.length
      ? (await list(a.MANAGER.token, { level: [2], staffId: undefined })).data.cases.edges[0].node.heldById
      : null;
    expect(ids(await list(a.OFFICER.token, { staffId: other }))).toEqual([...mine].sort());
  });

  it("refuses a bad filter, steering, an administrator and an anonymous caller; never shows another service's cases", async () => {
    expect((await list(a.MANAGER.token, { level: [7] })).errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "filter.level.0",
    });
    expect((await list(a.MANAGER.token, {}, 500)).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect((await list(a.STEERING.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await list(a.ADMIN.token)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await list(undefined)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await list(b.MANAGER.token)).data.cases.totalCount).toBe(1);
  });
});
