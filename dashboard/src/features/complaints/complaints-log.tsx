import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { ComplaintOutcome } from "../../gql/graphql";
import { announce } from "../../lib/announce";
import { useFormProblems } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { dateTime, formatDay } from "../../ui/format";
import { complaintOutcomeLabels, complaintOutcomeValues, feedbackKindLabels } from "../../gql/labels";

export const ComplaintItemFragment = graphql(`
  fragment ComplaintItem on Complaint {
    id
    kind
    receivedAt
    fromWhom
    what
    measuresTaken
    escalatedTo
    outcome
    responseDueOn
    respondedAt
    responseOverdue
    loggedBy
  }
`);

const ComplaintsDocument = graphql(`
  query Complaints($first: Int, $after: String) {
    complaints(first: $first, after: $after) {
      edges {
        node {
          id
          ...ComplaintItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Returns the entry as the log shows it, so the cache updates it in place. */
const UpdateComplaintDocument = graphql(`
  mutation UpdateComplaint($id: ID!, $input: UpdateComplaintInput!) {
    updateComplaint(id: $id, input: $input) {
      id
      ...ComplaintItem
    }
  }
`);

/** The complaints, comments and compliments log, newest first, each with its outcome and response. */
export function ComplaintsLog() {
  const { data, error, loading, fetchMore } = useQuery(ComplaintsDocument, { variables: { first: 25 } });
  const items = data?.complaints.edges.map((e) => e.node) ?? [];
  if (error && !data)
    return (
      <Alert tone="error" title="The log could not be loaded">
        <p>We will try again when the connection is back.</p>
      </Alert>
    );
  if (loading && !data) return <p role="status">Loading the log…</p>;
  return (
    <div className="stack-tight">
      {items.length ? (
        <ol className="plain-list complaint-list" aria-label="Complaints, comments and compliments, newest first">
          {items.map((c) => (
            <ComplaintEntry key={c.id} item={c} />
          ))}
        </ol>
      ) : (
        <p className="empty card">Nothing logged yet.</p>
      )}
      {data?.complaints.pageInfo.hasNextPage ? (
        <Button
          variant="secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: data.complaints.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                complaints: { ...fetchMoreResult.complaints, edges: [...previous.complaints.edges, ...fetchMoreResult.complaints.edges] },
              }),
            })
          }
        >
          Show older entries
        </Button>
      ) : null}
    </div>
  );
}

const outcomeTone: Record<ComplaintOutcome, "ok" | "warn" | "neutral" | "danger"> = {
  OPEN: "warn",
  RESOLVED: "ok",
  UPHELD: "danger",
  PARTLY_UPHELD: "warn",
  NOT_UPHELD: "neutral",
  WITHDRAWN: "neutral",
};

function ComplaintEntry(props: { item: FragmentType<typeof ComplaintItemFragment> }) {
  const c = getFragmentData(ComplaintItemFragment, props.item);
  const [open, setOpen] = useState(false);
  return (
    <li className="card complaint" data-testid="complaint" data-kind={c.kind}>
      <div className="complaint-head">
        <span className="cell-title">{feedbackKindLabels[c.kind]}</span>
        {c.kind === "COMPLAINT" ? (
          <span className="tag" data-tone={outcomeTone[c.outcome]}>
            {complaintOutcomeLabels[c.outcome]}
          </span>
        ) : null}
        {c.responseOverdue ? (
          <span className="tag" data-tone="danger">
            Response overdue
          </span>
        ) : null}
        <span className="muted complaint-when">Received {dateTime.format(new Date(c.receivedAt))}</span>
      </div>
      <p className="complaint-what">{c.what}</p>
      <dl className="summary complaint-facts">
        {c.fromWhom ? <Fact term="From">{c.fromWhom}</Fact> : null}
        {c.responseDueOn || c.respondedAt ? (
          <Fact term="Response">
            {c.respondedAt
              ? `Responded ${dateTime.format(new Date(c.respondedAt))}`
              : `Due ${c.responseDueOn ? formatDay(c.responseDueOn) : ""}`}
          </Fact>
        ) : null}
        {c.measuresTaken ? <Fact term="Measures taken">{c.measuresTaken}</Fact> : null}
        {c.escalatedTo ? <Fact term="Escalated to">{c.escalatedTo}</Fact> : null}
        <Fact term="Logged by">{c.loggedBy}</Fact>
      </dl>
      {c.kind === "COMPLAINT" ? (
        <details className="disclosure inline" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>
            Record the outcome or response
            <span className="visually-hidden"> for the complaint received {dateTime.format(new Date(c.receivedAt))}</span>
          </summary>
          <div className="disclosure-body">
            {open ? (
              <UpdateComplaintForm
                id={c.id}
                outcome={c.outcome}
                measures={c.measuresTaken}
                escalated={c.escalatedTo}
                onDone={() => setOpen(false)}
              />
            ) : null}
          </div>
        </details>
      ) : null}
    </li>
  );
}

function Fact(props: { term: string; children: React.ReactNode }) {
  return (
    <div className="summary-row">
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

function UpdateComplaintForm(props: {
  id: string;
  outcome: ComplaintOutcome;
  measures: string | null | undefined;
  escalated: string | null | undefined;
  onDone: () => void;
}) {
  const [outcome, setOutcome] = useState<ComplaintOutcome>(props.outcome);
  const [measures, setMeasures] = useState(props.measures ?? "");
  const [escalated, setEscalated] = useState(props.escalated ?? "");
  const prefix = `complaint-${props.id}`;
  const form = useFormProblems({
    fields: { outcome: `${prefix}-outcome`, measuresTaken: `${prefix}-measures`, escalatedTo: `${prefix}-escalated` },
  });
  const [update, { loading }] = useMutation(UpdateComplaintDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([])) return;
    try {
      await update({
        variables: {
          id: props.id,
          input: { outcome, measuresTaken: measures.trim() || null, escalatedTo: escalated.trim() || null },
        },
      });
      announce(`Complaint updated: ${complaintOutcomeLabels[outcome].toLowerCase()}.`);
      props.onDone();
    } catch (error) {
      form.fromServer(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Record the outcome or response">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not saved">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <Field
        id={`${prefix}-outcome`}
        label="Outcome"
        hint="Any outcome other than Open records that we responded now."
        error={form.errorFor(`${prefix}-outcome`)}
      >
        {(c) => (
          <select {...c} className="select" value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as ComplaintOutcome)}>
            {complaintOutcomeValues.map((o) => (
              <option key={o} value={o}>
                {complaintOutcomeLabels[o]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${prefix}-measures`} label="Measures taken (optional)" error={form.errorFor(`${prefix}-measures`)}>
        {(c) => <textarea {...c} className="textarea" rows={3} value={measures} onChange={(e) => setMeasures(e.currentTarget.value)} />}
      </Field>
      <Field id={`${prefix}-escalated`} label="Escalated to (optional)" error={form.errorFor(`${prefix}-escalated`)}>
        {(c) => <input {...c} className="input" value={escalated} onChange={(e) => setEscalated(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
