import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "server/log/logger.ts";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { openCase } from "../support/casework.js";
import { CREATE, SUBMIT, createReferralInput, selfReferralInput } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";

const TRIAGE = graphql(`mutation LogsTriage($input: TriageReferralInput!) { triageReferral(input: $input) { id } }`);
const ACTIVITY = graphql(`mutation LogsActivity($input: LogActivityInput!) { logActivity(input: $input) { id } }`);
const CONSENT = graphql(`mutation LogsConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`);
const MEETING = graphql(`mutation LogsMeeting($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`);
const CONCERN = graphql(`mutation LogsConcern($input: RaiseSafeguardingConcernInput!) { raiseSafeguardingConcern(input: $input) { id } }`);
const COMPLAINT = graphql(`mutation LogsComplaint($input: LogComplaintInput!) { logComplaint(input: $input) { id } }`);
const LOGIN = graphql(`mutation LogsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`);

/** Every log line the server writes, as pino writes it (JSON, one a line), at the most verbose level. */
const lines: string[] = [];
const canaryTag = randomBytes(4).toString("hex");
/** A value for a personal field that appears nowhere else. */
const canary = (field: string) => `Canary${canaryTag}${field}`;
/** Digits for the phone number: unique to this run. */
const phoneDigits = `07${String(parseInt(canaryTag, 16) % 1_000_000_000).padStart(9, "0")}`;

let server: TestServer;
let team: Awaited<ReturnType<typeof createServiceWithTeam>>;
beforeAll(async () => {
  const logger = createLogger({ level: "debug", destination: { write: (line: string) => void lines.push(line) } });
  server = await startTestServer({ logger });
  team = await createServiceWithTeam(server);
});
afterAll(() => server?.close());

async function post(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: res.status, requestId: res.headers.get("x-request-id"), body: await res.text() };
}

