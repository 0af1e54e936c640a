import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { SubmitEvaluationMutation } from "../../gql/graphql";
import type { ServerProblem } from "../../lib/errors";
import { useGraphQLRequest } from "../../lib/graphql-request";
import { useFormProblems, type DescribeRefusal, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field, type Choice } from "../../ui/field";
import { CODE_EXAMPLE, CODE_LENGTH, readCode } from "./evaluation-code";

const SubmitEvaluationDocument = graphql(`
  mutation SubmitEvaluation($token: String!, $answers: EvaluationAnswersInput!) {
    submitEvaluation(token: $token, answers: $answers) {
      ...EvaluationReceipt
    }
  }
`);

/** The receipt as `EvaluationReceipt` reads it. */
export type EvaluationReceiptView = SubmitEvaluationMutation["submitEvaluation"];

type Score = "5" | "4" | "3" | "2" | "1";
type YesNo = "YES" | "NO";
type Values = { code: string; helpfulness: Score[]; impartiality: Score[]; wouldRecommend: YesNo[]; comment: string };

/** Most positive first, as people read a scale; the values are the 1–5 the server counts. */
const helpfulnessChoices: Choice<Score>[] = [
  { value: "5", label: "Very helpful" },
  { value: "4", label: "Helpful" },
  { value: "3", label: "A little helpful" },
  { value: "2", label: "Not very helpful" },
  { value: "1", label: "Not helpful at all" },
];
const impartialityChoices: Choice<Score>[] = [
  { value: "5", label: "Yes, always" },
  { value: "4", label: "Yes, mostly" },
  { value: "3", label: "Sometimes" },
  { value: "2", label: "Not really" },
  { value: "1", label: "No, not at all" },
];

export const COMMENT_MAX = 2000;

function validate(v: Values): FieldProblem[] {
  const p: FieldProblem[] = [];
  const code = readCode(v.code);
  if (!code.ok)
    p.push({
      field: "code",
      message:
        code.problem === "empty"
          ? "Enter the code from your letter or email"
          : code.problem === "characters"
            ? `The code has only letters and numbers, like ${CODE_EXAMPLE}, and never the letter U. Check it against your letter`
            : code.length > CODE_LENGTH
              ? `The code has ${CODE_LENGTH} letters and numbers, like ${CODE_EXAMPLE}. You have entered ${code.length}. Check it against your letter. If the code on your letter really is longer, type it exactly as it is written, with capital and small letters as they are`
              : `The code has ${CODE_LENGTH} letters and numbers, like ${CODE_EXAMPLE}. You have entered ${code.length}. Check it against your letter`,
    });
  if (!v.helpfulness.length) p.push({ field: "helpfulness", message: "Choose how helpful we were" });
  if (!v.impartiality.length) p.push({ field: "impartiality", message: "Choose whether we were fair and did not take sides" });
  if (!v.wouldRecommend.length) p.push({ field: "wouldRecommend", message: "Choose yes or no: would you tell other families about us" });
  if (v.comment.trim().length > COMMENT_MAX)
    p.push({ field: "comment", message: `Keep this to ${COMMENT_MAX} characters or fewer. You have ${v.comment.trim().length}` });
  return p;
}

/** The server's `extensions.field` (named after the mutation's arguments) to this form's field ids. */
const serverFieldIds: Record<string, string> = {
  token: "code",
  "answers.helpfulness": "helpfulness",
  "answers.impartiality": "impartiality",
  "answers.wouldRecommend": "wouldRecommend",
  "answers.comment": "comment",
};

const notSent = "Your answers have not been sent";

/** Each refusal the field map does not place, by its `extensions.code`, in words a family can act on. */
function describeRefusal(problem: ServerProblem, codeKind: "code" | "legacy"): ReturnType<DescribeRefusal> {
  switch (problem.code) {
    case "NETWORK":
      return {
        title: notSent,
        message: "We could not reach our service. Check your internet connection and try again. Your answers are still here.",
      };
    case "NOT_FOUND":
      return {
        field: "code",
        message:
          codeKind === "legacy"
            ? "We cannot find this code. Check it against your letter: in a code this long, capital and small letters must match"
            : "We cannot find this code. Check each letter and number against your letter or email",
      };
    case "CONFLICT":
      return {
        title: "This code has already been used",
        message:
          "Answers have already been sent with this code, and each code works only once. If you sent them, thank you: there is nothing more to do. If you did not, please contact the service that helped you: their phone number is on the letter or email with your code.",
      };
    case "RATE_LIMITED":
      return {
        title: notSent,
        message:
          "Several codes that did not work have been tried from your internet connection. Please wait 10 minutes and try again. If it still does not work, contact the service that helped you: their phone number is on your letter or email.",
      };
    default:
      return {
        title: notSent,
        message:
          "Something went wrong on our side. Please try again later. Your answers are still here. If it keeps happening, contact the service that helped you: their phone number is on your letter or email.",
      };
  }
}

