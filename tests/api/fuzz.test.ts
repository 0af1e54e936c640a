import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import WebSocket from "ws";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { graphql } from "../support/gql/index.js";

/*
 * Generated hostile documents and variables over HTTP and the WebSocket (issue 16, decision 025): no
 * answer is a 5xx, none carries an internal error or a stack trace, nothing unexpected is logged, and
 * the server still answers a normal query quickly afterwards. The seed is fixed so a failure
 * reproduces; FUZZ_SEED overrides it.
 */

const seed = Number(process.env.FUZZ_SEED ?? 20261204);
const QUEUE = graphql(`query FuzzQueue { triageQueue(first: 5) { totalCount edges { node { id reference status } } } }`);

let server: TestServer;
let token: string;
const unexpected: string[] = [];

beforeAll(async () => {
  server = await startTestServer({
    log: (msg, detail) => unexpected.push(`${msg}: ${detail instanceof Error ? (detail.stack ?? detail.message) : String(detail ?? "")}`),
  });
  token = (await createServiceWithTeam(server)).MANAGER.token;
});
afterAll(() => server?.close());

// ---- What is generated ----

/** Documents the dashboard really sends (and a few with every kind of argument), as starting points. */
const BASES = [
  `query Q($first: Int, $after: String, $filter: TriageQueueFilter) { triageQueue(first: $first, after: $after, filter: $filter) { totalCount edges { cursor node { id reference status } } } }`,
  `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
  `query P($slug: String!) { publicService(slug: $slug) { name } }`,
  `mutation C($input: CreateReferralInput!) { createReferral(input: $input) { id reference } }`,
  `query R($id: ID!) { referral(id: $id) { id status keyDates { id kind on } } }`,
  `query M { me { id role serviceName } }`,
  `subscription S { referralReceived { id reference } }`,
  `subscription T($x: Boolean!) { triageQueueChanged { change referralId @include(if: $x) } }`,
];

const hostileText = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\ud800",
    "\udfff",
    "x\ud83d",
    "😀",
    "<script>alert(1)</script>",
    "' or 1=1 --",
    "%00",
    "\\",
    '"',
    "\u202e",
    "\uffff",
    "00000000-0000-0000-0000-000000000000",
    "x".repeat(5_000),
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 }),
);

/** Any JSON-like value, hostile strings included, nested up to a few levels. */
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        fc.constantFrom("status", "channel", "contact", "child", "email", "fullName", "\u0000", "__proto__"),
        fc.string({ maxLength: 6 }),
      ),
      tie("value"),
      { maxKeys: 4 },
    ),
  ),
})).value;

const deepList = fc.integer({ min: 1, max: 6_000 }).map((n) => `${"[".repeat(n)}${"]".repeat(n % 3 === 0 ? n : 0)}`);
const token_ = fc.oneof(
  fc.constantFrom("{", "}", "[", "]", "(", ")", ":", "!", "=", "$x", "$input", "...", "@include(if: $x)", "@skip(if: true)", "__typename"),
  fc.constantFrom("query", "mutation", "subscription", "fragment F on Query { __typename }", "...F", "on", "null", "true", "1e309", "-0"),
  fc.constantFrom(
    `"\\u0000"`,
    `"\\ud800"`,
    `"""block \\""" string"""`,
    `"unterminated`,
    "#comment\n",
    "\u0000",
    "\ud800",
    "me",
    "triageQueue",
    "login",
  ),
  hostileText.map((s) => JSON.stringify(s)),
  deepList,
);

/** A real document with tokens inserted at random places, or a random token sequence. */
const hostileDocument = fc.oneof(
  fc
    .tuple(fc.constantFrom(...BASES), fc.array(fc.tuple(fc.nat(), token_), { minLength: 1, maxLength: 5 }))
    .map(([base, edits]) =>
      edits.reduce((doc, [at, t]) => `${doc.slice(0, at % (doc.length + 1))} ${t} ${doc.slice(at % (doc.length + 1))}`, base),
    ),
  fc.array(token_, { maxLength: 30 }).map((ts) => ts.join(" ")),
  fc.constantFrom(...BASES),
);

const hostileVariables = fc.oneof(
  fc.dictionary(fc.constantFrom("first", "after", "filter", "e", "p", "slug", "input", "id", "x", "stray"), hostileValue, { maxKeys: 4 }),
  hostileValue,
);

const hostileRequest = fc.record({
  query: fc.oneof({ weight: 8, arbitrary: hostileDocument }, { weight: 1, arbitrary: hostileValue }),
  variables: fc.option(hostileVariables, { nil: undefined }),
  operationName: fc.option(fc.oneof(fc.constantFrom("Q", "L", "C", "S", "F"), hostileText), { nil: undefined }),
  extensions: fc.option(
    fc.record({ persistedQuery: fc.record({ version: fc.oneof(fc.constant(1), fc.integer()), sha256Hash: hostileText }) }),
    {
      nil: undefined,
    },
  ),
});

// ---- What must hold of every answer ----

const INTERNALS = /RangeError|TypeError|ReferenceError|Maximum call stack|Failed query|\n\s+at \S+ \(|node_modules/;

function checkErrors(errors: unknown, where: string) {
  if (!Array.isArray(errors)) return;
  for (const e of errors as { message?: string; extensions?: Record<string, unknown> }[]) {
    expect(e.extensions?.code, where).not.toBe("INTERNAL_SERVER_ERROR");
    expect(e.extensions ?? {}, where).not.toHaveProperty("stacktrace");
    expect(e.extensions ?? {}, where).not.toHaveProperty("exception");
    expect(e.message ?? "", where).not.toMatch(INTERNALS);
  }
}

const failedWhere = (body: unknown) => JSON.stringify(body).slice(0, 400);

describe("generated hostile requests", () => {
  it("over HTTP: 2,000 documents and variables, never a 5xx or an internal error", async () => {
    const samples = fc.sample(hostileRequest, { numRuns: 2_000, seed });
    // Two at a time, as a client with a couple of tabs open would.
    let next = 0;
    const statuses = new Map<number, number>();
    const worker = async () => {
      while (next < samples.length) {
        const request = samples[next++]!;
        const res = await fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify(request),
        });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const text = await res.text();
        expect(res.status, failedWhere(request)).toBeLessThan(500);
        checkErrors((JSON.parse(text) as { errors?: unknown }).errors, failedWhere(request));
      }
    };
    await Promise.all([worker(), worker()]);
    // The generator reaches past parsing: some requests run, some are refused as bad input.
    expect(statuses.get(200)).toBeGreaterThan(0);
    expect(statuses.get(400)).toBeGreaterThan(0);
    expect(unexpected).toEqual([]);
  }, 120_000);

  it("over HTTP: 300 raw bodies of random bytes answer 4xx", async () => {
    const bodies = fc.sample(
      fc.oneof(
        fc.uint8Array({ maxLength: 200 }),
        hostileText.map((s) => Buffer.from(`{"query":"${s}"}`)),
      ),
      { numRuns: 300, seed },
    );
    for (const body of bodies) {
      const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(res.status).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(500);
      await res.text();
    }
  }, 60_000);

  it("over the WebSocket: 600 operations, each refused or served alone, never closing with an internal error", async () => {
    const samples = fc.sample(hostileRequest, { numRuns: 600, seed: seed + 1 });
    const batch = 15;
    for (let start = 0; start < samples.length; start += batch) {
      const socket = new WebSocket(server.wsUrl, "graphql-transport-ws");
      const frames: { type: string; id?: string; payload?: any }[] = [];
      const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
      let acked!: () => void;
      const ack = new Promise<void>((r) => (acked = r));
      socket.on("message", (data) => {
        const m = JSON.parse(data.toString());
        if (m.type === "connection_ack") acked();
        else frames.push(m);
      });
      await new Promise((r) => socket.once("open", r));
      socket.send(JSON.stringify({ type: "connection_init", payload: { authToken: token } }));
      await ack;
      const ops = samples.slice(start, start + batch);
      ops.forEach((payload, i) => socket.send(JSON.stringify({ type: "subscribe", id: `op${start + i}`, payload })));
      await new Promise((r) => setTimeout(r, 250));
      // A payload that is not an operation at all (graphql-ws: 4400) may close it; nothing else may.
      const stillOpen = socket.readyState === WebSocket.OPEN;
      const malformed = ops.some(
        (p) =>
          typeof p.query !== "string" ||
          (p.variables !== undefined && (p.variables === null || typeof p.variables !== "object" || Array.isArray(p.variables))) ||
          (p.operationName !== undefined && typeof p.operationName !== "string"),
      );
      if (!malformed) expect(stillOpen, failedWhere(ops)).toBe(true);
      for (const f of frames) {
        if (f.type === "error") checkErrors(f.payload, failedWhere(ops));
        if (f.type === "next") checkErrors(f.payload?.errors, failedWhere(ops));
      }
      if (stillOpen) socket.close(1000);
      const code = await closed;
      expect([1000, 1005, 4400], failedWhere(ops)).toContain(code);
    }
    expect(unexpected).toEqual([]);
  }, 120_000);

  it("leaves the server answering a normal query quickly", async () => {
    const started = performance.now();
    const res = await server.gql(QUEUE, {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data.triageQueue.totalCount).toBeGreaterThanOrEqual(0);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(unexpected).toEqual([]);
  });
});
