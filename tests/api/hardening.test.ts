import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { subscribe } from "../support/ws-client.js";

let server: TestServer;
let team: Awaited<ReturnType<typeof createServiceWithTeam>>;

beforeAll(async () => {
  server = await startTestServer();
  team = await createServiceWithTeam(server);
});
afterAll(() => server?.close());

const deep = `{ me { ${"me { ".repeat(14)}id${" }".repeat(14)} } }`;
const aliasBomb = `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: me { id }`).join(" ")} }`;
const tokenFlood = `{ me { ${"id ".repeat(4000)} } }`;
const subscriptionOf = (selection: string) => `subscription { referralReceived { ${selection} } }`;

const documents: [string, string, RegExp][] = [
  ["an over-deep document", deep, /depth/i],
  ["an alias bomb", aliasBomb, /alias/i],
  ["a document with too many tokens", tokenFlood, /token/i],
];

describe("limits over HTTP", () => {
  for (const [what, query, message] of documents) {
    it(`refuses ${what}`, async () => {
      const res = await server.gql(query, {}, team.MANAGER.token);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.some((e) => message.test(e.message))).toBe(true);
    });
  }

  it("refuses batched requests", async () => {
    const res = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    });
    expect(res.status).toBe(400);
  });

  it("refuses a simple cross-site request (CSRF prevention)", async () => {
    const res = await fetch(`${server.url}?query=${encodeURIComponent("{ __typename }")}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  it("hides field suggestions", async () => {
    const res = await server.gql(`{ mee { id } }`, {}, team.MANAGER.token);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });

  it("never answers with a stack trace", async () => {
    const res = await server.gql(`{ referral(id: "00000000-0000-0000-0000-000000000000") { id } }`, {}, team.MANAGER.token);
    expect(res.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe("limits over WebSocket", () => {
  for (const [what, query, message] of documents) {
    it(`refuses ${what}`, async () => {
      const live = await subscribe(server.wsUrl, team.MANAGER.token, query.replace(/^\{/, "subscription {").replace("me {", "referralReceived {"));
      const result = await live.next();
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.some((e: any) => message.test(e.message))).toBe(true);
      await live.close();
    });
  }

  it("refuses a frame larger than 64 KB by closing the socket", async () => {
    const socket = new WebSocket(server.wsUrl, "graphql-transport-ws");
    await new Promise((r) => socket.once("open", r));
    socket.send(JSON.stringify({ type: "connection_init", payload: { authToken: team.MANAGER.token } }));
    await new Promise((r) => socket.once("message", r));
    const closed = new Promise<number>((r) => socket.once("close", (code) => r(code)));
    socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: `subscription { referralReceived { id } } # ${"x".repeat(70_000)}` } }));
    expect(await closed).toBe(1009);
  });

  it("caps live subscriptions per connection", async () => {
    const socket = new WebSocket(server.wsUrl, "graphql-transport-ws");
    await new Promise((r) => socket.once("open", r));
    const messages: any[] = [];
    socket.on("message", (m) => messages.push(JSON.parse(String(m))));
    socket.send(JSON.stringify({ type: "connection_init", payload: { authToken: team.MANAGER.token } }));
    await new Promise((r) => setTimeout(r, 200));
    for (let i = 1; i <= 21; i++) {
      socket.send(JSON.stringify({ id: String(i), type: "subscribe", payload: { query: subscriptionOf("id") } }));
    }
    await new Promise((r) => setTimeout(r, 500));
    const errors = messages.filter((m) => m.type === "error");
    expect(errors.map((m) => m.id)).toEqual(["21"]);
    expect(errors[0].payload[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    socket.close();
  });
});

describe("production mode", () => {
  it("turns introspection off", async () => {
    const prod = await startTestServer({ env: { NODE_ENV: "production" } });
    try {
      const res = await prod.gql(`{ __schema { types { name } } }`);
      expect(res.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await prod.close();
    }
  });
});
