import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { Link } from "../../lib/router";
import { serverProblem, type ServerProblem } from "../../lib/errors";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { dateTime } from "../../ui/format";
import { announce } from "../../lib/announce";
import { useNow } from "../../ui/use-now";
import { allocationKindLabels, overdueKindLabels, primaryNeedLabels } from "../../gql/labels";
import { responseTiming } from "./response-timing";
import { dutyTiming, type Duty } from "../overdue/duties";
import { levelLabel } from "../triage/labels";
import { AllocationAssignedDocument } from "./allocation-assigned";
import { refusalTitle } from "./refusal";

/** One allocation in the list: what the list sorts, counts and announces by, and its item. Also pushed live. */
export const MyAllocationsEntryFragment = graphql(`
  fragment MyAllocationsEntry on Allocation {
    id
    staffId
    referralId
    caseId
    referralReference
    level
    current
    acceptedAt
    ...AllocationItem
  }
`);

export const AllocationItemFragment = graphql(`
  fragment AllocationItem on Allocation {
    id
    caseId
    referralReference
    childInitials
    primaryNeed
    responseTargetAt
    responseDeadlineAt
    firstRespondedAt
    level
    kind
    allocatedAt
    acceptedAt
    endedAt
    current
  }
`);

const MyAllocationsDocument = graphql(`
  query MyAllocations($first: Int, $after: String) {
    myAllocations(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MyAllocationsEntry
        }
      }
    }
  }
`);

const AcceptDocument = graphql(`
  mutation AcceptAllocation($allocationId: ID!) {
    acceptAllocation(allocationId: $allocationId) {
      ...MyAllocationsEntry
    }
  }
`);

const NEW_FOR_MS = 60_000;

/**
 * The signed-in caseworker's allocations, kept live: new ones are pushed and marked new for a
 * minute. Call it once per screen (one subscription) and hand the result to `MyAllocations`.
 */
export function useMyAllocations(staffId: string) {
  const { data, error, loading, subscribeToMore, fetchMore } = useQuery(MyAllocationsDocument, { variables: { first: 50 } });
  const [arrived, setArrived] = useState<Map<string, number>>(new Map());

  useEffect(
    () =>
      subscribeToMore({
        document: AllocationAssignedDocument,
        updateQuery: (_unsafe, { complete, previousData, subscriptionData }) => {
          if (!complete) return undefined;
          const pushed = subscriptionData.data.allocationAssigned;
          const a = getFragmentData(MyAllocationsEntryFragment, pushed);
          if (a.staffId !== staffId) return undefined;
          const edges = previousData.myAllocations.edges;
          if (edges.some((e) => getFragmentData(MyAllocationsEntryFragment, e.node).id === a.id)) return undefined; // an accept: the cache has it already
          setArrived((current) => new Map(current).set(a.id, Date.now()));
          announce(`New allocation: referral ${a.referralReference}, level ${a.level}.`);
          const edge = { __typename: "AllocationEdge", cursor: `live:${a.id}`, node: pushed } as (typeof edges)[number];
          return { ...previousData, myAllocations: { ...previousData.myAllocations, edges: [edge, ...edges] } };
        },
      }),
    [subscribeToMore, staffId],
  );

  useEffect(() => {
    if (arrived.size === 0) return;
    const timer = setTimeout(() => {
      const cutoff = Date.now() - NEW_FOR_MS;
      setArrived((current) => new Map([...current].filter(([, at]) => at > cutoff)));
    }, 5_000);
    return () => clearTimeout(timer);
  }, [arrived]);

  const all = getFragmentData(MyAllocationsEntryFragment, data?.myAllocations.edges.map((e) => e.node) ?? []);
  const pageInfo = data?.myAllocations.pageInfo;
  const more = () => {
    if (!pageInfo?.endCursor) return;
    void fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        myAllocations: {
          ...fetchMoreResult.myAllocations,
          edges: [...previous.myAllocations.edges, ...fetchMoreResult.myAllocations.edges],
        },
      }),
    });
  };
  /** The case of each referral the caller holds now, for links from other lists (their overdue items). */
  const caseByReferral = new Map(all.filter((a) => a.current).map((a) => [a.referralId, a.caseId]));
  return {
    all,
    arrived,
    loaded: Boolean(data),
    error: error && !data ? error : undefined,
    loading,
    hasMore: Boolean(pageInfo?.hasNextPage),
    more,
    caseByReferral,
  };
}

export type MyAllocationsState = ReturnType<typeof useMyAllocations>;

