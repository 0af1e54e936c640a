import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { openAcceptedCase } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";
import fc from "fast-check";
import { readEvaluationCode } from "server/evaluation/evaluation-code.ts";
import { formatCode, readCode } from "../../dashboard/src/features/evaluation/evaluation-code.ts";

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
// Wednesday 25 November 2026, 09:00 London; tests move it on to open a fresh rate-limit window.
let clock = new Date("2026-11-25T09:00:00Z");

const CLOSE = graphql(`mutation CloseCaseForEvaluation($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }`);
const EVALUATE = graphql(`mutation SubmitEvaluation($t: String!, $a: EvaluationAnswersInput!) {
  submitEvaluation(token: $t, answers: $a) { received message }
}`);
const answers = { helpfulness: 4, impartiality: 5, wouldRecommend: true, comment: null };
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

/** A well-formed code that no invitation has. */
const unknownToken = (i: number) => `0000-0000-0000-${String(i).padStart(4, "0")}`;
const GROUPED = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

async function closedCaseToken(): Promise<string> {
  const c = await openAcceptedCase(server, a.MANAGER.token, a.OFFICER, 2, { receivedAt: "2026-11-24T10:00:00Z" });
  const res = await server.gql(CLOSE, { input: { caseId: c.caseId, reason: "OUTCOME_ACHIEVED" } }, a.OFFICER.token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.closeCase.evaluationToken as string;
}

/** What a refused submission must leave as it was. */
async function evaluationState() {
  const [{ returned }] = await server.db
    .select({ returned: count() })
    .from(tables.evaluationInvitations)
    .where(eq(tables.evaluationInvitations.returned, true));
  // Answers wait unread until their batch is complete (decision 029): count both.
  const [{ released }] = await server.db.select({ released: count() }).from(tables.evaluationResponses);
  const [{ waiting }] = await server.db.select({ waiting: count() }).from(tables.evaluationPending);
  return { returned: Number(returned), responses: Number(released) + Number(waiting) };
}

const counted = async () =>
  Number(
    (
      await server.db
        .select({ n: count() })
        .from(tables.rateLimitEvents)
        .where(and(eq(tables.rateLimitEvents.bucket, "evaluation"), eq(tables.rateLimitEvents.counts, true)))
    )[0].n,
  );

/** Past every earlier attempt's window. */
const nextWindow = () => {
  clock = new Date(clock.getTime() + 11 * 60_000);
};

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  await server.db.update(tables.staff).set({ capacity: 500 }).where(eq(tables.staff.id, a.OFFICER.id));
});
afterAll(() => server?.close());

