import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { FeedbackKind } from "../../gql/graphql";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field } from "../../ui/field";
import { localDateTimeInput } from "../../ui/format";
import { feedbackKindLabels, feedbackKindValues } from "../../gql/labels";

/** Returns the entry as the log shows it; the log is asked again so it takes its place at the top. */
const LogComplaintDocument = graphql(`
  mutation LogComplaint($input: LogComplaintInput!) {
    logComplaint(input: $input) {
      id
      ...ComplaintItem
    }
  }
`);

const fieldIds: Record<string, string> = {
  kind: "complaint-kind",
  receivedAt: "complaint-received",
  fromWhom: "complaint-from",
  what: "complaint-what",
  measuresTaken: "complaint-measures",
  escalatedTo: "complaint-escalated",
  responseDueOn: "complaint-due",
};

/** Log a complaint, comment or compliment as it reached us. */
export function LogComplaintForm() {
  const [kind, setKind] = useState<FeedbackKind[]>([]);
  const [receivedAt, setReceivedAt] = useState(() => localDateTimeInput());
  const [fromWhom, setFromWhom] = useState("");
  const [what, setWhat] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({ fields: fieldIds });
  const [log, { loading }] = useMutation(LogComplaintDocument, { refetchQueries: ["Complaints"], awaitRefetchQueries: true });
  const chosen = kind[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: FieldProblem[] = [];
    if (!chosen) found.push({ field: "complaint-kind", message: "Choose complaint, comment or compliment" });
    if (!receivedAt) found.push({ field: "complaint-received", message: "Enter when it reached us" });
    else if (Date.parse(receivedAt) > Date.now() + 60_000)
      found.push({ field: "complaint-received", message: "It cannot have reached us in the future" });
    if (!what.trim()) found.push({ field: "complaint-what", message: "Say what it is about" });
    if (!form.check(found) || !chosen) return;
    try {
      await log({
        variables: {
          input: {
            kind: chosen,
            receivedAt: new Date(receivedAt).toISOString(),
            fromWhom: fromWhom.trim() || null,
            what: what.trim(),
            responseDueOn: chosen === "COMPLIMENT" ? null : dueOn || null,
          },
        },
      });
      const message = `${feedbackKindLabels[chosen]} logged.`;
      setDone(message);
      announce(message);
      setKind([]);
      setFromWhom("");
      setWhat("");
      setDueOn("");
      setReceivedAt(localDateTimeInput());
    } catch (error) {
      form.fromServer(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="card stack-tight" aria-labelledby="log-complaint-heading">
      <h2 id="log-complaint-heading">Log something new</h2>
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not logged">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" title="Saved">
          <p data-testid="complaint-saved">{done}</p>
        </Alert>
      ) : null}
      <ChoiceGroup
        id="complaint-kind"
        type="radio"
        legend="What is it?"
        error={form.errorFor("complaint-kind")}
        choices={feedbackKindValues.map((k) => ({ value: k, label: feedbackKindLabels[k] }))}
        value={kind}
        onChange={(v) => setKind(v as FeedbackKind[])}
      />
      <Field id="complaint-received" label="When did it reach us?" error={form.errorFor("complaint-received")}>
        {(c) => (
          <input {...c} className="input" type="datetime-local" value={receivedAt} onChange={(e) => setReceivedAt(e.currentTarget.value)} />
        )}
      </Field>
      <Field id="complaint-from" label="Who is it from? (optional)" hint="Seen by managers only." error={form.errorFor("complaint-from")}>
        {(c) => <input {...c} className="input" value={fromWhom} onChange={(e) => setFromWhom(e.currentTarget.value)} />}
      </Field>
      <Field id="complaint-what" label="What is it about?" error={form.errorFor("complaint-what")}>
        {(c) => <textarea {...c} className="textarea" rows={4} value={what} onChange={(e) => setWhat(e.currentTarget.value)} />}
      </Field>
      {chosen !== "COMPLIMENT" ? (
        <Field
          id="complaint-due"
          label="Response due by (optional)"
          hint="Leave blank for a complaint to be due 20 working days after it reached us."
          error={form.errorFor("complaint-due")}
        >
          {(c) => (
            <input
              {...c}
              className="input"
              data-width="short"
              type="date"
              value={dueOn}
              onChange={(e) => setDueOn(e.currentTarget.value)}
            />
          )}
        </Field>
      ) : null}
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Log it"}
      </Button>
    </form>
  );
}
