import { useMutation, useQuery, useSubscription } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { Link } from "../../app/router";
import { serverProblem } from "../../app/errors";
import { graphql } from "../../gql";
import { Button } from "../../ui/button";
import { dateTime } from "../../ui/format";
import { OverdueItemsDocument } from "../overdue/overdue-list";

const SafeguardingAlertDocument = graphql(`
  subscription SafeguardingAlert {
    safeguardingAlert {
      id
      referralId
      referralReference
      caseId
      summary
      raisedAt
      raisedByName
      acknowledgedAt
    }
  }
`);

const AcknowledgeDocument = graphql(`
  mutation AcknowledgeSafeguardingConcern($id: ID!, $outcome: String!) {
    acknowledgeSafeguardingConcern(id: $id, outcome: $outcome) {
      id
      acknowledgedAt
      acknowledgedByName
      outcome
    }
  }
`);

type Concern = {
  id: string;
  reference: string;
  referralId: string | null;
  summary: string | null;
  raisedAt: string | null;
  raisedByName: string | null;
};

/**
 * Every unacknowledged safeguarding concern, on every manager screen, until a manager records what
 * they decided. Concerns raised live arrive by subscription; older ones come from the overdue list.
 */
export function SafeguardingBanner() {
  const [live, setLive] = useState<Concern[]>([]);
  const [done, setDone] = useState<Set<string>>(new Set());
  const overdue = useQuery(OverdueItemsDocument, { variables: { scope: "TEAM" }, pollInterval: 60_000 });
  useSubscription(SafeguardingAlertDocument, {
    onData: ({ data }) => {
      const c = data.data?.safeguardingAlert;
      if (!c || c.acknowledgedAt) return;
      setLive((current) =>
        current.some((x) => x.id === c.id)
          ? current
          : [
              ...current,
              {
                id: c.id,
                reference: c.referralReference,
                referralId: c.referralId,
                summary: c.summary ?? null,
                raisedAt: c.raisedAt,
                raisedByName: c.raisedByName,
              },
            ],
      );
    },
  });
  const fromOverdue: Concern[] = (overdue.data?.overdueItems ?? [])
    .filter((i) => i.kind === "SAFEGUARDING_NOT_ACKNOWLEDGED")
    .map((i) => ({
      id: i.subjectId,
      reference: i.label.split("— ").pop() ?? i.label,
      referralId: i.referralId ?? null,
      summary: null,
      raisedAt: null,
      raisedByName: null,
    }));
  const concerns = [...live, ...fromOverdue.filter((o) => !live.some((l) => l.id === o.id))].filter((c) => !done.has(c.id));
  const finish = (id: string) => setDone((current) => new Set(current).add(id));

  return (
    <div className="safeguarding-area">
      {concerns.map((c) => (
        <ConcernBanner key={c.id} concern={c} onAcknowledged={() => finish(c.id)} />
      ))}
    </div>
  );
}

function ConcernBanner(props: { concern: Concern; onAcknowledged: () => void }) {
  const c = props.concern;
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [acknowledge, { loading }] = useMutation(AcknowledgeDocument, { refetchQueries: ["OverdueItems"] });
  const fieldId = `outcome-${c.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!outcome.trim()) {
      setProblem("Record what you decided before acknowledging");
      return;
    }
    setProblem(null);
    try {
      await acknowledge({ variables: { id: c.id, outcome: outcome.trim() } });
      props.onAcknowledged();
    } catch (e) {
      const p = serverProblem(e);
      if (p.code === "CONFLICT") props.onAcknowledged(); // another manager got there first
      else setProblem(p.message);
    }
  };

  return (
    <section className="safeguarding-banner" aria-labelledby={`sg-${c.id}`} data-testid="safeguarding-banner">
      <div className="safeguarding-inner">
        <div role="alert">
          <h2 className="safeguarding-title" id={`sg-${c.id}`}>
            Safeguarding concern · {c.reference}
          </h2>
          <p>
            {c.raisedByName ? `Raised by ${c.raisedByName}` : "Raised"}
            {c.raisedAt ? ` at ${dateTime.format(new Date(c.raisedAt))}` : ""}. A manager needs to acknowledge it and record what was decided.
          </p>
          {c.summary ? <p className="safeguarding-summary">“{c.summary}”</p> : null}
        </div>
        {open ? (
          <form onSubmit={submit} noValidate className="safeguarding-form">
            <div className="field" data-invalid={problem ? "true" : undefined}>
              <label htmlFor={fieldId}>What did you decide?</label>
              <p className="hint" id={`${fieldId}-hint`}>For example: spoke to the officer, referred to children's services.</p>
              {problem ? (
                <p className="error-message" id={`${fieldId}-error`}>
                  <span className="visually-hidden">Error: </span>
                  {problem}
                </p>
              ) : null}
              <textarea
                id={fieldId}
                className="textarea"
                rows={2}
                value={outcome}
                onChange={(e) => setOutcome(e.currentTarget.value)}
                aria-describedby={`${fieldId}-hint${problem ? ` ${fieldId}-error` : ""}`}
                aria-invalid={problem ? true : undefined}
                autoFocus
              />
            </div>
            <div className="button-row">
              <Button type="submit" disabled={loading}>{loading ? "Saving…" : "Record acknowledgement"}</Button>
              <Button variant="quiet" onClick={() => setOpen(false)}>Not now</Button>
            </div>
          </form>
        ) : (
          <div className="button-row">
            <Button onClick={() => setOpen(true)}>Acknowledge</Button>
            {c.referralId ? <Link to={`/triage/${c.referralId}`}>Open the referral</Link> : null}
          </div>
        )}
      </div>
    </section>
  );
}
