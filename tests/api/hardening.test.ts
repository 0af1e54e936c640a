import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import WebSocket from "ws";
import { and, eq, inArray } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, createStaff, signIn } from "../support/factories.js";
import { subscribe, subscribeUnchecked } from "../support/ws-client.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";

const TYPENAME = graphql(`query Typename { __typename }`);
const MISSING_REFERRAL = graphql(`query MissingReferral { referral(id: "00000000-0000-0000-0000-000000000000") { id } }`);
const QUEUE_TOTAL = graphql(`query QueueTotal { triageQueue(first: 1) { totalCount } }`);
const RECEIVED = graphql(`subscription ReceivedReferralId { referralReceived { id } }`);
const INTROSPECTION = graphql(`query TypeNames { __schema { types { name } } }`);

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
      const res = await server.gqlUnchecked(query, {}, team.MANAGER.token);
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

  it("answers a body that is not JSON, or not sent as JSON, with 400 and changes nothing", async () => {
    const count = async () => (await server.db.select({ id: tables.referrals.id }).from(tables.referrals)).length;
    const before = await count();
    const mutation = JSON.stringify({ query: `mutation { submitSelfReferral(input: {}) { reference } }` });
    const malformed = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].extensions.code).toBe("BAD_REQUEST");
    // A simple (form or text) POST, the kind a cross-site page can send without a preflight.
    const simple = await fetch(server.url, { method: "POST", headers: { "content-type": "text/plain" }, body: mutation });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF|preflight/i);
    expect(await count()).toBe(before);
  });

  it("keeps an idle connection open longer than a proxy in front would (no reset on reuse)", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const post = () =>
      new Promise<{ reused: boolean; status: number }>((resolve, reject) => {
        const req = http.request(server.url, { method: "POST", agent, headers: { "content-type": "application/json" } }, (res) => {
          res.resume();
          res.on("end", () => resolve({ reused: req.reusedSocket, status: res.statusCode ?? 0 }));
        });
        req.on("error", reject);
        req.end(JSON.stringify({ query: "{ __typename }" }));
      });
    expect(await post()).toEqual({ reused: false, status: 200 });
    // Past Node's default of 5 s (and its grace), after which the server used to close the connection.
    await new Promise((r) => setTimeout(r, 7_500));
    expect(await post()).toEqual({ reused: true, status: 200 });
    agent.destroy();
  }, 20_000);

  it("refuses a body over 2 MB with 413 before reading it all", async () => {
    const huge = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(2 * 1024 * 1024) } });
    const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: huge });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    // The server still answers.
    expect((await server.gql(TYPENAME)).data).toEqual({ __typename: "Query" });
  });

  it("refuses a simple cross-site request (CSRF prevention)", async () => {
    const res = await fetch(`${server.url}?query=${encodeURIComponent("{ __typename }")}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  it("hides field suggestions", async () => {
    const res = await server.gqlUnchecked(`{ mee { id } }`, {}, team.MANAGER.token);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });

  it("never answers with a stack trace", async () => {
    const res = await server.gql(MISSING_REFERRAL, {}, team.MANAGER.token);
    expect(res.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe("limits over WebSocket", () => {
  for (const [what, query, message] of documents) {
    it(`refuses ${what}`, async () => {
      const live = await subscribeUnchecked(
        server.wsUrl,
        team.MANAGER.token,
        query.replace(/^\{/, "subscription {").replace("me {", "referralReceived {"),
      );
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
    socket.send(
      JSON.stringify({
        id: "1",
        type: "subscribe",
        payload: { query: `subscription { referralReceived { id } } # ${"x".repeat(70_000)}` },
      }),
    );
    expect(await closed).toBe(1009);
  });

  it("caps live subscriptions per connection", async () => {
    const socket = new WebSocket(server.wsUrl, "graphql-transport-ws");
    await new Promise((r) => socket.once("open", r));
    const messages: any[] = [];
    socket.on("message", (m) => messages.push(JSON.parse(String(m))));
    socket.send(JSON.stringify({ type: "connection_init", payload: { authToken: team.MANAGER.token } }));
    await expect.poll(() => messages.some((m) => m.type === "connection_ack")).toBe(true);
    for (let i = 1; i <= 21; i++) {
      socket.send(JSON.stringify({ id: String(i), type: "subscribe", payload: { query: subscriptionOf("id") } }));
    }
    // Operations are answered in order, so once the 21st is refused any refusal of the first 20 is here too.
    await expect.poll(() => messages.some((m) => m.id === "21")).toBe(true);
    const errors = messages.filter((m) => m.type === "error");
    expect(errors.map((m) => m.id)).toEqual(["21"]);
    expect(errors[0].payload[0].extensions.code).toBe("TOO_MANY_SUBSCRIPTIONS");
    socket.close();
  });
});

