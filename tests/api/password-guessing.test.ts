import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sum } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createService, createStaff, TEST_PASSWORD } from "../support/factories.js";
import { graphql } from "../support/gql/index.js";
import { operationText, type GqlResult } from "../support/operation.js";
import type { GuessLoginMutation } from "../support/gql/graphql.js";

/*
 * Password guessing (issue 16, decision 024). The server sits behind a proxy on this host
 * (TRUST_PROXY=loopback), so each request names its client address in X-Forwarded-For.
 */

const GUESS = graphql(`mutation GuessLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`);

// Monday 23 November 2026, 10:00 London; moved on by the tests.
let clock = new Date("2026-11-23T10:00:00Z");
let server: TestServer;
let serviceId: string;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock, env: { TRUST_PROXY: "loopback" } });
  serviceId = (await createService(server)).id;
});
afterAll(() => server?.close());

let addresses = 0;
/** A fresh client address (documentation range, RFC 5737). */
const newAddress = () => `198.51.100.${++addresses}`;
const newMember = async () => (await createStaff(server, { serviceId, role: "OFFICER" })).email;

async function login(email: string, password: string, from: string): Promise<GqlResult<GuessLoginMutation>> {
  const res = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": from },
    body: JSON.stringify({ query: operationText(GUESS), variables: { e: email, p: password } }),
  });
  return (await res.json()) as GqlResult<GuessLoginMutation>;
}
const codeOf = (r: GqlResult<GuessLoginMutation>) => (r.data?.login?.token ? "OK" : (r.errors?.[0]?.extensions?.code as string));
const tally = (codes: string[]) => codes.reduce<Record<string, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});
/** Failed sign-ins reserved (and so verified) in a bucket: the counters hold one per reservation kept. */
const reserved = async (bucket: string) =>
  Number(
    (
      await server.db
        .select({ n: sum(tables.rateLimitCounters.attempts) })
        .from(tables.rateLimitCounters)
        .where(eq(tables.rateLimitCounters.bucket, bucket))
    )[0]?.n ?? 0,
  );

describe("login under a burst of guesses", () => {
  it("verifies at most 10 of 60 concurrent wrong passwords, refuses the right one from that address, and lets the user in from theirs", async () => {
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    const email = await newMember();
    const home = newAddress();
    expect(codeOf(await login(email, TEST_PASSWORD, home))).toBe("OK");
    const before = await reserved("login");

    const stranger = newAddress();
    const burst = await Promise.all(Array.from({ length: 60 }, (_, i) => login(email, `wrong-${i}`, stranger)));
    // Only a verified password can be "not right"; the rest were refused before argon2 ran.
    expect(tally(burst.map(codeOf))).toEqual({ UNAUTHENTICATED: 10, RATE_LIMITED: 50 });
    expect((await reserved("login")) - before).toBe(10);

    const right = await login(email, TEST_PASSWORD, stranger);
    expect(codeOf(right)).toBe("RATE_LIMITED");
    expect(right.errors?.[0].message).toMatch(/Too many sign-in attempts/);
    // The real user, at an address they signed in from before and at a new one, is not kept out.
    expect(codeOf(await login(email, TEST_PASSWORD, home))).toBe("OK");
    expect(codeOf(await login(email, TEST_PASSWORD, newAddress()))).toBe("OK");

    // The lock from the stranger's address lifts when its window passes.
    clock = new Date(clock.getTime() + 5 * 60_000 + 1_000);
    expect(codeOf(await login(email, TEST_PASSWORD, stranger))).toBe("OK");
  });

  it("clears an account's failures from an address when it signs in there", async () => {
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    const email = await newMember();
    const here = newAddress();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) expect(codeOf(await login(email, "wrong", here))).toBe("UNAUTHENTICATED");
      expect(codeOf(await login(email, TEST_PASSWORD, here))).toBe("OK");
    }
  });
});

describe("login from one address across many accounts", () => {
  it("refuses an address after 30 failed sign-ins in 5 minutes, whichever accounts, and no other address", async () => {
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    const sprayer = newAddress();
    const victims = await Promise.all(Array.from({ length: 31 }, () => newMember()));
    const codes: string[] = [];
    // Three guesses per account, so no account-and-address limit is reached.
    for (const [i, email] of victims.entries())
      if (i < 10) for (let k = 0; k < 3; k++) codes.push(codeOf(await login(email, `Summer2026-${k}`, sprayer)));
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 30 });
    const refused = await login(victims[30]!, TEST_PASSWORD, sprayer);
    expect(codeOf(refused)).toBe("RATE_LIMITED");
    expect(refused.errors?.[0].message).toMatch(/from your connection/);
    expect(codeOf(await login(victims[30]!, TEST_PASSWORD, newAddress()))).toBe("OK");
  });
});

describe("login guessed from many addresses", () => {
  it("after 50 failures in an hour refuses the account from new addresses only: one it signed in from still works", async () => {
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    const email = await newMember();
    const office = newAddress();
    expect(codeOf(await login(email, TEST_PASSWORD, office))).toBe("OK");
    const codes: string[] = [];
    for (let a = 0; a < 5; a++) {
      const bot = newAddress();
      codes.push(...(await Promise.all(Array.from({ length: 10 }, (_, i) => login(email, `guess-${a}-${i}`, bot)))).map(codeOf));
    }
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 50 });
    const fromNewDevice = await login(email, TEST_PASSWORD, newAddress());
    expect(codeOf(fromNewDevice)).toBe("RATE_LIMITED");
    expect(fromNewDevice.errors?.[0].message).toMatch(/device you have used before/);
    expect(codeOf(await login(email, TEST_PASSWORD, office))).toBe("OK");
  });

  it("answers an unknown email exactly as a wrong password, within the same limits", async () => {
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    const from = newAddress();
    const codes = await Promise.all(Array.from({ length: 12 }, () => login("nobody@example.org", "x", from)));
    expect(tally(codes.map(codeOf))).toEqual({ UNAUTHENTICATED: 10, RATE_LIMITED: 2 });
  });
});
