import { createHash, randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { DateTime } from "luxon";
import type { Db, Tx } from "../db/client.js";
import { conflict, notFound } from "../graphql/errors.js";
import { parseInput } from "../graphql/validate-input.js";
import { evaluationInvitations, evaluationResponses } from "./evaluation.table.js";
import { evaluationAnswersSchema, evaluationTokenSchema, type EvaluationAnswersInput } from "./evaluation.inputs.js";
import type { EvaluationReceipt } from "./evaluation.type.js";

type Channel = (typeof evaluationInvitations.$inferInsert)["channel"];

const hashEvaluationToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Issue the anonymous evaluation invitation for a closed case [004 2.2B5]. Only the token's hash is
 * stored, with the service, closure month, level and channel — nothing that points at the case or
 * the family. Callers must not audit or log the invitation's id or token next to the case.
 */
export async function issueEvaluationInvitation(
  tx: Tx,
  opts: { serviceId: string; closedAt: Date; timeZone: string; level: number; channel: Channel },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const closureMonth = DateTime.fromJSDate(opts.closedAt, { zone: opts.timeZone }).startOf("month").toISODate()!;
  await tx.insert(evaluationInvitations).values({
    serviceId: opts.serviceId,
    tokenHash: hashEvaluationToken(token),
    closureMonth,
    level: opts.level,
    channel: opts.channel,
  });
  return token;
}

/** Public: the family answers once with their token; the answers carry only the invitation's categories. */
export async function submitEvaluation(opts: { db: Db; token: string; answers: EvaluationAnswersInput }): Promise<EvaluationReceipt> {
  const token = parseInput(evaluationTokenSchema, opts.token, "token");
  const answers = parseInput(evaluationAnswersSchema, opts.answers, "answers");
  const tokenHash = hashEvaluationToken(token);
  await opts.db.transaction(async (tx) => {
    const [invitation] = await tx
      .update(evaluationInvitations)
      .set({ returned: true })
      .where(and(eq(evaluationInvitations.tokenHash, tokenHash), eq(evaluationInvitations.returned, false)))
      .returning();
    if (!invitation) {
      const [used] = await tx.select({ id: evaluationInvitations.id }).from(evaluationInvitations).where(eq(evaluationInvitations.tokenHash, tokenHash));
      if (used) throw conflict("This evaluation has already been sent. Thank you.");
      throw notFound("Evaluation invitation");
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
  });
  return { received: true, message: "Thank you for telling us how we did. Your answers are anonymous." };
}
