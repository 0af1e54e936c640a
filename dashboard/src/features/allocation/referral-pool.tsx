import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { navigate } from "../../lib/router";
import { serverProblem, type ServerProblem } from "../../lib/errors";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { dateTime, relativeSpan } from "../../ui/format";
import { useNow } from "../../ui/use-now";
import { referralChannelLabels } from "../../gql/labels";
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
 * A pooled referral: reference, level, how it came, and how long until (or since) its response
 * target. The API gives the pool no family details and no response maximum, so a target passed is
 * as far as the colour can go (issue 21, part 2).
 */
function PoolRow(props: { referral: FragmentType<typeof PooledReferralRowFragment>; now: number }) {
  const p = getFragmentData(PooledReferralRowFragment, props.referral);
  const [claim, { loading }] = useMutation(ClaimDocument, { refetchQueries: ["ReferralPool", "MyAllocations"] });
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const blocked = p.blockingReasons.length > 0;
  const toTarget = Date.parse(p.responseTargetAt) - props.now;
  const level = p.level === 1 || p.level === 2 || p.level === 3 || p.level === 4 ? levelLabel[p.level].label : `Level ${p.level}`;
  return (
    <li className="allocation-item" data-testid="pool-row" data-reference={p.reference} data-late={toTarget <= 0 ? "true" : undefined}>
      <div className="allocation-main">
        <span className="cell-title">{p.reference}</span> <span className="muted">{level}</span>
        <span className="cell-sub">
          {referralChannelLabels[p.channel]} · received {dateTime.format(new Date(p.receivedAt))}
        </span>
        <span className="allocation-due">
          {toTarget <= 0 ? (
            <span className="countdown" data-tone="warn" data-testid="pool-due">
              <span aria-hidden="true">▲ </span>Response target passed {relativeSpan(toTarget)} ago
            </span>
          ) : (
            <span className="countdown" data-tone={toTarget < 4 * 3_600_000 ? "warn" : "ok"} data-testid="pool-due">
              Respond within {relativeSpan(toTarget)} (target {dateTime.format(new Date(p.responseTargetAt))})
            </span>
          )}
        </span>
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