/** The caseworker's cases: reference, level, and how each stands (waiting to be accepted, or what is overdue on it). */
export function MyAllocations(props: { allocations: MyAllocationsState; duties: Map<string, Duty> }) {
  const { all, arrived, loaded, error, loading } = props.allocations;
  const now = useNow();
  const current = all.filter((a) => a.current);
  const waiting = current.filter((a) => !a.acceptedAt);
  const past = all.filter((a) => !a.current);
  const late = current.filter((a) => props.duties.has(a.referralId)).length;

  return (
    <section className="stack-tight" aria-labelledby="mine-heading">
      <div className="section-head">
        <h2 id="mine-heading">Your cases</h2>
        {loaded ? (
          <span className="muted" data-testid="allocations-summary">
            {current.length} current{waiting.length ? ` · ${waiting.length} waiting for you to accept` : ""}
            {late ? ` · ${late} with something overdue` : ""}
          </span>
        ) : null}
      </div>
      {error ? (
        <Alert tone="error" title="Your allocations could not be loaded">
          <p>We will try again when the connection is back.</p>
        </Alert>
      ) : null}
      {loading && !loaded ? <p role="status">Loading your allocations…</p> : null}
      {loaded ? (
        current.length ? (
          <ul className="allocation-list">
            {current.map((a) => (
              <AllocationItem key={a.id} allocation={a} isNew={arrived.has(a.id)} duty={props.duties.get(a.referralId)} now={now} />
            ))}
          </ul>
        ) : (
          <p className="empty card">Nothing is allocated to you at the moment. New allocations will appear here as they are made.</p>
        )
      ) : null}
      {past.length ? (
        <details className="disclosure">
          <summary>Past allocations ({past.length})</summary>
          <ul className="allocation-list">
            {past.map((a) => (
              <AllocationItem key={a.id} allocation={a} isNew={false} duty={undefined} now={now} />
            ))}
          </ul>
        </details>
      ) : null}
      {props.allocations.hasMore ? (
        <Button variant="secondary" onClick={props.allocations.more}>
          Show older allocations
        </Button>
      ) : null}
    </section>
  );
}

function AllocationItem(props: {
  allocation: FragmentType<typeof AllocationItemFragment>;
  isNew: boolean;
  duty: Duty | undefined;
  now: number;
}) {
  const a = getFragmentData(AllocationItemFragment, props.allocation);
  const [accept, { loading }] = useMutation(AcceptDocument);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const level = a.level === 1 || a.level === 2 || a.level === 3 || a.level === 4 ? levelLabel[a.level].label : `Level ${a.level}`;
  const timing = props.duty ? dutyTiming(props.duty, props.now) : null;
  // With nothing overdue yet, a case still waiting for first contact shows how long is left.
  const clock = a.current && !props.duty ? responseTiming(a, props.now) : null;
  return (
    <li
      className="allocation-item"
      data-new={props.isNew ? "true" : undefined}
      data-testid="allocation"
      data-reference={a.referralReference}
      data-late={props.duty ? "true" : undefined}
    >
      <div className="allocation-main">
        <span className="cell-title">
          <Link to={`/cases/${a.caseId}`}>{a.referralReference}</Link>
        </span>{" "}
        <span className="muted">{level}</span>
        {a.childInitials ? (
          <>
            {" "}
            <span data-testid="allocation-child">
              <span className="visually-hidden">child </span>
              {a.childInitials}
            </span>
          </>
        ) : null}
        {props.isNew ? (
          <>
            {" "}
            <span className="tag" data-tone="new">
              New
            </span>
          </>
        ) : null}
        <span className="cell-sub">
          {a.primaryNeed && a.primaryNeed !== "NOT_KNOWN" ? `${primaryNeedLabels[a.primaryNeed]} · ` : ""}
          {allocationKindLabels[a.kind]} {dateTime.format(new Date(a.allocatedAt))}
          {a.endedAt ? ` · ended ${dateTime.format(new Date(a.endedAt))}` : ""}
        </span>
        {props.duty && timing ? (
          <span className="allocation-due" data-testid="allocation-due">
            <span className="countdown" data-tone={timing.tone}>
              <span aria-hidden="true">{timing.tone === "danger" ? "● " : "▲ "}</span>
              {overdueKindLabels[props.duty.kind]}: {timing.text}
            </span>
          </span>
        ) : clock ? (
          <span className="allocation-due" data-testid="allocation-clock">
            <span className="countdown" data-tone={clock.tone}>
              {clock.tone === "ok" ? null : <span aria-hidden="true">{clock.tone === "danger" ? "● " : "▲ "}</span>}
              {clock.text}
            </span>
          </span>
        ) : null}
      </div>
      <div className="allocation-actions">
        {!a.current ? (
          <span className="tag" data-tone="neutral">
            Ended
          </span>
        ) : a.acceptedAt ? (
          <span className="tag" data-tone="ok">
            Accepted {dateTime.format(new Date(a.acceptedAt))}
          </span>
        ) : (
          <Button
            onClick={async () => {
              setProblem(null);
              try {
                await accept({ variables: { allocationId: a.id } });
                announce(`Accepted referral ${a.referralReference}.`);
              } catch (e) {
                setProblem(serverProblem(e));
              }
            }}
            disabled={loading}
            aria-describedby={`accept-${a.id}-what`}
          >
            {loading ? "Accepting…" : "Accept"}
            <span className="visually-hidden" id={`accept-${a.id}-what`}>
              {" "}
              referral {a.referralReference}
            </span>
          </Button>
        )}
        {a.current ? (
          <Link className="button" data-variant="secondary" to={`/cases/${a.caseId}`} aria-label={`Open case ${a.referralReference}`}>
            Open case
          </Link>
        ) : null}
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
