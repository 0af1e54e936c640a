import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { conductActionLabels, conductReviewStatusLabels } from "../../gql/labels";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field } from "../../ui/field";
import { formatDay, todayLocal } from "../../ui/format";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";

export const CaseConductFragment = graphql(`
  fragment CaseConduct on Case {
    id
    viewerManages
    conductIncidents {
      id
      occurredOn
      description
      action
      reviewStatus
      reviewNote
      signposting
      letterSentOn
    }
  }
`);

const RecordConductDocument = graphql(`
  mutation RecordConductIncidentForm($input: RecordConductIncidentInput!) {
    recordConductIncident(input: $input) {
      id
      reviewStatus
    }
  }
`);
const ReviewConductDocument = graphql(`
  mutation ReviewConductIncidentForm($input: ReviewConductIncidentInput!) {
    reviewConductIncident(input: $input) {
      id
      action
      reviewStatus
      reviewNote
      signposting
    }
  }
`);
const ConductLetterDocument = graphql(`
  mutation RecordConductLetterForm($input: RecordConductLetterInput!) {
    recordConductLetter(input: $input) {
      id
      letterSentOn
    }
  }
`);

/** Conduct incidents on the case [003]: their review and letter; managers review them here. */
export function CaseConduct(props: { kase: FragmentType<typeof CaseConductFragment> }) {
  const k = getFragmentData(CaseConductFragment, props.kase);
  if (!k.conductIncidents.length) return null;
  return (
    <section className="card" aria-labelledby="case-conduct">
      <h2 id="case-conduct">Conduct</h2>
      <ul className="plain-list">
        {k.conductIncidents.map((i) => (
          <li key={i.id} className="stack-tight">
            <div>
              <strong>{formatDay(i.occurredOn)}</strong>: {i.description}{" "}
              <span className="tag" data-tone={i.reviewStatus === "AWAITING_REVIEW" ? "warn" : "neutral"}>
                {conductReviewStatusLabels[i.reviewStatus]}
              </span>
            </div>
            <span className="cell-sub">
              {i.reviewStatus === "UPHELD"
                ? `${conductActionLabels[i.action]}${i.signposting ? ` · signposted to ${i.signposting}` : ""} · ${
                    i.letterSentOn ? `letter sent ${formatDay(i.letterSentOn)}` : "letter not yet recorded"
                  }`
                : i.reviewStatus === "AWAITING_REVIEW"
                  ? `If upheld: ${conductActionLabels[i.action].toLowerCase()}`
                  : (i.reviewNote ?? "")}
            </span>
            {k.viewerManages && i.reviewStatus === "AWAITING_REVIEW" ? (
              <ReviewConductForm incidentId={i.id} removal={i.action === "REMOVAL"} />
            ) : null}
            {k.viewerManages && i.reviewStatus === "UPHELD" && !i.letterSentOn ? <ConductLetterForm incidentId={i.id} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Record an incident of abusive behaviour; a manager reviews it before anything happens to the family. */
export function RecordConductForm(props: { caseId: string }) {
  const [occurredOn, setOccurredOn] = useState(() => todayLocal());
  const [description, setDescription] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({ fields: { occurredOn: "conduct-on", description: "conduct-what", caseId: "conduct-what" } });
  const [record, { loading }] = useMutation(RecordConductDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: FieldProblem[] = [];
    if (!description.trim()) found.push({ field: "conduct-what", message: "Describe what happened" });
    if (!occurredOn) found.push({ field: "conduct-on", message: "Enter the date it happened" });
    if (!form.check(found)) return;
    try {
      await record({ variables: { input: { caseId: props.caseId, occurredOn, description: description.trim() } } });
      const message = "Incident recorded. A manager will review it.";
      setDone(message);
      setDescription("");
      announce(message);
    } catch (e) {
      form.fromServer(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Record a conduct incident">
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
      <Field id="conduct-on" label="Date of the incident" error={form.errorFor("conduct-on")}>
        {(c) => <input {...c} className="input" type="date" value={occurredOn} onChange={(e) => setOccurredOn(e.currentTarget.value)} />}
      </Field>
      <Field
        id="conduct-what"
        label="What happened"
        hint="Facts only: what was said or done, and to whom."
        error={form.errorFor("conduct-what")}
      >
        {(c) => (
          <textarea {...c} className="textarea" rows={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        )}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record incident"}
      </Button>
    </form>
  );
}

function ReviewConductForm(props: { incidentId: string; removal: boolean }) {
  const id = props.incidentId.slice(0, 8);
  const [decision, setDecision] = useState<string[]>(["UPHOLD"]);
  const [note, setNote] = useState("");
  const [signposting, setSignposting] = useState("");
  const form = useFormProblems({
    fields: { note: `review-note-${id}`, signposting: `review-signpost-${id}`, incidentId: `review-note-${id}` },
  });
  const [review, { loading }] = useMutation(ReviewConductDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });
  const upholding = decision[0] === "UPHOLD";
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (upholding && props.removal && !signposting.trim())
      found.push({ field: `review-signpost-${id}`, message: "Say where the family is signposted" });
    if (!form.check(found)) return;
    try {
      await review({
        variables: {
          input: {
            incidentId: props.incidentId,
            decision: upholding ? "UPHOLD" : "DISMISS",
            note: note.trim() || null,
            signposting: signposting.trim() || null,
          },
        },
      });
      announce(upholding ? "Incident upheld." : "Incident dismissed.");
    } catch (e) {
      form.fromServer(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Review the incident">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not saved">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <ChoiceGroup
        id={`review-decision-${id}`}
        type="radio"
        legend="Your review"
        choices={[
          { value: "UPHOLD", label: props.removal ? "Uphold: remove the family from the service" : "Uphold: send a warning letter" },
          { value: "DISMISS", label: "Dismiss" },
        ]}
        value={decision}
        onChange={setDecision}
      />
      {upholding && props.removal ? (
        <Field
          id={`review-signpost-${id}`}
          label="Signposted to"
          hint="Every open case of the family closes. E.g. Contact, IPSEA."
          error={form.errorFor(`review-signpost-${id}`)}
        >
          {(c) => <input {...c} className="input" value={signposting} onChange={(e) => setSignposting(e.currentTarget.value)} />}
        </Field>
      ) : null}
      <Field id={`review-note-${id}`} label="Reasons (optional)" error={form.errorFor(`review-note-${id}`)}>
        {(c) => <textarea {...c} className="textarea" rows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save review"}
      </Button>
    </form>
  );
}

function ConductLetterForm(props: { incidentId: string }) {
  const id = `letter-on-${props.incidentId.slice(0, 8)}`;
  const [sentOn, setSentOn] = useState(() => todayLocal());
  const form = useFormProblems({ fields: { sentOn: id, incidentId: id } });
  const [record, { loading }] = useMutation(ConductLetterDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check(sentOn ? [] : [{ field: id, message: "Enter the day the letter was sent" }])) return;
    try {
      await record({ variables: { input: { incidentId: props.incidentId, sentOn } } });
      announce("Letter recorded.");
    } catch (e) {
      form.fromServer(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Record the letter">
      <ErrorSummary {...form.summary} />
      <Field id={id} label="Letter to the family sent on" error={form.errorFor(id)}>
        {(c) => <input {...c} className="input" type="date" value={sentOn} onChange={(e) => setSentOn(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record letter sent"}
      </Button>
    </form>
  );
}
