import { describe, expect, it } from "vitest";
import { EVALUATION_SCORE, isEvaluationScore } from "./evaluation.rules.js";

describe("evaluation rules", () => {
  it("a question is scored in whole points from 1 to 5", () => {
    expect(EVALUATION_SCORE).toEqual({ min: 1, max: 5 });
    expect([1, 2, 3, 4, 5].every(isEvaluationScore)).toBe(true);
    expect([0, 6, 2.5, -1].some(isEvaluationScore)).toBe(false);
  });
});
