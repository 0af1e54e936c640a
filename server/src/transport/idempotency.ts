import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { parse, type OperationDefinitionNode } from "graphql";
import type { Db, Tx } from "../db/client.js";
import { ErrorCode } from "../core/errors.js";
import type { Context } from "../graphql/context.js";
import { IDEMPOTENCY_KEY_PATTERN, keepsAnswer } from "../idempotency/idempotency.rules.js";
import { claimKey, findKey, keepAnswer, type KeptAnswer } from "../idempotency/idempotency.service.js";

/** The header a client names its attempt with (decision 027); retries of the attempt send the same value. */
export const IDEMPOTENCY_HEADER = "idempotency-key";
/** Set on an answer replayed from an earlier request with the same key. */
export const REPLAYED_HEADER = "idempotent-replayed";

export interface Answer {
  status: number;
  headers: [string, string][];
  body: string;
}

/** Thrown inside the mutation's transaction when another attempt with the same key committed first: rolls it back. */
class LostRace extends Error {}

const refusal = (status: number, message: string): Answer => ({
  status,
  headers: [["content-type", "application/json; charset=utf-8"]],
  body: JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.CONFLICT, field: "Idempotency-Key" } }] }),
});

const json = (status: number, body: unknown, extra: [string, string][] = []): Answer => ({
  status,
  headers: [["content-type", "application/json; charset=utf-8"], ...extra],
  body: JSON.stringify(body),
});

/** The root fields of the mutation a request runs, or null when it runs no mutation (or does not parse: Apollo answers that). */
function mutationFields(body: unknown): string[] | null {
  if (typeof body !== "object" || body === null) return null;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== "string") return null;
  let op: OperationDefinitionNode | undefined;
  try {
    const ops = parse(query, { maxTokens: 3000 }).definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
    op = typeof operationName === "string" ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  } catch {
    return null;
  }
  if (op?.operation !== "mutation") return null;
  return op.selectionSet.selections.map((s) => (s.kind === "Field" ? s.name.value : "…"));
}

/** SHA-256 of what the request asks: its document, operation name and variables, with object keys in order. */
function requestHash(body: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : typeof v === "object" && v !== null
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  const { query, operationName, variables } = body as Record<string, unknown>;
  return createHash("sha256")
    .update(JSON.stringify(canonical({ query, operationName: operationName ?? null, variables: variables ?? null })))
    .digest("hex");
}

/**
 * Idempotent mutations over HTTP (decision 027). A request with an `Idempotency-Key` header that runs
 * a mutation first looks the key up (scoped to the signed-in staff member, or "public"): a kept answer
 * for the same request is replayed (`Idempotent-Replayed: true`), the same key with another request is
 * refused with CONFLICT (409). Otherwise the mutation runs with the key claimed inside its own first
 * transaction, so the key commits with its writes or not at all; a concurrent attempt that loses the
 * claim rolls back and replays the winner's answer. The answer is kept once it is known. An answer with
 * an unexpected error (INTERNAL_SERVER_ERROR, DATABASE_UNAVAILABLE) is not kept; a retry runs afresh.
 */
export function idempotentRequests(opts: { db: Db; now: () => Date }) {
  return async function run(
    req: IncomingMessage,
    body: unknown,
    contextOf: () => Promise<Context>,
    execute: (context?: Context) => Promise<Answer>,
  ): Promise<Answer> {
    const raw = req.headers[IDEMPOTENCY_HEADER];
    if (raw === undefined) return execute();
    const key = Array.isArray(raw) ? raw.join(",") : raw;
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
      return json(400, {
        errors: [
          {
            message: "The Idempotency-Key header must be 16 to 128 letters, digits, - or _.",
            extensions: { code: ErrorCode.BAD_REQUEST, field: "Idempotency-Key" },
          },
        ],
      });
    }
    const fields = mutationFields(body);
    if (!fields || !keepsAnswer(fields)) return execute();

    const context = await contextOf();
    const scope = context.viewer?.staffId ?? "public";
    const hash = requestHash(body);
    const replay = (kept: KeptAnswer): Answer =>
      kept.requestHash !== hash
        ? refusal(409, "This Idempotency-Key was used for a different request; send a new key for a new request.")
        : kept.status === 0
          ? refusal(
              409,
              "A request with this Idempotency-Key is still running, or its answer was lost after it was done; fetch the data again.",
            )
          : {
              status: kept.status,
              headers: [
                ["content-type", "application/json; charset=utf-8"],
                [REPLAYED_HEADER, "true"],
              ],
              body: kept.body,
            };

    // A kept row without its answer yet: the first attempt's writes committed and its answer is being
    // kept (milliseconds), or it was lost; wait up to ~2 s for it before saying so.
    const settled = async () => {
      let kept = await findKey({ db: opts.db, scope, key });
      for (let i = 0; kept && kept.status === 0 && kept.requestHash === hash && i < 40; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        kept = await findKey({ db: opts.db, scope, key });
      }
      return kept;
    };
    const kept = await settled();
    if (kept) return replay(kept);

    // The key is claimed inside the mutation's own first transaction (the services write in one), so it
    // commits with the writes or not at all; another attempt that committed first makes this one roll back.
    let claimed = false;
    let lostRace = false;
    const db = opts.db;
    const transaction = (async (fn: (tx: Tx) => Promise<unknown>, config?: unknown) =>
      db.transaction(async (tx) => {
        if (!claimed) {
          if (!(await claimKey({ tx, scope, key, requestHash: hash, now: opts.now() }))) {
            lostRace = true;
            throw new LostRace();
          }
          claimed = true;
        }
        return fn(tx);
      }, config as never)) as Db["transaction"];
    const keyed = new Proxy(db, {
      get(target, prop) {
        if (prop === "transaction") return transaction;
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const answer = await execute({ ...context, db: keyed });
    if (lostRace) {
      const winner = await settled();
      return winner ? replay(winner) : answer;
    }
    // An unexpected failure (INTERNAL, or the database unreachable) is not kept: if it rolled the writes back, their
    // key went with them and a retry runs afresh; if it came after the commit, the key committed too and
    // a retry is told the answer was lost (409), never run twice.
    if (
      answer.status >= 500 ||
      answer.body.includes(`"code":"${ErrorCode.INTERNAL_SERVER_ERROR}"`) ||
      answer.body.includes(`"code":"${ErrorCode.DATABASE_UNAVAILABLE}"`)
    )
      return answer;
    // The answer is kept after the writes committed; if this fails, a retry is told the answer was lost (409), never run twice.
    try {
      await keepAnswer({ db: opts.db, scope, key, requestHash: hash, status: answer.status, body: answer.body, now: opts.now() });
    } catch {
      // the answer still goes to the client
    }
    return answer;
  };
}
