import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { SupervisionKind, SupervisionTopic } from "../../gql/graphql";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field } from "../../ui/field";
import { todayLocal } from "../../ui/format";
import { supervisionKindLabels, supervisionKindValues, supervisionTopicLabels, supervisionTopicValues } from "../../gql/labels";
import { SupervisionScheduleDocument } from "./supervision-schedule";

/** Returns the session as the history lists it; the schedule is asked again (its next dates move). */
const RecordSupervisionDocument = graphql(`
  mutation RecordSupervision($input: RecordSupervisionInput!) {
    recordSupervision(input: $input) {
      id
      ...SupervisionItem
    }
  }
`);

const fieldIds: Record<string, string> = {
  kind: "supervision-kind",
  attendeeIds: "supervision-who",
  heldOn: "supervision-held",
  topics: "supervision-topics",
  notes: "supervision-notes",
};

/** A manager records a one-to-one or a group session: who, when, the topics and notes. */
export function RecordSupervisionForm(props: { preselect: { staffId: string; at: number } | null }) {
  const schedule = useQuery(SupervisionScheduleDocument);
  const staff = (schedule.data?.supervisionSchedule ?? []).map((e) => e.staff);
  const [kind, setKind] = useState<SupervisionKind[]>(["INDIVIDUAL"]);
  const [one, setOne] = useState("");
  const [group, setGroup] = useState<string[]>([]);
  const [heldOn, setHeldOn] = useState(() => todayLocal());
  const [topics, setTopics] = useState<SupervisionTopic[]>([]);
  const [notes, setNotes] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({ fields: fieldIds });
  const [record, { loading }] = useMutation(RecordSupervisionDocument, {
    refetchQueries: ["SupervisionSchedule", "Supervisions", "TeamMemberSupervision"],
    awaitRefetchQueries: true,
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const individual = kind[0] !== "GROUP";

  // "Record" on a schedule row: a one-to-one for that person, and focus here.
  useEffect(() => {
    if (!props.preselect) return;
    setKind(["INDIVIDUAL"]);
    setOne(props.preselect.staffId);
    setDone(null);
    headingRef.current?.scrollIntoView({ block: "start" });
    headingRef.current?.focus({ preventScroll: true });
  }, [props.preselect]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const attendeeIds = individual ? (one ? [one] : []) : group;
    const found: FieldProblem[] = [];
    if (individual && !one) found.push({ field: "supervision-who", message: "Choose who was supervised" });
    if (!individual && group.length < 2)
      found.push({ field: "supervision-who", message: "Group support has two or more people: choose them" });
    if (!heldOn) found.push({ field: "supervision-held", message: "Enter the date it was held" });
    else if (heldOn > todayLocal()) found.push({ field: "supervision-held", message: "The date cannot be in the future" });
    if (!topics.length) found.push({ field: "supervision-topics", message: "Choose at least one topic" });
    if (!form.check(found)) return;
    try {
      const chosen: SupervisionKind = individual ? "INDIVIDUAL" : "GROUP";
      await record({
        variables: {
          input: { kind: chosen, attendeeIds, heldOn, topics, notes: notes.trim() || null },
        },
      });
      const names = staff.filter((s) => attendeeIds.includes(s.id)).map((s) => s.displayName);
      const message = `${supervisionKindLabels[chosen]} with ${names.join(", ")} recorded.`;
      setDone(message);
      announce(message);
      setOne("");
      setGroup([]);
      setTopics([]);
      setNotes("");
    } catch (error) {
      form.fromServer(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="card stack-tight" aria-labelledby="record-supervision-heading">
      <h2 id="record-supervision-heading" ref={headingRef} tabIndex={-1}>
        Record a session
      </h2>
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not recorded">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" title="Saved">
          <p data-testid="supervision-saved">{done}</p>
        </Alert>
      ) : null}
      <ChoiceGroup
        id="supervision-kind"
        type="radio"
        legend="What kind of session?"
        choices={supervisionKindValues.map((k) => ({ value: k, label: supervisionKindLabels[k] }))}
        value={kind}
        onChange={(v) => setKind(v as SupervisionKind[])}
      />
      {individual ? (
        <Field id="supervision-who" label="Who was supervised?" error={form.errorFor("supervision-who")}>
          {(c) => (
            <select {...c} className="select" value={one} onChange={(e) => setOne(e.currentTarget.value)}>
              <option value="">Choose a person</option>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <ChoiceGroup
          id="supervision-who"
          type="checkbox"
          legend="Who took part?"
          error={form.errorFor("supervision-who")}
          choices={staff.map((s) => ({ value: s.id, label: s.displayName }))}
          value={group}
          onChange={setGroup}
        />
      )}
      <Field id="supervision-held" label="Held on" error={form.errorFor("supervision-held")}>
        {(c) => (
          <input
            {...c}
            className="input"
            data-width="short"
            type="date"
            value={heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
          />
        )}
      </Field>
      <ChoiceGroup
        id="supervision-topics"
        type="checkbox"
        legend="Topics"
        error={form.errorFor("supervision-topics")}
        choices={supervisionTopicValues.map((t) => ({ value: t, label: supervisionTopicLabels[t] }))}
        value={topics}
        onChange={(v) => setTopics(v as SupervisionTopic[])}
      />
      <Field
        id="supervision-notes"
        label="Notes (optional)"
        hint="Seen only by the people supervised, the supervisor and managers."
        error={form.errorFor("supervision-notes")}
      >
        {(c) => <textarea {...c} className="textarea" rows={4} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record session"}
      </Button>
    </form>
  );
}
