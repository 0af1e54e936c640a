/*
 * The rules of the anonymous evaluation [004 2.2B5]. How a family's code is written and read is in
 * evaluation-code.ts (decision 010).
 */

/** Every question is scored from 1 (not at all) to 5 (very, completely). */
export const EVALUATION_SCORE = { min: 1, max: 5 } as const;

export const isEvaluationScore = (n: number) => Number.isInteger(n) && n >= EVALUATION_SCORE.min && n <= EVALUATION_SCORE.max;

/** A family's free-text comment is kept to this many characters. */
export const EVALUATION_COMMENT_MAX = 2000;
