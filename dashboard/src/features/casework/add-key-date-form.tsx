import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { KeyDateKind } from "../../gql/graphql";
import { keyDateKindLabels, keyDateKindValues } from "../../gql/labels";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";

const AddKeyDateDocument = graphql(`
  mutation AddCaseKeyDate($referralId: ID!, $input: KeyDateInput!) {
    addKeyDate(referralId: $referralId, input: $input) {
      id
    }
  }
`);

/** The holder of a case records a date the family faces; statutory dates that follow are added by the server. */
export function AddKeyDateForm(props: { referralId: string }) {
  const [kind, setKind] = useState<KeyDateKind>("TRIBUNAL");
  const [on, setOn] = useState("");
  const [notes, setNotes] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({ fields: { kind: "key-date-kind", on: "key-date-on", notes: "key-date-notes" } });
  const [add, { loading }] = useMutation(AddKeyDateDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: FieldProblem[] = [];
    if (!on) found.push({ field: "key-date-on", message: "Enter the date" });
    if (!form.check(found)) return;
    try {
      await add({ variables: { referralId: props.referralId, input: { kind, on, notes: notes.trim() || null } } });
      const message = `${keyDateKindLabels[kind]} added.`;
      setDone(message);
      announce(message);
      setOn("");
      setNotes("");
    } catch (e) {
      form.fromServer(e);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Add a key date">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not added">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" live="status" title="Saved">
          <p>{done}</p>
        </Alert>
      ) : null}
      <Field id="key-date-kind" label="What is the date?">
        {(c) => (
          <select {...c} className="select" value={kind} onChange={(e) => setKind(e.currentTarget.value as KeyDateKind)}>
            {keyDateKindValues.map((k) => (
              <option key={k} value={k}>
                {keyDateKindLabels[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="key-date-on"
        label="Date"
        hint="A decision letter or mediation certificate adds the appeal deadline; a new one replaces the old."
        error={form.errorFor("key-date-on")}
      >
        {(c) => <input {...c} className="input" type="date" value={on} onChange={(e) => setOn(e.currentTarget.value)} />}
      </Field>
      <Field id="key-date-notes" label="Notes (optional)" error={form.errorFor("key-date-notes")}>
        {(c) => <input {...c} className="input" value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Adding…" : "Add key date"}
      </Button>
    </form>
  );
}