describe("submitEvaluation rate limit (per client address)", () => {
  it("after ten codes that did not work, refuses even a good code with RATE_LIMITED, changing nothing, until the window passes", async () => {
    nextWindow();
    const token = await closedCaseToken();
    const before = await evaluationState();
    for (let i = 0; i < 10; i++) {
      expect(code(await server.gql(EVALUATE, { t: unknownToken(i), a: answers })), `guess ${i + 1}`).toBe("NOT_FOUND");
    }
    const refused = await server.gql(EVALUATE, { t: token, a: answers });
    expect(refused.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(refused.errors?.[0].message).toMatch(/wait 10 minutes/);
    expect(refused.data).toBeNull();
    expect(await evaluationState()).toEqual(before);

    nextWindow();
    const sent = await server.gql(EVALUATE, { t: token, a: answers });
    expect(sent.errors).toBeUndefined();
    expect(sent.data.submitEvaluation.received).toBe(true);
    expect(await evaluationState()).toEqual({ returned: before.returned + 1, responses: before.responses + 1 });
  });

  it("counts a code that was already used as a failed attempt", async () => {
    nextWindow();
    const token = await closedCaseToken();
    expect((await server.gql(EVALUATE, { t: token, a: answers })).errors).toBeUndefined();
    const used = await counted();
    const again = await server.gql(EVALUATE, { t: token, a: answers });
    expect(code(again)).toBe("CONFLICT");
    expect(await counted()).toBe(used + 1);
    for (let i = 0; i < 9; i++) expect(code(await server.gql(EVALUATE, { t: unknownToken(i), a: answers }))).toBe("NOT_FOUND");
    expect(code(await server.gql(EVALUATE, { t: unknownToken(99), a: answers }))).toBe("RATE_LIMITED");
  });

  it("does not count answers sent with good codes: one connection may send many evaluations", async () => {
    nextWindow();
    const tokens: string[] = [];
    for (let i = 0; i < 11; i++) tokens.push(await closedCaseToken());
    const before = await counted();
    for (const [i, t] of tokens.entries()) {
      const res = await server.gql(EVALUATE, { t, a: answers });
      expect(res.errors, `evaluation ${i + 1}`).toBeUndefined();
    }
    expect(await counted()).toBe(before);
  });

  it("refuses invalid answers with the field, keeping the code usable and the attempt uncounted", async () => {
    nextWindow();
    const token = await closedCaseToken();
    const before = { state: await evaluationState(), counted: await counted() };
    const res = await server.gql(EVALUATE, { t: token, a: { ...answers, helpfulness: 6 } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "answers.helpfulness" });
    const malformed = await server.gql(EVALUATE, { t: "not-a-code", a: answers });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    expect({ state: await evaluationState(), counted: await counted() }).toEqual(before);
    expect((await server.gql(EVALUATE, { t: token, a: answers })).errors).toBeUndefined();
  });
});

describe("codes a family can type", () => {
  it("issues 16 Crockford characters grouped XXXX-XXXX-XXXX-XXXX, storing only the hash of the code without hyphens", async () => {
    nextWindow();
    const token = await closedCaseToken();
    expect(token).toMatch(GROUPED);
    const canonical = token.replace(/-/g, "");
    const [stored] = await server.db
      .select()
      .from(tables.evaluationInvitations)
      .where(eq(tables.evaluationInvitations.tokenHash, sha256(canonical)));
    expect(stored).toMatchObject({ returned: false, level: 2 });
    const all = JSON.stringify(await server.db.select().from(tables.evaluationInvitations));
    expect(all).not.toContain(canonical);
    expect(all).not.toContain(sha256(token));
  });

  it("accepts the code typed in lower case with spaces (and I/L for 1, O for 0); the same code in any other form is then refused as used", async () => {
    nextWindow();
    const token = await closedCaseToken();
    const before = await evaluationState();
    const typed = token.toLowerCase().replace(/-/g, " ").replace(/1/g, "l").replace(/0/g, "o");
    expect(typed).not.toBe(token);
    const sent = await server.gql(EVALUATE, { t: ` ${typed} `, a: answers });
    expect(sent.errors).toBeUndefined();
    expect(sent.data.submitEvaluation.received).toBe(true);
    expect(await evaluationState()).toEqual({ returned: before.returned + 1, responses: before.responses + 1 });

    for (const again of [token, token.replace(/-/g, ""), token.toLowerCase()]) {
      const used = await server.gql(EVALUATE, { t: again, a: answers });
      expect(code(used), again).toBe("CONFLICT");
      expect(used.errors?.[0].message).toMatch(/already been sent/);
    }
    expect(await evaluationState()).toEqual({ returned: before.returned + 1, responses: before.responses + 1 });
  });

  it("still accepts a 43-character token issued before codes changed, exactly as written, once", async () => {
    nextWindow();
    // How closeCase issued and stored them: 32 random bytes in base64url, and the SHA-256 of that string.
    let legacy = randomBytes(32).toString("base64url");
    while (legacy.toLowerCase() === legacy) legacy = randomBytes(32).toString("base64url");
    await server.db
      .insert(tables.evaluationInvitations)
      .values({ serviceId: a.service.id, tokenHash: sha256(legacy), closureMonth: "2026-10-01", level: 3, channel: "EMAIL" });
    const before = await evaluationState();

    // Case matters for the old tokens: another case is another (unknown) token.
    expect(code(await server.gql(EVALUATE, { t: legacy.toLowerCase(), a: answers }))).toBe("NOT_FOUND");
    const sent = await server.gql(EVALUATE, { t: `${legacy.slice(0, 20)} ${legacy.slice(20)}`, a: answers });
    expect(sent.errors).toBeUndefined();
    expect(sent.data.submitEvaluation.received).toBe(true);
    expect(await evaluationState()).toEqual({ returned: before.returned + 1, responses: before.responses + 1 });

    expect(code(await server.gql(EVALUATE, { t: legacy, a: answers }))).toBe("CONFLICT");
    expect(await evaluationState()).toEqual({ returned: before.returned + 1, responses: before.responses + 1 });
  });

  it("refuses a code of the wrong shape with BAD_USER_INPUT on token, saying what is wrong, changing and counting nothing", async () => {
    nextWindow();
    const token = await closedCaseToken();
    const before = { state: await evaluationState(), counted: await counted() };
    const malformed: [string, RegExp][] = [
      [`${token.slice(0, -1)}U`, /never the letter U/],
      [token.slice(0, -1), /16 letters and numbers.*This one has 15/],
      [`${token}7`, /This one has 17/],
      [token.replace(/-/g, "_"), /only letters and numbers/],
      ["   ", /Enter the code/],
      ["A".repeat(42), /This one has 42/],
    ];
    for (const [t, message] of malformed) {
      const res = await server.gql(EVALUATE, { t, a: answers });
      expect(res.errors?.[0].extensions, JSON.stringify(t)).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
      expect(res.errors?.[0].message, JSON.stringify(t)).toMatch(message);
      expect(res.data).toBeNull();
    }
    expect({ state: await evaluationState(), counted: await counted() }).toEqual(before);
    // Well past the limit of ten had they counted: the good code still goes through.
    expect((await server.gql(EVALUATE, { t: token, a: answers })).errors).toBeUndefined();
  });
});

describe("the dashboard reads a typed code as the server does", () => {
  // Symbols, their look-alikes, both cases, separators and a few characters that make a code wrong.
  const typedChar = fc.constantFrom(..."0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyzIiLlOoUu- \t_.".split(""));
  const agree = (typed: string) => {
    const server = readEvaluationCode(typed);
    const dashboard = readCode(typed);
    expect({ ok: dashboard.ok, value: dashboard.ok ? dashboard.value : null }, JSON.stringify(typed)).toEqual({
      ok: server.ok,
      value: server.ok ? server.value : null,
    });
  };

  it("agrees on whether a code is well formed and on the value sent, for anything typed", () => {
    fc.assert(fc.property(fc.string({ unit: typedChar, minLength: 0, maxLength: 48 }), agree), { numRuns: 2000 });
    // Mostly near-valid: 16 to 19 characters, and the old 43-character shape.
    fc.assert(fc.property(fc.string({ unit: typedChar, minLength: 15, maxLength: 20 }), agree), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: typedChar, minLength: 43, maxLength: 43 }), agree), { numRuns: 500 });
  });

  it("shows a code grouped in fours, and an old one as it was", () => {
    expect(formatCode("7k3mq9xd2hfar8wt")).toBe("7K3M-Q9XD-2HFA-R8WT");
    const legacy = randomBytes(32).toString("base64url");
    expect(formatCode(legacy)).toBe(legacy);
  });
});