describe("logs", () => {
  it("carry no personal data written through the API, nor from refused and failed requests", async () => {
    const m = team.MANAGER.token;
    const contact = {
      fullName: canary("ContactName"),
      email: `${canary("email").toLowerCase()}@example.org`,
      phone: phoneDigits,
      address: canary("Address"),
      interpreterLanguage: canary("Language"),
    };
    const child = { fullName: canary("ChildName"), educationSetting: canary("School"), needsOverview: canary("Needs") };
    const created = await server.gql(
      CREATE,
      {
        input: createReferralInput({
          contact,
          child,
          reasonForReferral: canary("Reason"),
          referrerName: canary("Referrer"),
          referrerOrganisation: canary("Organisation"),
        }),
      },
      m,
    );
    expect(created.errors).toBeUndefined();
    const self = await server.gql(SUBMIT, {
      input: selfReferralInput(team.service.slug, { contact, child, reasonForReferral: canary("SelfReason") }),
    });
    expect(self.errors).toBeUndefined();
    const triaged = await server.gql(
      TRIAGE,
      { input: { referralId: created.data.createReferral.id, eligibility: "ELIGIBLE", level: 2, notes: canary("TriageNotes") } },
      m,
    );
    expect(triaged.errors).toBeUndefined();

    const c = await openCase(server, m, team.OFFICER.id, 2, { contact: { fullName: canary("CaseContact") } });
    const o = team.OFFICER.token;
    const now = new Date().toISOString();
    const answers = [
      await server.gql(
        ACTIVITY,
        { input: { caseId: c.caseId, kind: "PHONE_CALL", occurredAt: now, minutes: 5, withFamily: true, summary: canary("Summary") } },
        o,
      ),
      await server.gql(
        CONSENT,
        {
          input: {
            caseId: c.caseId,
            partyName: canary("Party"),
            partyOrganisation: canary("PartyOrg"),
            partyType: "SCHOOL",
            granted: true,
            givenOn: now.slice(0, 10),
            method: "VERBAL",
            givenBy: "PARENT_CARER",
            mayShare: canary("MayShare"),
            reviewOn: new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10),
          },
        },
        o,
      ),
      await server.gql(
        MEETING,
        {
          input: { caseId: c.caseId, kind: canary("MeetingKind"), noticeReceivedOn: now.slice(0, 10), scheduledAt: "2030-01-10T10:00:00Z" },
        },
        o,
      ),
      await server.gql(CONCERN, { input: { caseId: c.caseId, summary: canary("Concern") } }, o),
      await server.gql(COMPLAINT, { input: { kind: "COMPLAINT", what: canary("Complaint"), fromWhom: canary("FromWhom") } }, m),
    ];
    for (const a of answers) expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();

    // Refused and failed requests, each carrying a canary:
    // a wrong sign-in,
    expect((await server.gql(LOGIN, { e: `${canary("login").toLowerCase()}@example.org`, p: canary("Password") })).errors).toBeDefined();
    // input refused by validation (an email that is not one),
    const refused = await server.gql(CREATE, { input: createReferralInput({ contact: { email: canary("NotAnEmail") } }) }, m);
    expect(refused.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    // a NUL byte and a lone surrogate, which PostgreSQL cannot store (answered with an error, or stored replaced),
    const hostile = [
      await server.gqlUnchecked(
        CREATE,
        { input: createReferralInput({ contact: { fullName: `${canary("Nul")}\u0000x` }, reasonForReferral: canary("NulReason") }) },
        m,
      ),
      await server.gqlUnchecked(LOGIN, { e: `${canary("nullogin").toLowerCase()}\u0000@example.org`, p: canary("NulPassword") }),
      await server.gqlUnchecked(CREATE, { input: createReferralInput({ child: { fullName: `${canary("Surrogate")}\ud800` } }) }, m),
    ];
    expect(hostile[1].errors).toBeDefined();
    // a body that is not JSON, a document that does not parse, a variable of the wrong type,
    const requests = [
      await post(`{"query": "${canary("BadJson")}`),
      await post(JSON.stringify({ query: `mutation { ${canary("Syntax")} ( }` })),
      await post(JSON.stringify({ query: "mutation($n: Int!) { __typename }", variables: { n: canary("Variable") } })),
      await post(JSON.stringify({ query: "{ me { id } }" }), { "x-request-id": "proxy-given-id-12345" }),
    ];
    // and a GET whose query string carries the document and variables.
    const get = await fetch(
      `${server.url}?query=${encodeURIComponent(`{ me { id } }`)}&variables=${encodeURIComponent(`{"x":"${canary("Query")}"}`)}`,
      {
        headers: { "apollo-require-preflight": "true" },
      },
    );
    await get.text();

    await new Promise((r) => setTimeout(r, 200));
    const log = lines.join("");
    // The capture works: one JSON line per request, each with its request id, as the answers said.
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requestLines = parsed.filter((l) => l.msg === "request");
    expect(requestLines.length).toBeGreaterThanOrEqual(20);
    for (const r of requests) expect(requestLines.some((l) => l.requestId === r.requestId && l.status === r.status)).toBe(true);
    expect(requests[3].requestId).toBe("proxy-given-id-12345");
    for (const l of parsed) expect(l).toMatchObject({ level: expect.any(String), time: expect.any(String), service: "sendiass-api" });

    // An unexpected failure is logged in full (its reference finds the line), and still without the values.
    const internal = hostile.flatMap((h) => h.errors ?? []).filter((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR");
    for (const e of internal) {
      const line = parsed.find((l) => String(l.msg).includes(String(e.extensions!.correlationId)));
      expect(line).toMatchObject({ level: "error", err: { type: expect.any(String) } });
    }

    expect(log).not.toContain(canaryTag);
    expect(log.toLowerCase()).not.toContain(canaryTag.toLowerCase());
    expect(log).not.toContain(phoneDigits);
    for (const value of ["ST4 7QB", "Oak Primary School", "Autism diagnosis"]) expect(log).not.toContain(value);
  });
});
