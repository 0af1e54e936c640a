import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { navigate } from "../../lib/router";
import { serverProblem, type ServerProblem } from "../../lib/errors";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { dateTime } from "../../ui/format";
import { useNow } from "../../ui/use-now";
import { primaryNeedLabels, referralChannelLabels } from "../../gql/labels";
import { responseTiming } from "./response-timing";
import { levelLabel } from "../triage/labels";
import { refusalTitle } from "./refusal";
import { BACKGROUND } from "../../lib/presence";

export const PooledReferralRowFragment = graphql(`
  fragment PooledReferralRow on PooledReferral {
    id
    reference
    level
    channel
    receivedAt
    responseTargetAt
    responseDeadlineAt
    primaryNeed
    publishedToPoolAt
    blockingReasons {
      code
      message
    }
  }
`);

const PoolDocument = graphql(`
  query ReferralPool {
    referralPool {
      id
      ...PooledReferralRow
    }
  }
`);

/** Returns the claim as the caller's own list shows it, so the cache has it before the list is read again. */
const ClaimDocument = graphql(`
  mutation ClaimReferral($referralId: ID!) {
    claimReferral(referralId: $referralId) {
      caseId
      ...MyAllocationsEntry
    }
  }
`);

/** Referrals a manager offered to the team; the first claim wins. No personal details here. */
export function ReferralPool() {
  const { data, error, loading } = useQuery(PoolDocument, { pollInterval: 60_000, context: BACKGROUND });
  const pool = data?.referralPool ?? [];
  const now = useNow();
  return (
    <section className="stack" aria-labelledby="pool-heading">
      <div className="section-head">
        <h2 id="pool-heading">The pool</h2>
        <span className="muted">Referrals offered to the team. Claim one you can take; the first claim wins.</span>
      </div>
      {error && !data ? (
        <Alert tone="error" title="The pool could not be loaded">
          <p>{serverProblem(error).message}</p>
        </Alert>
      ) : null}
      {loading && !data ? <p role="status">Loading the pool…</p> : null}
      {data ? (
        pool.length ? (
          <ul className="allocation-list" aria-label="Referrals in the pool, soonest response target first">
            {pool.map((p) => (
              <PoolRow key={p.id} referral={p} now={now} />
            ))}
          </ul>
        ) : (
          <p className="empty card">The pool is empty.</p>
        )
      ) : null}
    </section>
  );
}

/**
 * A pooled referral: reference, level, the child's need (the pool shows no names), how it came, and
 * how long until (or since) its response target and maximum.
 */
function PoolRow(props: { referral: FragmentType<typeof PooledReferralRowFragment>; now: number }) {
  const p = getFragmentData(PooledReferralRowFragment, props.referral);
  const [claim, { loading }] = useMutation(ClaimDocument, { refetchQueries: ["ReferralPool", "MyAllocations"] });
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const blocked = p.blockingReasons.length > 0;
  const timing = responseTiming(p, props.now);
  const level = p.level === 1 || p.level === 2 || p.level === 3 || p.level === 4 ? levelLabel[p.level].label : `Level ${p.level}`;
  return (
    <li
      className="allocation-item"
      data-testid="pool-row"
      data-reference={p.reference}
      data-late={timing && timing.tone !== "ok" && Date.parse(p.responseTargetAt) <= props.now ? "true" : undefined}
    >
      <div className="allocation-main">
        <span className="cell-title">{p.reference}</span> <span className="muted">{level}</span>
        <span className="cell-sub">
          {p.primaryNeed && p.primaryNeed !== "NOT_KNOWN" ? `${primaryNeedLabels[p.primaryNeed]} · ` : ""}
          {referralChannelLabels[p.channel]} · received {dateTime.format(new Date(p.receivedAt))}
        </span>
        {timing ? (
          <span className="allocation-due">
            <span className="countdown" data-tone={timing.tone} data-testid="pool-due">
              {timing.tone === "ok" ? null : <span aria-hidden="true">{timing.tone === "danger" ? "● " : "▲ "}</span>}
              {timing.text}
            </span>
          </span>
        ) : null}
      </div>
      <div className="allocation-actions">
        {blocked ? (
          <ul className="blocking">
            {p.blockingReasons.map((r, i) => (
              <li key={`${r.code}-${i}`}>
                <span className="visually-hidden">You cannot claim it: </span>
                {r.message}
              </li>
            ))}
          </ul>
        ) : (
          <Button
            variant="secondary"
            disabled={loading}
            onClick={async () => {
              setProblem(null);
              try {
                const result = await claim({ variables: { referralId: p.id } });
                if (result.data) navigate(`/cases/${result.data.claimReferral.caseId}`);
              } catch (e) {
                setProblem(serverProblem(e));
              }
            }}
          >
            {loading ? "Claiming…" : "Claim"}
            <span className="visually-hidden"> referral {p.reference}</span>
          </Button>
        )}
      </div>
      {problem ? (
        <div className="allocation-problem">
          <Alert tone="error" live="alert" title={refusalTitle(problem.code)}>
            <p>{problem.message}</p>
          </Alert>
        </div>
      ) : null}
    </li>
  );
}