describe("the WebSocket carries subscriptions only", () => {
  // A socket's viewer is read when it connects (and swept every 30 s); HTTP reads the session on every
  // request. Queries and mutations go over HTTP, so a role taken away applies to them at once.
  const referralsOfService = async () =>
    (await server.db.select({ id: tables.referrals.id }).from(tables.referrals).where(eq(tables.referrals.serviceId, team.service.id)))
      .length;

  it("refuses a query and a mutation, saying where to send them, changes nothing, and still serves subscriptions", async () => {
    const before = await referralsOfService();
    for (const open of [
      () => subscribe(server.wsUrl, team.MANAGER.token, QUEUE_TOTAL),
      () => subscribe(server.wsUrl, team.MANAGER.token, CREATE, { input: createReferralInput() }),
    ]) {
      const live = await open();
      const result = await live.next();
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe("SUBSCRIPTIONS_ONLY");
      expect(result.errors?.[0]?.message).toMatch(/POST \/graphql/);
      await live.close();
    }
    expect(await referralsOfService()).toBe(before);

    const live = await subscribe(server.wsUrl, team.MANAGER.token, RECEIVED);
    const created = await server.gql(CREATE, { input: createReferralInput() }, team.MANAGER.token);
    expect(created.errors).toBeUndefined();
    expect((await live.next()).data?.referralReceived.id).toBe(created.data.createReferral.id);
    await live.close();
  });
});

