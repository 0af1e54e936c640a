import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import {
  agencyTypeLabels,
  agencyTypeValues,
  monitoringKindLabels,
  poorPracticeCategoryLabels,
  poorPracticeCategoryValues,
} from "../../gql/labels";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field } from "../../ui/field";
import { todayLocal } from "../../ui/format";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";

const MonitoringNotesDocument = graphql(`
  query MonitoringNotes {
    monitoringNotes {
      id
      kind
      category
      agencyType
      month
      summary
    }
  }
`);
const RecordMonitoringNoteDocument = graphql(`
  mutation RecordMonitoringNoteForm($input: RecordMonitoringNoteInput!) {
    recordMonitoringNote(input: $input) {
      id
    }
  }
`);

export function MonitoringNotesList() {
  const { data, loading, error } = useQuery(MonitoringNotesDocument);
  if (loading && !data) return <p className="muted">Loading…</p>;
  if (error) return <Alert tone="error" title="Could not load the notes" />;
  const notes = data?.monitoringNotes ?? [];
  if (!notes.length) return <p className="muted">Nothing recorded yet.</p>;
  return (
    <ol className="plain-list" aria-label="Monitoring notes, newest month first">
      {notes.map((n) => (
        <li key={n.id} data-testid="monitoring-note">
          <strong>{monitoringKindLabels[n.kind]}</strong> · {n.month.slice(0, 7)}
          {n.category ? ` · ${poorPracticeCategoryLabels[n.category]}` : ""}
          {n.agencyType ? ` · ${agencyTypeLabels[n.agencyType]}` : ""}
          <span className="cell-sub">{n.summary}</span>
        </li>
      ))}
    </ol>
  );
}

/** Record an anonymised poor-practice issue or positive outcome for the monitoring report [001]. */
export function RecordMonitoringNoteForm() {
  const [kind, setKind] = useState<string[]>(["POOR_PRACTICE"]);
  const [category, setCategory] = useState<string>("STATUTORY_TIMESCALES");
  const [agencyType, setAgencyType] = useState<string>("LOCAL_AUTHORITY");
  const [month, setMonth] = useState(() => todayLocal());
  const [summary, setSummary] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({
    fields: { summary: "note-summary", month: "note-month", category: "note-category", agencyType: "note-agency", kind: "note-summary" },
  });
  const [record, { loading }] = useMutation(RecordMonitoringNoteDocument, {
    refetchQueries: ["MonitoringNotes"],
    awaitRefetchQueries: true,
  });
  const poor = kind[0] === "POOR_PRACTICE";
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: FieldProblem[] = [];
    if (!summary.trim()) found.push({ field: "note-summary", message: "Describe it, without names" });
    if (!form.check(found)) return;
    try {
      await record({
        variables: {
          input: {
            kind: kind[0] as never,
            category: poor ? (category as never) : null,
            agencyType: poor ? (agencyType as never) : null,
            month,
            summary: summary.trim(),
          },
        },
      });
      const message = "Recorded for the monitoring report.";
      setDone(message);
      setSummary("");
      announce(message);
    } catch (e) {
      form.fromServer(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="card stack-tight" aria-labelledby="record-note-heading">
      <h2 id="record-note-heading">Record poor practice or a positive outcome</h2>
      <p className="hint">Anonymised: no names, contact details or anything that identifies the family or the provider.</p>
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
        id="note-kind"
        type="radio"
        legend="What is it?"
        choices={[
          { value: "POOR_PRACTICE", label: monitoringKindLabels.POOR_PRACTICE },
          { value: "POSITIVE_OUTCOME", label: monitoringKindLabels.POSITIVE_OUTCOME },
        ]}
        value={kind}
        onChange={setKind}
      />
      {poor ? (
        <>
          <Field id="note-category" label="Kind of poor practice" error={form.errorFor("note-category")}>
            {(c) => (
              <select {...c} className="select" value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
                {poorPracticeCategoryValues.map((v) => (
                  <option key={v} value={v}>
                    {poorPracticeCategoryLabels[v]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="note-agency" label="Kind of agency" error={form.errorFor("note-agency")}>
            {(c) => (
              <select {...c} className="select" value={agencyType} onChange={(e) => setAgencyType(e.currentTarget.value)}>
                {agencyTypeValues.map((v) => (
                  <option key={v} value={v}>
                    {agencyTypeLabels[v]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      ) : null}
      <Field id="note-month" label="When (any day of the month)" error={form.errorFor("note-month")}>
        {(c) => <input {...c} className="input" type="date" value={month} onChange={(e) => setMonth(e.currentTarget.value)} />}
      </Field>
      <Field id="note-summary" label="What happened" error={form.errorFor("note-summary")}>
        {(c) => <textarea {...c} className="textarea" rows={3} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record"}
      </Button>
    </form>
  );
}
