import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { SUBMIT, selfReferralInput } from "../support/referrals.js";
import { operationText, type GqlResult } from "../support/operation.js";
import type { SubmitSelfReferralMutation } from "../support/gql/graphql.js";

/*
 * Rate limits per client address (here the self-referral form: 5 in 10 minutes) behind a reverse proxy.
 * The test client talks to the server over loopback, as a proxy on the same host would.
 */

// Tuesday 24 November 2026, 10:00 London.
const clock = () => new Date("2026-11-24T10:00:00Z");
const FAMILY_A = "203.0.113.10";
const FAMILY_B = "203.0.113.20";

type Team = Awaited<ReturnType<typeof createServiceWithTeam>>;
type Answer = GqlResult<SubmitSelfReferralMutation | null>;

/** The public form over HTTP, as forwarded by a proxy for `forwardedFor` (no header when undefined). */
async function formOverHttp(server: TestServer, team: Team, forwardedFor?: string): Promise<Answer> {
  const res = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    body: JSON.stringify({ query: operationText(SUBMIT), variables: { input: selfReferralInput(team.service.slug) } }),
  });
  return (await res.json()) as Answer;
}

/** The same mutation over graphql-ws (a signed-in connection), its upgrade request forwarded for `forwardedFor`: refused, as every query and mutation there. */
async function formOverWebSocket(server: TestServer, team: Team, forwardedFor: string): Promise<Answer> {
  class Forwarded extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { "x-forwarded-for": forwardedFor } });
    }
  }
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: Forwarded,
    connectionParams: { authToken: team.OFFICER.token },
    retryAttempts: 0,
  });
  try {
    return await new Promise<Answer>((resolve, reject) => {
      let result: Answer | undefined;
      client.subscribe(
        { query: operationText(SUBMIT), variables: { input: selfReferralInput(team.service.slug) } },
        {
          next: (r) => (result = r as Answer),
          error: (e) => (Array.isArray(e) ? resolve({ errors: e } as Answer) : reject(e)),
          complete: () => resolve(result!),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

const outcome = (res: Answer) => res.errors?.[0]?.extensions?.code ?? (res.data?.submitSelfReferral?.recorded ? "RECORDED" : "NO ANSWER");

describe("TRUST_PROXY unset (the default): X-Forwarded-For is not believed", () => {
  let server: TestServer;
  let team: Team;
  beforeAll(async () => {
    server = await startTestServer({ now: clock });
    team = await createServiceWithTeam(server, "Direct");
  });
  afterAll(() => server?.close());

  it("counts two different forwarded addresses under one limit: the socket's", async () => {
    for (let i = 0; i < 5; i++) expect(outcome(await formOverHttp(server, team, FAMILY_A)), `form ${i + 1}`).toBe("RECORDED");
    expect(outcome(await formOverHttp(server, team, FAMILY_B))).toBe("RATE_LIMITED");
    expect(outcome(await formOverHttp(server, team))).toBe("RATE_LIMITED");
  });
});

describe("TRUST_PROXY=loopback: a proxy on this host names the client", () => {
  let server: TestServer;
  let team: Team;
  beforeAll(async () => {
    server = await startTestServer({ now: clock, env: { TRUST_PROXY: "loopback" } });
    team = await createServiceWithTeam(server, "Behind a proxy");
  });
  afterAll(() => server?.close());

  it("gives each forwarded address its own limit; over the socket the form is refused and not counted", async () => {
    for (let i = 0; i < 4; i++) expect(outcome(await formOverHttp(server, team, FAMILY_A)), `form ${i + 1}`).toBe("RECORDED");
    // Queries and mutations go to POST /graphql: the socket cannot be a way around the limit.
    expect(outcome(await formOverWebSocket(server, team, FAMILY_A))).toBe("SUBSCRIPTIONS_ONLY");
    expect(outcome(await formOverHttp(server, team, FAMILY_A))).toBe("RECORDED");
    expect(outcome(await formOverHttp(server, team, FAMILY_A))).toBe("RATE_LIMITED");

    expect(outcome(await formOverHttp(server, team, FAMILY_B))).toBe("RECORDED");
    expect(outcome(await formOverWebSocket(server, team, FAMILY_B))).toBe("SUBSCRIPTIONS_ONLY");
  });

  it("does not let a client pick another address by writing its own X-Forwarded-For before the proxy's", async () => {
    // The proxy appends the address it saw (A, already at its limit); the client's own entry comes first.
    expect(outcome(await formOverHttp(server, team, `198.51.100.66, ${FAMILY_A}`))).toBe("RATE_LIMITED");
  });
});