describe("a connection that stops reading", () => {
  // Small, so the test is quick; the loopback kernel buffers still take a few MB before it counts.
  const LIMIT = 64 * 1024;
  let slow: TestServer;
  let crew: Awaited<ReturnType<typeof createServiceWithTeam>>;
  const logged: string[] = [];
  beforeAll(async () => {
    slow = await startTestServer({ env: { WS_MAX_BUFFERED_BYTES: String(LIMIT) }, log: (msg) => logged.push(msg) });
    crew = await createServiceWithTeam(slow);
  });
  afterAll(() => slow?.close());

  const stats = () => slow.app.fanoutStats();
  const until = async (what: () => boolean, ms = 2000) => {
    for (const end = Date.now() + ms; !what();) {
      if (Date.now() > end) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  /** A graphql-ws connection (acknowledged) on a raw socket the test can pause; `closed` has the server's close. */
  const rawConnection = async (token: string) => {
    const socket = new WebSocket(slow.wsUrl, "graphql-transport-ws");
    await new Promise((r) => socket.once("open", r));
    socket.send(JSON.stringify({ type: "connection_init", payload: { authToken: token } }));
    await new Promise((r) => socket.once("message", r));
    const closed = new Promise<{ code: number; reason: string }>((r) =>
      socket.once("close", (code, reason) => r({ code, reason: String(reason) })),
    );
    const send = (id: string, query: string, variables?: Record<string, unknown>) =>
      socket.send(JSON.stringify({ id, type: "subscribe", payload: { query, variables } }));
    return { socket, closed, send };
  };
  // ~75 KB per result: the 5,000-character reason, 15 times.
  const wideReferral = `id ${Array.from({ length: 15 }, (_, i) => `r${i}: reasonForReferral`).join(" ")}`;
  const reasonForReferral = "The school says it cannot meet his needs. ".repeat(119);
  const tooSlow = { code: 1013, reason: "Too slow reading events; reconnect" };

  it("is closed with 1013 once its unsent bytes pass the limit, while a healthy subscriber gets every event", async () => {
    // 20 subscriptions of the wide document: ~1.5 MB per event for the stalled socket.
    const { socket: stalled, closed, send } = await rawConnection(crew.MANAGER.token);
    for (let i = 1; i <= 20; i++) send(String(i), subscriptionOf(wideReferral));
    const other = await createStaff(slow, { serviceId: crew.service.id, role: "MANAGER" });
    const healthy = await subscribe(slow.wsUrl, await signIn(slow, other.email), RECEIVED);
    await until(() => stats().open === 21);
    // The laptop lid closes: the client stops reading, its socket stays open.
    stalled.pause();

    const before = stats();
    const published: string[] = [];
    const received: (string | undefined)[] = [];
    const publish = async () => {
      const res = await slow.gql(CREATE, { input: createReferralInput({ reasonForReferral }) }, crew.OFFICER.token);
      published.push(res.data.createReferral.id);
      received.push((await healthy.next(3000)).data?.referralReceived.id);
    };
    // Until the guard acts (a few events); without it, 40 events (~60 MB) would all queue up.
    while (stats().slowConsumersClosed === before.slowConsumersClosed && published.length < 40) await publish();
    const atClose = stats();
    const eventsAtClose = published.length;
    expect(atClose.slowConsumersClosed - before.slowConsumersClosed).toBe(1);

    // Nothing more is written to it; the healthy subscriber goes on receiving.
    await publish();
    await publish();
    expect(stats().deliveries - atClose.deliveries).toBe(2);
    expect(received).toEqual(published);

    // The client wakes up: it reads what was queued, then the close frame, and may reconnect.
    stalled.resume();
    expect(await closed).toEqual(tooSlow);
    await until(() => stats().open === 1);
    expect(stats().slowConsumersClosed - before.slowConsumersClosed).toBe(1);
    expect(logged.filter((m) => /stopped reading/.test(m))).toHaveLength(1);
    await healthy.close();

    // A delivery is audited as a read only if its frame was written: the frame whose check closed
    // the socket, and any after it, were not.
    const framesToStalled = atClose.deliveries - before.deliveries - eventsAtClose;
    expect(framesToStalled).toBeLessThan(20 * eventsAtClose);
    // Audit rows of deliveries are written in batches, a turn after the frames.
    const reads = () =>
      slow.db
        .select()
        .from(tables.auditEvents)
        .where(
          and(
            eq(tables.auditEvents.actorStaffId, crew.MANAGER.id),
            eq(tables.auditEvents.action, "referral.read"),
            inArray(tables.auditEvents.entityId, published),
          ),
        );
    await expect.poll(async () => (await reads()).length).toBe(framesToStalled);
    await new Promise((r) => setTimeout(r, 200));
    expect(await reads()).toHaveLength(framesToStalled);
  });

  it("is closed the same way when it floods the socket with operations and never reads the replies", async () => {
    // Queries are refused over the socket (they go to POST /graphql), but each refusal is a reply the
    // client has to read; operation ids are echoed, so long ones make each reply ~2 KB.
    const { socket, closed, send } = await rawConnection(crew.MANAGER.token);
    socket.pause();
    const before = stats().slowConsumersClosed;
    const logs = logged.length;
    const longId = "x".repeat(2000);
    // graphql-ws's onSubscribe checks the socket before it starts each operation: the first check
    // that sees it over the limit closes it.
    for (let burst = 0; burst < 10 && stats().slowConsumersClosed === before; burst++) {
      for (let i = 0; i < 1000; i++) send(`${burst}.${i}.${longId}`, "{ me { id } }");
      await until(() => stats().slowConsumersClosed > before, 1000).catch(() => {});
    }
    expect(stats().slowConsumersClosed - before).toBe(1);
    socket.resume();
    expect(await closed).toEqual(tooSlow);
    expect(logged.slice(logs).filter((m) => /stopped reading/.test(m))).toHaveLength(1);
  });
});

describe("production mode", () => {
  it("turns introspection off", async () => {
    const prod = await startTestServer({ env: { NODE_ENV: "production" } });
    try {
      const res = await prod.gql(INTROSPECTION);
      expect(res.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await prod.close();
    }
  });
});
