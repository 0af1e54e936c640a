import { useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { ReferralStatus, TriageQueueQuery } from "../../gql/graphql";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { useNow } from "../../ui/use-now";
import { TriageQueueRow } from "./queue-row";

const PAGE = 50;
/** How long a newly arrived row keeps its highlight. */
const NEW_FOR_MS = 60_000;

/** One referral in the queue: what the queue itself orders and counts by, and its row. Pushed whole by the subscription. */
export const TriageQueueEntryFragment = graphql(`
  fragment TriageQueueEntry on Referral {
    id
    reference
    status
    priority
    responseDeadlineAt
    firstRespondedAt
    ...TriageQueueRow
  }
`);

export const TriageQueueDocument = graphql(`
  query TriageQueue($first: Int, $after: String) {
    triageQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TriageQueueEntry
        }
      }
    }
  }
`);

export const TriageQueueChangedDocument = graphql(`
  subscription TriageQueueChanged {
    triageQueueChanged {
      change
      referralId
      referral {
        ...TriageQueueEntry
      }
    }
  }
`);

type Connection = TriageQueueQuery["triageQueue"];
type Entry = FragmentType<typeof TriageQueueEntryFragment>;

const QUEUE_STATUSES: ReferralStatus[] = ["NEW", "TRIAGED", "POOLED"];

const entry = (node: Entry) => getFragmentData(TriageQueueEntryFragment, node);

/** The server's order: priority (highest first), then the response maximum (soonest first). */
function byQueueOrder(a: Entry, b: Entry): number {
  const x = entry(a);
  const y = entry(b);
  return y.priority - x.priority || Date.parse(x.responseDeadlineAt) - Date.parse(y.responseDeadlineAt);
}

function applyChange(
  queue: Connection,
  change: "ADDED" | "UPDATED" | "REMOVED",
  id: string,
  referral: Entry | null | undefined,
): Connection {
  const had = queue.edges.some((e) => entry(e.node).id === id);
  let edges = queue.edges.filter((e) => entry(e.node).id !== id);
  // An update can describe a referral that has left the queue (e.g. its first response after allocation).
  const keep = change !== "REMOVED" && referral && QUEUE_STATUSES.includes(entry(referral).status);
  if (keep) {
    // __typename is not in the generated types but Apollo's cache wants it on every object it writes.
    const edge = { __typename: "ReferralEdge", cursor: `live:${id}`, node: referral } as Connection["edges"][number];
    edges = [...edges, edge];
    edges.sort((a, b) => byQueueOrder(a.node, b.node));
  }
  const totalCount = queue.totalCount + (keep && !had ? 1 : 0) - (!keep && had ? 1 : 0);
  return { ...queue, edges, totalCount };
}

export function TriageQueue() {
  const { data, error, loading, subscribeToMore, fetchMore } = useQuery(TriageQueueDocument, {
    variables: { first: PAGE },
    notifyOnNetworkStatusChange: false,
  });
  const [arrived, setArrived] = useState<Map<string, number>>(new Map());
  const [announcement, setAnnouncement] = useState("");

  useEffect(
    () =>
      subscribeToMore({
        document: TriageQueueChangedDocument,
        updateQuery: (_unsafe, { complete, previousData, subscriptionData }) => {
          if (!complete) return undefined;
          const event = subscriptionData.data.triageQueueChanged;
          const wasThere = previousData.triageQueue.edges.some((e) => entry(e.node).id === event.referralId);
          if (event.change === "ADDED" && !wasThere && event.referral) {
            const ref = entry(event.referral);
            setArrived((current) => new Map(current).set(ref.id, Date.now()));
            setAnnouncement(`New referral ${ref.reference} arrived, priority ${ref.priority}.`);
          }
          return {
            ...previousData,
            triageQueue: applyChange(previousData.triageQueue, event.change, event.referralId, event.referral),
          };
        },
      }),
    [subscribeToMore],
  );

  // Let highlights fade out on their own.
  useEffect(() => {
    if (arrived.size === 0) return;
    const timer = setTimeout(() => {
      const cutoff = Date.now() - NEW_FOR_MS;
      setArrived((current) => new Map([...current].filter(([, at]) => at > cutoff)));
    }, 5_000);
    return () => clearTimeout(timer);
  }, [arrived]);

  const now = useNow();
  const queue = data?.triageQueue;
  const entries = queue?.edges.map((e) => entry(e.node)) ?? [];
  const waiting = entries.filter((e) => !e.firstRespondedAt);
  const pastMaximum = waiting.filter((e) => Date.parse(e.responseDeadlineAt) <= now).length;
  const needsTriage = entries.filter((e) => e.status === "NEW").length;
  return (
    <div className="stack">
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {error && !queue ? (
        <Alert tone="error" live="alert" title="The queue could not be loaded">
          <p>We will try again when the connection is back.</p>
        </Alert>
      ) : null}
      {queue ? (
        <>
          <div className="queue-summary">
            <span data-testid="queue-count">
              <strong>{queue.totalCount}</strong> {queue.totalCount === 1 ? "referral" : "referrals"} waiting
            </span>
            <span className="tag" data-tone="neutral">
              {needsTriage} to triage
            </span>
            {pastMaximum ? (
              <span className="tag" data-tone="danger">
                {pastMaximum} past the response maximum
              </span>
            ) : null}
            <span className="muted">Highest priority first, then the soonest response maximum</span>
          </div>
          <div className="table-wrap">
            <table className="data" aria-label="Triage queue">
              <thead>
                <tr>
                  <th scope="col">Priority</th>
                  <th scope="col">Referral and reasons</th>
                  <th scope="col">Channel</th>
                  <th scope="col">Response</th>
                  <th scope="col">Flags</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <TriageQueueRow key={e.id} referral={e} isNew={arrived.has(e.id)} />
                ))}
              </tbody>
            </table>
            {queue.edges.length === 0 ? <p className="empty">No referrals are waiting. New ones will appear here as they arrive.</p> : null}
          </div>
          {queue.pageInfo.hasNextPage ? (
            <Button
              variant="secondary"
              onClick={() =>
                void fetchMore({
                  variables: { after: queue.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    triageQueue: {
                      ...fetchMoreResult.triageQueue,
                      edges: [...previous.triageQueue.edges, ...fetchMoreResult.triageQueue.edges],
                    },
                  }),
                })
              }
            >
              Show more referrals
            </Button>
          ) : null}
        </>
      ) : loading ? (
        <p role="status">Loading the queue…</p>
      ) : null}
    </div>
  );
}
