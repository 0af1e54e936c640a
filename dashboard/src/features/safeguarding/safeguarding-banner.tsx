import { useApolloClient, useMutation, useSubscription } from "@apollo/client/react";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { Link } from "../../lib/router";
import { serverProblem } from "../../lib/errors";
import { useFormProblems } from "../../lib/form-problems";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { Button } from "../../ui/button";
import { dateTime } from "../../ui/format";
import { BACKGROUND } from "../../lib/presence";

export const ConcernBannerFragment = graphql(`
  fragment ConcernBanner on SafeguardingConcern {
    id
    referralId
    referralReference
    summary
    raisedAt
    raisedByName
  }
`);

const SafeguardingAlertDocument = graphql(`
  subscription SafeguardingAlert {
    safeguardingAlert {
      id
      acknowledgedAt
      ...ConcernBanner
    }
  }
`);

const UnacknowledgedDocument = graphql(`
  query UnacknowledgedSafeguardingConcerns {
    unacknowledgedSafeguardingConcerns {
      id
      ...ConcernBanner
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

/** A concern as the list keeps it: its id, and the banner's own fields behind the fragment. */
type Concern = { id: string } & FragmentType<typeof ConcernBannerFragment>;

/** How often the list is read again (it also clears concerns another manager acknowledged). */
const REFRESH_MS = 30_000;

/**
 * Every unacknowledged safeguarding concern, on every manager screen, until a manager records what
 * they decided. The list is read from the server when the screen opens and every 30 seconds;
 * concerns raised meanwhile arrive live and stay until a list read *after* they arrived no longer
 * holds them (acknowledged, here or by another manager) — a read started earlier proves nothing.
 */
export function SafeguardingBanner() {
  const client = useApolloClient();
  const [snapshot, setSnapshot] = useState<{ concerns: Concern[]; startedAt: number } | null>(null);
  const [live, setLive] = useState<{ concern: Concern; arrivedAt: number }[]>([]);
  const [done, setDone] = useState<Set<string>>(new Set());

  const refresh = useCallback(async () => {
    const startedAt = Date.now();
    try {
      const { data } = await client.query({ query: UnacknowledgedDocument, fetchPolicy: "network-only", context: BACKGROUND });
      if (data) setSnapshot({ concerns: data.unacknowledgedSafeguardingConcerns, startedAt });
    } catch {
      // Keep what is shown; the next read tries again (signed-out handling lives in the shell).
    }
  }, [client]);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  useSubscription(SafeguardingAlertDocument, {
    onData: ({ data }) => {
      const c = data.data?.safeguardingAlert;
      if (!c || c.acknowledgedAt) return;
      const arrivedAt = Date.now();
      setLive((current) => (current.some((x) => x.concern.id === c.id) ? current : [...current, { concern: c, arrivedAt }]));
    },
  });

  const listed = new Set(snapshot?.concerns.map((c) => c.id));
  const concerns = [
    ...(snapshot?.concerns ?? []),
    ...live.filter((l) => !listed.has(l.concern.id) && (!snapshot || snapshot.startedAt < l.arrivedAt)).map((l) => l.concern),
  ].filter((c) => !done.has(c.id));
  const finish = (id: string) => {
    setDone((current) => new Set(current).add(id));
    void refresh();
  };

  return (
    <div className="safeguarding-area">
      {concerns.map((c) => (
        <ConcernBanner key={c.id} concern={c} onAcknowledged={() => finish(c.id)} />
      ))}
    </div>
  );
}

function ConcernBanner(props: { concern: FragmentType<typeof ConcernBannerFragment>; onAcknowledged: () => void }) {
  const c = getFragmentData(ConcernBannerFragment, props.concern);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState("");
  const form = useFormProblems();
  const [acknowledge, { loading }] = useMutation(AcknowledgeDocument, { refetchQueries: ["OverdueItems"] });
  const fieldId = `outcome-${c.id}`;
  const problem = form.errorFor(fieldId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check(outcome.trim() ? [] : [{ field: fieldId, message: "Record what you decided before acknowledging" }])) return;
    try {
      await acknowledge({ variables: { id: c.id, outcome: outcome.trim() } });
      props.onAcknowledged();
    } catch (e) {
      // Another manager got there first.
      if (serverProblem(e).code === "CONFLICT") props.onAcknowledged();
      else form.fromServer(e, (p) => ({ field: fieldId, message: p.message }));
    }
  };

  return (
    <section className="safeguarding-banner" aria-labelledby={`sg-${c.id}`} data-testid="safeguarding-banner">
      <div className="safeguarding-inner">
        <div role="alert">
          <h2 className="safeguarding-title" id={`sg-${c.id}`}>
            Safeguarding concern · {c.referralReference}
          </h2>
          <p>
            {c.raisedByName ? `Raised by ${c.raisedByName}` : "Raised"}
            {c.raisedAt ? ` at ${dateTime.format(new Date(c.raisedAt))}` : ""}. A manager needs to acknowledge it and record what was
            decided.
          </p>
          {c.summary ? <p className="safeguarding-summary">“{c.summary}”</p> : null}
        </div>
        {open ? (
          <form onSubmit={submit} noValidate className="safeguarding-form">
            <div className="field" data-invalid={problem ? "true" : undefined}>
              <label htmlFor={fieldId}>What did you decide?</label>
              <p className="hint" id={`${fieldId}-hint`}>
                For example: spoke to the officer, referred to children's services.
              </p>
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
              <Button type="submit" disabled={loading}>
                {loading ? "Saving…" : "Record acknowledgement"}
              </Button>
              <Button variant="quiet" onClick={() => setOpen(false)}>
                Not now
              </Button>
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
