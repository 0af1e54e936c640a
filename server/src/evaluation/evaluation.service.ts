import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { DateTime } from "luxon";
import type { z } from "zod";
import type { Db, Tx } from "../db/client.js";
import { conflict, notFound } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { assertWithinLimit, rateLimitKey, recordAttempt } from "../ratelimit/rate-limit.service.js";
import { limitsByBucket } from "../ratelimit/rate-limit.rules.js";
import { evaluationInvitations, evaluationResponses } from "./evaluation.table.js";
import { submitEvaluationSchema } from "./evaluation.validation.js";
import type { EvaluationReceipt } from "./evaluation.model.js";
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
    await tx.insert(evaluationResponses).values({
      serviceId: invitation.serviceId,
      closureMonth: invitation.closureMonth,
      level: invitation.level,
      channel: invitation.channel,
      answers: {
        helpfulness: answers.helpfulness,
        impartiality: answers.impartiality,
        wouldRecommend: answers.wouldRecommend ? "YES" : "NO",
        ...(answers.comment ? { comment: answers.comment } : {}),
      },
    });
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
