import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field } from "../../ui/field";
import { todayLocal } from "../../ui/format";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";

const RecordCapacityDocument = graphql(`
  mutation RecordMentalCapacity($input: RecordMentalCapacityInput!) {
    recordMentalCapacity(input: $input) {
      id
      decisionMaker
    }
  }
`);

/** A young person aged 16 or over decides for themselves if they have mental capacity [003]: record an assessment. */
export function MentalCapacityForm(props: { caseId: string }) {
  const [has, setHas] = useState<string[]>(["yes"]);
  const [assessedOn, setAssessedOn] = useState(() => todayLocal());
  const [assessedBy, setAssessedBy] = useState("");
  const [notes, setNotes] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({
    fields: { assessedOn: "capacity-on", assessedBy: "capacity-by", notes: "capacity-notes", caseId: "capacity-by" },
  });
  const [record, { loading }] = useMutation(RecordCapacityDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: FieldProblem[] = [];
    if (!assessedBy.trim()) found.push({ field: "capacity-by", message: "Say who assessed capacity" });
    if (!assessedOn) found.push({ field: "capacity-on", message: "Enter the date of the assessment" });
    if (!form.check(found)) return;
    try {
      const res = await record({
        variables: {
          input: {
            caseId: props.caseId,
            hasCapacity: has[0] === "yes",
            assessedOn,
            assessedBy: assessedBy.trim(),
            notes: notes.trim() || null,
          },
        },
      });
      const who = res.data?.recordMentalCapacity.decisionMaker === "YOUNG_PERSON" ? "the young person" : "the parent or carer";
      const message = `Assessment recorded: ${who} makes the decisions.`;
      setDone(message);
      announce(message);
    } catch (e) {
      form.fromServer(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Record mental capacity">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not recorded">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" live="status" title="Saved">
          <p>{done}</p>
        </Alert>
      ) : null}
      <ChoiceGroup
        id="capacity-has"
        type="radio"
        legend="Does the young person have the mental capacity to make these decisions?"
        choices={[
          { value: "yes", label: "Yes: they decide for themselves" },
          { value: "no", label: "No: their parent or carer decides" },
        ]}
        value={has}
        onChange={setHas}
      />
      <Field id="capacity-by" label="Assessed by" hint="Name and role." error={form.errorFor("capacity-by")}>
        {(c) => <input {...c} className="input" value={assessedBy} onChange={(e) => setAssessedBy(e.currentTarget.value)} />}
      </Field>
      <Field id="capacity-on" label="Date of the assessment" error={form.errorFor("capacity-on")}>
        {(c) => <input {...c} className="input" type="date" value={assessedOn} onChange={(e) => setAssessedOn(e.currentTarget.value)} />}
      </Field>
      <Field id="capacity-notes" label="Notes (optional)" error={form.errorFor("capacity-notes")}>
        {(c) => <textarea {...c} className="textarea" rows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record assessment"}
      </Button>
    </form>
  );
}
