import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq, like, sql } from "drizzle-orm";
import { tables } from "server";
import { pruneIdempotencyKeys } from "server/idempotency/idempotency.service.ts";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, TEST_PASSWORD } from "../support/factories.js";
import { ALLOCATE, openCase, triagedReferral } from "../support/casework.js";
import { CREATE, SUBMIT, createReferralInput, selfReferralInput } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";
import { operationText, type Operation } from "../support/operation.js";

const LOG = graphql(`mutation IdempotentLogActivity($input: LogActivityInput!) { logActivity(input: $input) { id summary } }`);
const LOGIN = graphql(`mutation IdempotentLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`);

/** POST one operation with an Idempotency-Key, as the dashboard does; the whole HTTP answer. */
async function send<R, V>(server: TestServer, document: Operation<R, V>, variables: V, token: string | undefined, key: string) {
  const res = await fetch(server.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "idempotency-key": key,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: operationText(document), variables }),
  });
  const text = await res.text();
  return { status: res.status, replayed: res.headers.get("idempotent-replayed") === "true", text, body: JSON.parse(text) as any };
}

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
beforeAll(async () => {
  server = await startTestServer();
  a = await createServiceWithTeam(server);
});
afterAll(() => server?.close());

const referralsWithReason = async (reason: string) =>
  Number((await server.db.select({ n: count() }).from(tables.referrals).where(eq(tables.referrals.reasonForReferral, reason)))[0].n);
const keysKept = async () => Number((await server.db.select({ n: count() }).from(tables.idempotencyKeys))[0].n);

