import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { openRawSocket } from "../support/raw-ws.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";
import { operationText } from "../support/operation.js";

// Hostile input answers 4xx with the standard codes and no internals (issue 16, decision 025).

const TYPENAME = graphql(`query HostileTypename { __typename }`);
const LOGIN = graphql(`mutation HostileLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`);
const RECEIVED = graphql(`subscription HostileReceived { referralReceived { id } }`);

let server: TestServer;
let team: Awaited<ReturnType<typeof createServiceWithTeam>>;
const logged: string[] = [];

beforeAll(async () => {
  server = await startTestServer({
    log: (msg, detail) => logged.push(`${msg} ${detail instanceof Error ? detail.stack : String(detail ?? "")}`),
  });
  team = await createServiceWithTeam(server);
});
afterAll(() => server?.close());

/** POST a raw body; the status and the parsed answer. */
async function post(body: string | Record<string, unknown>, token?: string) {
  const res = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as { data?: any; errors?: any[] } };
}

const INTERNALS = /RangeError|Maximum call stack|stack|at \S+ \(|\.ts:\d+|INTERNAL_SERVER_ERROR|Failed query|22021/;
const rowCount = async (table: typeof tables.sessions | typeof tables.referrals) =>
  (await server.db.select({ n: count() }).from(table))[0]!.n;

describe("documents over HTTP", () => {
  it("answers a syntax error with 400 GRAPHQL_PARSE_FAILED and where it is", async () => {
    const res = await post({ query: "{ me { " }, team.MANAGER.token);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        message: expect.stringMatching(/^Syntax Error/),
        locations: [{ line: 1, column: 8 }],
        extensions: { code: "GRAPHQL_PARSE_FAILED" },
      },
    ]);
  });

  it("answers a validation error with 400 GRAPHQL_VALIDATION_FAILED", async () => {
    const res = await post({ query: "{ nope }" }, team.MANAGER.token);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
  });

  it("answers a document over the token limit with 400 GRAPHQL_PARSE_FAILED", async () => {
    const res = await post({ query: `{ me { ${"id ".repeat(4000)} } }` }, team.MANAGER.token);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/3000 tokens/),
      extensions: { code: "GRAPHQL_PARSE_FAILED" },
    });
  });

  it.each([1_000, 2_999, 10_000, 100_000])("answers a list literal nested %i deep with 400 and no internals", async (depth) => {
    const res = await post(
      { query: `{ triageQueue(filter: { status: ${"[".repeat(depth)}${"]".repeat(depth)} }) { totalCount } }` },
      team.MANAGER.token,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    expect(res.text).not.toMatch(INTERNALS);
  });

  it("answers variables nested 100,000 deep with 400 BAD_USER_INPUT", async () => {
    const depth = 100_000;
    const body = `{"query":"query Deep($f: TriageQueueFilter) { triageQueue(filter: $f) { totalCount } }","variables":{"f":{"status":${"[".repeat(depth)}${"]".repeat(depth)}}}}`;
    const res = await post(body, team.MANAGER.token);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: expect.stringMatching(/^f\.status/) });
    expect(res.text).not.toMatch(INTERNALS);
  });

  it("refuses a subscription sent over HTTP with 400, saying where subscriptions are served", async () => {
    const res = await post({ query: operationText(RECEIVED) }, team.MANAGER.token);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/WebSocket/), extensions: { code: "BAD_REQUEST" } });
  });

  it("refuses a persisted-query hash with 400: the dashboard sends whole documents", async () => {
    const hashOnly = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    const wrongHash = await post({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "abc" } } });
    for (const res of [hashOnly, wrongHash]) {
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions).toEqual({ code: "PERSISTED_QUERY_NOT_SUPPORTED" });
    }
  });

  it("refuses a body that is not valid UTF-8 with 400", async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"query":"{ publicService(slug: \\"a'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('\\") { name } }"}'),
    ]);
    const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: bytes });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions).toEqual({ code: "BAD_REQUEST" });
  });
});