export function EvaluationForm(props: { initialCode: string; onSent: (receipt: EvaluationReceiptView) => void }) {
  const [values, setValues] = useState<Values>({
    code: props.initialCode,
    helpfulness: [],
    impartiality: [],
    wouldRecommend: [],
    comment: "",
  });
  const form = useFormProblems({ fields: serverFieldIds });
  // Sent as one request and kept in no cache: the code is a secret and the receipt is shown once.
  const [mutate, { loading }] = useGraphQLRequest(SubmitEvaluationDocument);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));
  const prefilled = Boolean(props.initialCode) && values.code === props.initialCode;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const code = readCode(values.code);
    if (!form.check(validate(values)) || !code.ok) return;
    try {
      const data = await mutate({
        token: code.value,
        answers: {
          helpfulness: Number(values.helpfulness[0]),
          impartiality: Number(values.impartiality[0]),
          wouldRecommend: values.wouldRecommend[0] === "YES",
          comment: values.comment.trim() || null,
        },
      });
      props.onSent(data.submitEvaluation);
    } catch (error) {
      form.fromServer(error, (problem) => describeRefusal(problem, code.kind));
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Tell us how we did">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title={form.failure.title ?? notSent}>
          <p data-testid="evaluation-failure">{form.failure.message}</p>
        </Alert>
      ) : null}

      <section className="card" aria-labelledby="code-heading">
        <h2 id="code-heading">Your code</h2>
        <Field
          id="code"
          label="Code from your letter or email"
          hint={
            prefilled ? (
              "We have filled this in from your link. You do not need to change it."
            ) : (
              <>
                It has {CODE_LENGTH} letters and numbers, like <span className="code-example">{CODE_EXAMPLE}</span>. Capital or small
                letters, spaces and dashes do not matter.
              </>
            )
          }
          error={form.errorFor("code")}
        >
          {(c) => (
            <input
              {...c}
              className="input input-code"
              autoComplete="off"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              value={values.code}
              onChange={(e) => set("code", e.currentTarget.value)}
            />
          )}
        </Field>
      </section>

      <section className="card" aria-labelledby="questions-heading">
        <h2 id="questions-heading">Your answers</h2>
        <ChoiceGroup
          id="helpfulness"
          type="radio"
          legend="How helpful was our service?"
          error={form.errorFor("helpfulness")}
          choices={helpfulnessChoices}
          value={values.helpfulness}
          onChange={(v) => set("helpfulness", v)}
        />
        <ChoiceGroup
          id="impartiality"
          type="radio"
          legend="Were we fair, without taking sides?"
          hint="We should give you the facts and your choices, and not take the side of the council or the school."
          error={form.errorFor("impartiality")}
          choices={impartialityChoices}
          value={values.impartiality}
          onChange={(v) => set("impartiality", v)}
        />
        <ChoiceGroup
          id="wouldRecommend"
          type="radio"
          legend="Would you tell other families to ask us for help?"
          error={form.errorFor("wouldRecommend")}
          choices={[
            { value: "YES", label: "Yes" },
            { value: "NO", label: "No" },
          ]}
          value={values.wouldRecommend}
          onChange={(v) => set("wouldRecommend", v)}
        />
        <Field
          id="comment"
          label="Is there anything else you want to tell us? (optional)"
          hint={`Please do not write any names, so your answers stay anonymous. Up to ${COMMENT_MAX} characters.`}
          error={form.errorFor("comment")}
        >
          {(c) => (
            <textarea {...c} className="textarea" rows={5} value={values.comment} onChange={(e) => set("comment", e.currentTarget.value)} />
          )}
        </Field>
      </section>

      <div className="button-row">
        <Button type="submit" disabled={loading}>
          {loading ? "Sending…" : "Send my answers"}
        </Button>
      </div>
    </form>
  );
}
