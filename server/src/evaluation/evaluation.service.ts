import { createHash, randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { DateTime } from "luxon";
import type { z } from "zod";
import type { Db, Tx } from "../db/client.js";
import { conflict, notFound } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { assertWithinLimit, rateLimitKey, recordAttempt } from "../ratelimit/rate-limit.service.js";
import { limitsByBucket } from "../ratelimit/rate-limit.rules.js";
import { evaluationInvitations, evaluationPending } from "./evaluation.table.js";
import { submitEvaluationSchema } from "./evaluation.validation.js";
import type { EvaluationBatch, EvaluationReceipt } from "./evaluation.model.js";
import type { Queryable } from "../db/client.js";
import { executeRows } from "../db/rows.js";
import type { Viewer } from "../core/viewer.js";
import { periodSchema } from "../statistics/statistics.validation.js";
import { formatEvaluationCode, newEvaluationCode } from "./evaluation-code.js";

type Channel = (typeof evaluationInvitations.$inferInsert)["channel"];

/** Of the canonical code (or an old token exactly as issued): see evaluation-code.ts. */
const hashEvaluationToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Issue the anonymous evaluation invitation for a closed case [004 2.2B5]. Only the token's hash is
 * stored, with the service, closure month, level and channel — nothing that points at the case or
 * the family. Callers must not audit or log the invitation's id or token next to the case.
 * Returns the code as it is read out and printed: XXXX-XXXX-XXXX-XXXX.
 */
export async function issueEvaluationInvitation(
  tx: Tx,
  opts: { serviceId: string; closedAt: Date; timeZone: string; level: number; channel: Channel },
): Promise<string> {
  const code = newEvaluationCode();
  const closureMonth = DateTime.fromJSDate(opts.closedAt, { zone: opts.timeZone }).startOf("month").toISODate()!;
  await tx.insert(evaluationInvitations).values({
    serviceId: opts.serviceId,
    tokenHash: hashEvaluationToken(code),
    closureMonth,
    level: opts.level,
    channel: opts.channel,
  });
  return formatEvaluationCode(code);
}

/**
 * Move a service's waiting answers into one batch once there are at least k of them (the service's
 * suppression threshold, at least 3): in random order, with one batch id and the month of release
 * (service-local), in the transaction of the answer that completes the batch.
 */
async function releaseBatch(tx: Tx, serviceId: string, now: Date) {
  await tx.execute(sql`
    with s as (
      select greatest(3, suppression_k) as k, coalesce(office_hours->>'timeZone', 'Europe/London') as tz from services where id = ${serviceId}
    ),
    ready as (
      select p.id from evaluation_pending p, s
      where p.service_id = ${serviceId} and (select count(*) from evaluation_pending where service_id = ${serviceId}) >= s.k
    ),
    moved as (delete from evaluation_pending p using ready where p.id = ready.id returning p.answers)
    insert into evaluation_responses (service_id, batch_id, batch_month, answers)
    select ${serviceId}, ${randomUUID()}::uuid, (select date_trunc('month', ${now.toISOString()}::timestamptz at time zone s.tz)::date from s), answers
    from moved order by random()`);
}

/**
 * Public: the family answers once with their code, typed as they like (evaluation-code.ts); the answers
 * carry only the invitation's categories. A code of the wrong shape is refused (BAD_USER_INPUT, field
 * `token`) before anything is counted or looked up.
 * Codes that do not match an unused invitation are counted per client address and, past the limit,
 * every attempt from that address is refused (RATE_LIMITED) before the token is looked up.
 */
export async function submitEvaluation(opts: {
  db: Db;
  token: string;
  answers: z.input<typeof submitEvaluationSchema>["answers"];
  clientAddress: string;
  now: Date;
}): Promise<EvaluationReceipt> {
  const { token, answers } = parseInput(submitEvaluationSchema, { token: opts.token, answers: opts.answers }, "");
  const limit = limitsByBucket.evaluation;
  const key = rateLimitKey(opts.clientAddress);
  await assertWithinLimit({ db: opts.db, limit, key, now: opts.now });
  const tokenHash = hashEvaluationToken(token);
  const outcome = await opts.db.transaction(async (tx) => {
    const [invitation] = await tx
      .update(evaluationInvitations)
      .set({ returned: true })
      .where(and(eq(evaluationInvitations.tokenHash, tokenHash), eq(evaluationInvitations.returned, false)))
      .returning();
    if (!invitation) {
      const [used] = await tx
        .select({ id: evaluationInvitations.id })
        .from(evaluationInvitations)
        .where(eq(evaluationInvitations.tokenHash, tokenHash));
      return used ? ("used" as const) : ("unknown" as const);
    }
    // Nothing about the case goes with the answers (decision 029): they wait, with the service only,
    // until the service has k of them, and are then released together in a shuffled batch.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`evaluations:${invitation.serviceId}`}, 0))`);
    await tx.insert(evaluationPending).values({
      serviceId: invitation.serviceId,
      answers: {
        helpfulness: answers.helpfulness,
        impartiality: answers.impartiality,
        wouldRecommend: answers.wouldRecommend ? "YES" : "NO",
        ...(answers.comment ? { comment: answers.comment } : {}),
      },
    });
    await releaseBatch(tx, invitation.serviceId, opts.now);
    return "received" as const;
  });
  if (outcome !== "received") {
    // Counted outside the (unchanged) transaction so the attempt is kept when the answer is a refusal.
    await recordAttempt({ db: opts.db, limit, key, now: opts.now, counts: true });
    if (outcome === "used") throw conflict("This evaluation has already been sent. Thank you.");
    throw notFound("Evaluation invitation");
  }
  return { received: true, message: "Thank you for telling us how we did. Your answers are anonymous." };
}

/**
 * A manager's view of the families' comments (decision 029): per released batch (at least k
 * answers), released in the months from `from` to `to`, each batch's comments in alphabetical order,
 * dated only by the month of release.
 */
export async function listEvaluationBatches(opts: { db: Queryable; viewer: Viewer; from: string; to: string }): Promise<EvaluationBatch[]> {
  const { from, to } = parseInput(periodSchema, { from: opts.from, to: opts.to }, "");
  const rows = await executeRows<{ month: string; responses: number; comments: string[] | null }>(
    opts.db,
    sql`select batch_month::text as month, count(*)::int as responses,
        array_agg(answers->>'comment' order by answers->>'comment') filter (where coalesce(btrim(answers->>'comment'), '') <> '') as comments
      from evaluation_responses
      where service_id = ${opts.viewer.serviceId} and batch_month between date_trunc('month', ${from}::date)::date and ${to}::date
      group by batch_id, batch_month order by batch_month desc, 3 desc`,
  );
  return rows.map((r) => ({ month: r.month, responses: Number(r.responses), comments: r.comments ?? [] }));
}
