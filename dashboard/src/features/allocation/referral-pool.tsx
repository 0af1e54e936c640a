import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { navigate } from "../../lib/router";
import { serverProblem, type ServerProblem } from "../../lib/errors";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { dateTime } from "../../ui/format";
import { channelLabel } from "../triage/labels";
import { refusalTitle } from "./labels";
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
          <div className="table-wrap">
            <table className="data" aria-label="Referrals in the pool">
              <thead>
                <tr>
                  <th scope="col">Referral</th>
                  <th scope="col">Level</th>
                  <th scope="col">Respond by</th>
                  <th scope="col">
                    <span className="visually-hidden">Claim</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {pool.map((p) => (
                  <PoolRow key={p.id} referral={p} />
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="empty card">The pool is empty.</p>
        )
      ) : null}
    </section>
  );
}

function PoolRow(props: { referral: FragmentType<typeof PooledReferralRowFragment> }) {
  const p = getFragmentData(PooledReferralRowFragment, props.referral);
  const [claim, { loading }] = useMutation(ClaimDocument, { refetchQueries: ["ReferralPool", "MyAllocations"] });
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const blocked = p.blockingReasons.length > 0;
  return (
    <tr data-testid="pool-row" data-reference={p.reference}>
      <td>
        <span className="cell-title">{p.reference}</span>
        <span className="cell-sub">
          {channelLabel[p.channel]} · received {dateTime.format(new Date(p.receivedAt))}
        </span>
      </td>
      <td>Level {p.level}</td>
      <td>{dateTime.format(new Date(p.responseTargetAt))}</td>
      <td>
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
        {problem ? (
          <Alert tone="error" live="alert" title={refusalTitle(problem.code)}>
            <p>{problem.message}</p>
          </Alert>
        ) : null}
      </td>
    </tr>
  );
}
