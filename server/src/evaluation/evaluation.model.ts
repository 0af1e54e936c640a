/** What the family is told once their evaluation is in. */
export interface EvaluationReceipt {
  received: boolean;
  message: string;
}

/** One released batch of evaluations (decision 029): its month, its size and its comments, in alphabetical order. */
export interface EvaluationBatch {
  month: string;
  responses: number;
  comments: string[];
}