describe("Idempotency-Key on mutations", () => {
  it("answers a retried createReferral with the first answer and creates one referral", async () => {
    const reason = `Retried ${randomUUID()}`;
    const input = createReferralInput({ reasonForReferral: reason });
    const key = randomUUID();
    const first = await send(server, CREATE, { input }, a.MANAGER.token, key);
    expect(first.body.errors).toBeUndefined();
    expect(first.replayed).toBe(false);
    const retry = await send(server, CREATE, { input }, a.MANAGER.token, key);
    expect(retry).toMatchObject({ status: 200, replayed: true, text: first.text });
    expect(await referralsWithReason(reason)).toBe(1);
  });

  it("runs concurrent retries of one attempt once", async () => {
    const reason = `Concurrent ${randomUUID()}`;
    const input = createReferralInput({ reasonForReferral: reason });
    const key = randomUUID();
    const answers = await Promise.all([1, 2, 3, 4].map(() => send(server, CREATE, { input }, a.MANAGER.token, key)));
    expect(new Set(answers.map((x) => x.text)).size).toBe(1);
    expect(answers.filter((x) => !x.replayed)).toHaveLength(1);
    expect(answers[0].body.data.createReferral.reference).toMatch(/\S/);
    expect(await referralsWithReason(reason)).toBe(1);
  });

  it("refuses the same key with a different request with CONFLICT, changing nothing", async () => {
    const key = randomUUID();
    const reason = `First ${randomUUID()}`;
    await send(server, CREATE, { input: createReferralInput({ reasonForReferral: reason }) }, a.MANAGER.token, key);
    const other = `Second ${randomUUID()}`;
    const kept = await keysKept();
    const res = await send(server, CREATE, { input: createReferralInput({ reasonForReferral: other }) }, a.MANAGER.token, key);
    expect(res.status).toBe(409);
    expect(res.body.errors[0].extensions).toEqual({ code: "CONFLICT", field: "Idempotency-Key" });
    expect(await referralsWithReason(other)).toBe(0);
    expect(await referralsWithReason(reason)).toBe(1);
    expect(await keysKept()).toBe(kept);
  });

  it("keeps each staff member's keys apart: another user's same key runs their own request", async () => {
    const key = randomUUID();
    const reason = `Shared key ${randomUUID()}`;
    const input = createReferralInput({ reasonForReferral: reason });
    const mine = await send(server, CREATE, { input }, a.MANAGER.token, key);
    const theirs = await send(server, CREATE, { input }, a.OFFICER.token, key);
    expect(theirs.replayed).toBe(false);
    expect(theirs.body.data.createReferral.id).not.toBe(mine.body.data.createReferral.id);
    expect(await referralsWithReason(reason)).toBe(2);
  });

  it("does not log an activity twice", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const summary = `Phoned the family ${randomUUID()}`;
    const input = {
      caseId: c.caseId,
      kind: "PHONE_CALL" as const,
      occurredAt: new Date().toISOString(),
      minutes: 20,
      withFamily: true,
      summary,
    };
    const key = randomUUID();
    const first = await send(server, LOG, { input }, a.OFFICER.token, key);
    expect(first.body.errors, first.text).toBeUndefined();
    const retry = await send(server, LOG, { input }, a.OFFICER.token, key);
    expect(retry.replayed).toBe(true);
    expect(retry.body.data.logActivity.id).toBe(first.body.data.logActivity.id);
    const [{ n }] = await server.db.select({ n: count() }).from(tables.activities).where(eq(tables.activities.summary, summary));
    expect(Number(n)).toBe(1);
  });

  it("does not allocate twice, and replays the first answer rather than a refusal", async () => {
    const referral = await triagedReferral(server, a.MANAGER.token, 2);
    const key = randomUUID();
    const first = await send(server, ALLOCATE, { r: referral.id, s: a.OFFICER.id }, a.MANAGER.token, key);
    expect(first.body.errors).toBeUndefined();
    const retry = await send(server, ALLOCATE, { r: referral.id, s: a.OFFICER.id }, a.MANAGER.token, key);
    expect(retry).toMatchObject({ replayed: true, text: first.text });
    const rows = await server.db
      .select()
      .from(tables.allocations)
      .where(eq(tables.allocations.caseId, first.body.data.allocateReferral.caseId));
    expect(rows).toHaveLength(1);
  });

  it("replays a refusal as it was, and the refusal changed nothing", async () => {
    const key = randomUUID();
    const input = createReferralInput({ reasonForReferral: "" });
    const referrals = async () => Number((await server.db.select({ n: count() }).from(tables.referrals))[0].n);
    const before = await referrals();
    const first = await send(server, CREATE, { input }, a.MANAGER.token, key);
    expect(first.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reasonForReferral" });
    const retry = await send(server, CREATE, { input }, a.MANAGER.token, key);
    expect(retry).toMatchObject({ replayed: true, text: first.text });
    expect(await referrals()).toBe(before);
  });

  it("makes the public self-referral form's retry safe too", async () => {
    const reason = `Public ${randomUUID()}`;
    const input = selfReferralInput(a.service.slug, { reasonForReferral: reason });
    const key = randomUUID();
    const first = await send(server, SUBMIT, { input }, undefined, key);
    expect(first.body.errors).toBeUndefined();
    const retry = await send(server, SUBMIT, { input }, undefined, key);
    expect(retry).toMatchObject({ replayed: true, text: first.text });
    expect(await referralsWithReason(reason)).toBe(1);
  });

  it("never keeps a sign-in's answer (a session token)", async () => {
    const kept = await keysKept();
    const key = randomUUID();
    const first = await send(server, LOGIN, { e: a.OFFICER.email, p: TEST_PASSWORD }, undefined, key);
    const second = await send(server, LOGIN, { e: a.OFFICER.email, p: TEST_PASSWORD }, undefined, key);
    expect(first.body.data.login.token).not.toBe(second.body.data.login.token);
    expect(second.replayed).toBe(false);
    expect(await keysKept()).toBe(kept);
    const tokens = await server.db.select({ n: count() }).from(tables.idempotencyKeys).where(like(tables.idempotencyKeys.body, "%token%"));
    expect(Number(tokens[0].n)).toBe(0);
  });

  it("never runs a retry twice when the first attempt's writes committed but its answer was not kept", async () => {
    const reason = `Answer lost ${randomUUID()}`;
    const input = createReferralInput({ reasonForReferral: reason });
    const key = randomUUID();
    await send(server, CREATE, { input }, a.MANAGER.token, key);
    // As if the process died between the commit and keeping the answer.
    await server.db.update(tables.idempotencyKeys).set({ status: 0, body: "" }).where(eq(tables.idempotencyKeys.key, key));
    const retry = await send(server, CREATE, { input }, a.MANAGER.token, key);
    expect(retry.status).toBe(409);
    expect(retry.body.errors[0].extensions).toEqual({ code: "CONFLICT", field: "Idempotency-Key" });
    expect(await referralsWithReason(reason)).toBe(1);
  });

  it("refuses a malformed key with 400 BAD_REQUEST naming the header, running nothing", async () => {
    const reason = `Bad key ${randomUUID()}`;
    const res = await send(server, CREATE, { input: createReferralInput({ reasonForReferral: reason }) }, a.MANAGER.token, "short");
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toEqual({ code: "BAD_REQUEST", field: "Idempotency-Key" });
    expect(await referralsWithReason(reason)).toBe(0);
  });

  it("forgets keys older than a day at maintenance, so only then would the same key run again", async () => {
    const key = randomUUID();
    const reason = `Pruned ${randomUUID()}`;
    const input = createReferralInput({ reasonForReferral: reason });
    await send(server, CREATE, { input }, a.MANAGER.token, key);
    const keyRow = sql`${tables.idempotencyKeys.key} = ${key}`;
    await pruneIdempotencyKeys({ db: server.db, now: new Date(Date.now() + 23 * 3600_000) });
    expect(await server.db.select().from(tables.idempotencyKeys).where(keyRow)).toHaveLength(1);
    expect((await send(server, CREATE, { input }, a.MANAGER.token, key)).replayed).toBe(true);
    await pruneIdempotencyKeys({ db: server.db, now: new Date(Date.now() + 25 * 3600_000) });
    expect(await server.db.select().from(tables.idempotencyKeys).where(keyRow)).toHaveLength(0);
    expect((await send(server, CREATE, { input }, a.MANAGER.token, key)).replayed).toBe(false);
    expect(await referralsWithReason(reason)).toBe(2);
  });
});
