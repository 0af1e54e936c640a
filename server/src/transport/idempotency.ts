import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { parse, type OperationDefinitionNode } from "graphql";
import type { Db } from "../db/client.js";
import { ErrorCode } from "../core/errors.js";
import type { Context } from "../graphql/context.js";
import { IDEMPOTENCY_KEY_PATTERN, keepsAnswer } from "../idempotency/idempotency.rules.js";
import { claimKey, keepAnswer } from "../idempotency/idempotency.service.js";

/** The header a client names its attempt with (decision 027); retries of the attempt send the same value. */
export const IDEMPOTENCY_HEADER = "idempotency-key";
/** Set on an answer replayed from an earlier request with the same key. */
export const REPLAYED_HEADER = "idempotent-replayed";

export interface Answer {
  status: number;
  headers: [string, string][];
  body: string;
}

class RolledBack extends Error {}

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
 * a mutation runs in one transaction that first claims the key (scoped to the signed-in staff member,
 * or "public"), then runs the mutation on that transaction (services' own transactions become
 * savepoints in it) and keeps its answer, so the key, the writes and the answer commit together or not
 * at all. The same key again replays the kept answer (with `Idempotent-Replayed: true`); the same key
 * with a different request is refused with CONFLICT (409). An answer with an unexpected error (a
 * database failure: INTERNAL_SERVER_ERROR) rolls everything back, so a retry runs afresh.
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
    let answer: Answer | undefined;
    try {
      await opts.db.transaction(async (tx) => {
        const kept = await claimKey({ tx, scope, key, requestHash: hash, now: opts.now() });
        if (kept) {
          answer =
            kept.requestHash === hash
              ? {
                  status: kept.status,
                  headers: [
                    ["content-type", "application/json; charset=utf-8"],
                    [REPLAYED_HEADER, "true"],
                  ],
                  body: kept.body,
                }
              : json(409, {
                  errors: [
                    {
                      message: "This Idempotency-Key was used for a different request; send a new key for a new request.",
                      extensions: { code: ErrorCode.CONFLICT, field: "Idempotency-Key" },
                    },
                  ],
                });
          return;
        }
        answer = await execute({ ...context, db: tx as unknown as Db });
        if (answer.status >= 500 || answer.body.includes(`"code":"${ErrorCode.INTERNAL_SERVER_ERROR}"`)) throw new RolledBack();
        await keepAnswer({ tx, scope, key, status: answer.status, body: answer.body });
      });
    } catch (error) {
      if (error instanceof RolledBack && answer) return answer;
      throw error;
    }
    return answer!;
  };
}
