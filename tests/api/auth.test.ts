import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { createService, createStaff, signIn, TEST_PASSWORD } from "../support/factories.js";
import { subscribe } from "../support/ws-client.js";
import { graphql } from "../support/gql/index.js";

const LOGIN = graphql(`mutation Login($e: String!, $p: String!) {
  login(email: $e, password: $p) { token expiresAt me { id role serviceName } }
}`);
const ME = graphql(`query MyId { me { id } }`);
const ME_AND_ROLE = graphql(`query MyIdAndRole { me { id role } }`);
const LOGOUT = graphql(`mutation Logout { logout }`);
const RECEIVED = graphql(`subscription ReferralReceivedId { referralReceived { id } }`);

let server: TestServer;
let clock = new Date("2026-11-23T10:00:00Z");
let serviceId: string;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  serviceId = (await createService(server)).id;
});
afterAll(() => server?.close());

describe("me", () => {
  it("answers UNAUTHENTICATED without a token", async () => {
    const res = await server.gql(ME);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answers UNAUTHENTICATED for a made-up token", async () => {
    const res = await server.gql(ME, {}, "not-a-real-token");
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("login", () => {
  it("returns a token that signs the caller in", async () => {
    const member = await createStaff(server, { serviceId, role: "OFFICER" });
    const res = await server.gql(LOGIN, { e: member.email.toUpperCase(), p: TEST_PASSWORD });
    expect(res.errors).toBeUndefined();
    const token = res.data.login.token;
    expect(token.length).toBeGreaterThanOrEqual(40);
    const me = await server.gql(ME_AND_ROLE, {}, token);
    expect(me.data.me).toEqual({ id: member.id, role: "OFFICER" });
  });

  it("answers alike for an unknown email and a wrong password", async () => {
    const member = await createStaff(server, { serviceId, role: "OFFICER" });
    const wrong = await server.gql(LOGIN, { e: member.email, p: "wrong-password" });
    const unknown = await server.gql(LOGIN, { e: "nobody@nowhere.test", p: "wrong-password" });
    expect(wrong.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
  });

  it("refuses an empty email as BAD_USER_INPUT naming the field", async () => {
    const res = await server.gql(LOGIN, { e: "  ", p: "x" });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "email" });
  });

  it("throttles an account after ten failures in five minutes, even with the right password", async () => {
    const member = await createStaff(server, { serviceId, role: "OFFICER" });
    for (let i = 0; i < 10; i++) {
      const res = await server.gql(LOGIN, { e: member.email, p: `guess-${i}` });
      expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
    const blocked = await server.gql(LOGIN, { e: member.email, p: TEST_PASSWORD });
    expect(blocked.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    clock = new Date(clock.getTime() + 5 * 60_000 + 1000);
    const later = await server.gql(LOGIN, { e: member.email, p: TEST_PASSWORD });
    expect(later.errors).toBeUndefined();
  });
});

describe("sessions", () => {
  it("end after 30 idle minutes", async () => {
    const member = await createStaff(server, { serviceId, role: "MANAGER" });
    const token = await signIn(server, member.email);
    clock = new Date(clock.getTime() + 29 * 60_000);
    expect((await server.gql(ME, {}, token)).data?.me.id).toBe(member.id);
    clock = new Date(clock.getTime() + 29 * 60_000);
    expect((await server.gql(ME, {}, token)).data?.me.id).toBe(member.id);
    clock = new Date(clock.getTime() + 31 * 60_000);
    expect((await server.gql(ME, {}, token)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("are not kept alive by the dashboard's background polling, only by requests someone made", async () => {
    const member = await createStaff(server, { serviceId, role: "MANAGER" });
    const token = await signIn(server, member.email);
    const poll = async () => {
      const res = await fetch(server.app.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-sendiass-background": "1" },
        body: JSON.stringify({ query: `{ me { id } }` }),
      });
      return (await res.json()) as { data?: { me: { id: string } }; errors?: { extensions?: { code?: string } }[] };
    };
    // Polled every 10 minutes for 29 minutes: answered, but the idle timer still runs from sign-in.
    for (let i = 0; i < 2; i++) {
      clock = new Date(clock.getTime() + 10 * 60_000);
      expect((await poll()).data?.me.id).toBe(member.id);
    }
    clock = new Date(clock.getTime() + 9 * 60_000);
    expect((await poll()).data?.me.id).toBe(member.id);
    clock = new Date(clock.getTime() + 2 * 60_000);
    expect((await poll()).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

    // The same rhythm from a person at the screen keeps the session.
    const other = await signIn(server, member.email);
    for (let i = 0; i < 4; i++) {
      clock = new Date(clock.getTime() + 10 * 60_000);
      expect((await server.gql(ME, {}, other)).data?.me.id).toBe(member.id);
    }
  });

  it("end 12 hours after sign-in however active the user is", async () => {
    const member = await createStaff(server, { serviceId, role: "MANAGER" });
    const token = await signIn(server, member.email);
    for (let h = 0; h < 11 * 4; h++) {
      clock = new Date(clock.getTime() + 15 * 60_000);
      await server.gql(ME, {}, token);
    }
    expect((await server.gql(ME, {}, token)).data?.me.id).toBe(member.id);
    clock = new Date(clock.getTime() + 61 * 60_000);
    expect((await server.gql(ME, {}, token)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("end at logout, and the session's WebSocket is closed", async () => {
    const member = await createStaff(server, { serviceId, role: "MANAGER" });
    const token = await signIn(server, member.email);
    const live = await subscribe(server.wsUrl, token, RECEIVED);
    const out = await server.gql(LOGOUT, {}, token);
    expect(out.data?.logout).toBe(true);
    expect((await server.gql(ME, {}, token)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const closed = await Promise.race([live.closed, new Promise((r) => setTimeout(() => r("timeout"), 3000))]);
    expect(closed).toMatchObject({ code: 4401 });
    await live.close();
  });

  it("refuses a WebSocket without a valid token", async () => {
    const live = await subscribe(server.wsUrl, "bogus", RECEIVED);
    const closed = await Promise.race([live.closed, new Promise((r) => setTimeout(() => r("timeout"), 3000))]);
    expect(closed).toMatchObject({ code: 4403 });
    await live.close();
  });
});
