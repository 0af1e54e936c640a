import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { useFormProblems } from "../../lib/form-problems";

const RaiseDocument = graphql(`
  mutation RaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {
    raiseSafeguardingConcern(input: $input) {
      id
      raisedAt
    }
  }
`);

/**
 * Raise a concern on a case or on a referral (any manager, officer or volunteer, theirs or not:
 * safeguarding overrides confidentiality). Every manager is alerted.
 */
export function RaiseSafeguardingForm(props: { caseId: string } | { referralId: string }) {
  const [summary, setSummary] = useState("");
  const [done, setDone] = useState(false);
  // Unique per form: a page of search results may hold several.
  const summaryId = `safeguarding-summary${useId().replace(/:/g, "")}`;
  const form = useFormProblems({ fields: { summary: summaryId } });
  const [raise, { loading }] = useMutation(RaiseDocument, { refetchQueries: ["Case"] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (!form.check(summary.trim() ? [] : [{ field: summaryId, message: "Describe the concern" }])) return;
    const on = "caseId" in props ? { caseId: props.caseId } : { referralId: props.referralId };
    try {
      await raise({ variables: { input: { ...on, summary: summary.trim() } } });
      setDone(true);
      setSummary("");
    } catch (e) {
      form.fromServer(e);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Raise a safeguarding concern">
      <p className="hint">
        Every manager is alerted at once. If a child is in immediate danger, call 999 first. Confidentiality gives way to safeguarding.
      </p>
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not raised">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" live="status" title="Concern raised">
          <p>The managers have been alerted. One of them will acknowledge it and record what was decided.</p>
        </Alert>
      ) : null}
      <Field
        id={summaryId}
        label="What is the concern?"
        hint="What you saw or were told, when, and by whom."
        error={form.errorFor(summaryId)}
      >
        {(c) => <textarea {...c} className="textarea" rows={4} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Raising…" : "Raise concern"}
      </Button>
    </form>
  );
}