describe("text that cannot be stored, in any string input", () => {
  const unsafe = {
    "a NUL byte": "jo\u0000@example.org",
    "a lone high surrogate": "jo\ud800@example.org",
    "a lone low surrogate": "\udc00jo@example.org",
  };

  for (const [what, value] of Object.entries(unsafe)) {
    it(`refuses ${what} in login(email) as a variable: 400 BAD_USER_INPUT naming the field, no session`, async () => {
      const sessions = await rowCount(tables.sessions);
      const res = await post({ query: operationText(LOGIN), variables: { e: value, p: "x" } });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { message: "This contains characters we cannot store.", extensions: { code: "BAD_USER_INPUT", field: "email" } },
      ]);
      expect(await rowCount(tables.sessions)).toBe(sessions);
    });
  }

  it("refuses a NUL byte written into the document (login(email), publicService(slug))", async () => {
    const login = await post({ query: `mutation { login(email: "jo\\u0000@example.org", password: "x") { token } }` });
    expect(login.status).toBe(400);
    expect(login.body.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "email" });
    const slug = await post({ query: `{ publicService(slug: "a\\u0000b") { name } }` });
    expect(slug.status).toBe(400);
    expect(slug.body.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "slug" });
  });

  it("answers a lone surrogate written into the document as the syntax error GraphQL defines it to be", async () => {
    const res = await post({ query: `{ publicService(slug: "a\\ud800b") { name } }` });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toEqual({ code: "GRAPHQL_PARSE_FAILED" });
  });

  it("names the nested field of a mutation's input, and records nothing", async () => {
    const before = await rowCount(tables.referrals);
    const input = createReferralInput({ child: { educationSetting: "Oak\u0000 Primary" } });
    const res = await post({ query: operationText(CREATE), variables: { input } }, team.MANAGER.token);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.child.educationSetting" });
    const inList = createReferralInput({ contact: { accessibilityNeeds: ["LARGE_PRINT", "\udfff" as never] } });
    const listed = await post({ query: operationText(CREATE), variables: { input: inList } }, team.MANAGER.token);
    expect(listed.body.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.contact.accessibilityNeeds.1" });
    const key = await post(
      { query: operationText(CREATE), variables: { input: { ...createReferralInput(), ["x\u0000"]: 1 } } },
      team.MANAGER.token,
    );
    expect(key.body.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "input" });
    expect(await rowCount(tables.referrals)).toBe(before);
  });

  it("names the argument a variable fills, whatever the variable is called, and checks variables the operation does not use", async () => {
    const renamed = await post({
      query: `mutation M($anything: String!) { login(email: $anything, password: "x") { token } }`,
      variables: { anything: "\u0000" },
    });
    expect(renamed.body.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "email" });
    const unused = await post({ query: "{ __typename }", variables: { stray: "\u0000" } });
    expect(unused.status).toBe(400);
    expect(unused.body.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "stray" });
  });

  it("never reaches the database with it: nothing unexpected is logged", async () => {
    logged.length = 0;
    await post({ query: operationText(LOGIN), variables: { e: "a\u0000", p: "b\u0000" } });
    await post({ query: `{ publicService(slug: "\\u0000") { name } }` });
    expect(logged).toEqual([]);
    expect((await server.gql(TYPENAME)).data).toEqual({ __typename: "Query" });
  });
});

describe("hostile input over the WebSocket", () => {
  const INCLUDE = `subscription Include($x: Boolean!) { referralReceived { id @include(if: $x) } }`;

  it("errors only the operation at fault: the socket and its other subscriptions carry on", async () => {
    const ws = await openRawSocket(server.wsUrl, team.MANAGER.token);
    ws.sendRaw(JSON.stringify({ type: "subscribe", id: "good", payload: { query: operationText(RECEIVED) } }));
    const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
      ["syntax", { query: "subscription { referralReceived { id }" }, { code: "GRAPHQL_PARSE_FAILED" }],
      ["invalid", { query: "subscription { nope }" }, { code: "GRAPHQL_VALIDATION_FAILED" }],
      ["deep", { query: `subscription { referralReceived(x: ${"[".repeat(2999)}) { id } }` }, { code: "GRAPHQL_PARSE_FAILED" }],
      ["bad-variable", { query: INCLUDE, variables: { x: "yes" } }, { code: "BAD_USER_INPUT", field: "x" }],
      ["object-variable", { query: INCLUDE, variables: { x: { a: [1] } } }, { code: "BAD_USER_INPUT", field: "x" }],
      ["nul-variable", { query: INCLUDE, variables: { x: true, note: "a\u0000" } }, { code: "BAD_USER_INPUT", field: "note" }],
      ["surrogate-variable", { query: INCLUDE, variables: { x: "\ud800" } }, { code: "BAD_USER_INPUT", field: "if" }],
      [
        "nul-literal",
        { query: `subscription S { referralReceived { id } } query Q { publicService(slug: "\\u0000") { name } }`, operationName: "S" },
        { code: "BAD_USER_INPUT", field: "slug" },
      ],
    ];
    for (const [id, payload, extensions] of cases) {
      // Refused before it starts (`error`), or, for a variable's value, a result carrying only errors (`next`).
      const answer = await ws.subscribe(id, payload);
      const errors = answer.type === "error" ? answer.payload : answer.payload.errors;
      expect(answer.type === "error" || (answer.type === "next" && answer.payload.data == null), id).toBe(true);
      expect(errors[0].extensions, id).toEqual(extensions);
      expect(JSON.stringify(answer.payload), id).not.toMatch(INTERNALS);
      expect(ws.isOpen(), id).toBe(true);
    }
    // The subscription opened first still receives events.
    await server.gql(CREATE, { input: createReferralInput() }, team.MANAGER.token);
    const event = await ws.nextFor("good");
    expect(event).toMatchObject({ type: "next", payload: { data: { referralReceived: { id: expect.any(String) } } } });
    expect(ws.isOpen()).toBe(true);
    await ws.close();
  });
});
