/** What the family is told once their evaluation is in. */
export interface EvaluationReceipt {
  received: boolean;
  message: string;
}
