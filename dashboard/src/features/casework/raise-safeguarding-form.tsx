import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
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

export function RaiseSafeguardingForm(props: { caseId: string }) {
  const [summary, setSummary] = useState("");
  const [done, setDone] = useState(false);
  const form = useFormProblems({ fields: { summary: "safeguarding-summary" } });
  const [raise, { loading }] = useMutation(RaiseDocument, { refetchQueries: ["Case"] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (!form.check(summary.trim() ? [] : [{ field: "safeguarding-summary", message: "Describe the concern" }])) return;
    try {
      await raise({ variables: { input: { caseId: props.caseId, summary: summary.trim() } } });
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
        id="safeguarding-summary"
        label="What is the concern?"
        hint="What you saw or were told, when, and by whom."
        error={form.errorFor("safeguarding-summary")}
      >
        {(c) => <textarea {...c} className="textarea" rows={4} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Raising…" : "Raise concern"}
      </Button>
    </form>
  );
}
