import { useQuery } from "@apollo/client/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { QueueChange, TriageQueueQuery } from "../../gql/graphql";
import { referralChannelLabels, referralChannelValues } from "../../gql/labels";
import { announce } from "../../lib/announce";
import { navigate } from "../../lib/router";
import { useShortcuts, useShortcutsOn } from "../../lib/shortcuts";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { useNow } from "../../ui/use-now";
import { NewArrivalCue, type Arrival } from "./new-arrival-cue";
import { QueueShortcuts } from "./queue-shortcuts";
import {
  filtersFromSearch,
  hasFilters,
  isInQueue,
  matchesServerFilter,
  noFilters,
  normalise,
  searchFromFilters,
  serverFilter,
  showOptions,
  type QueueFilters,
} from "./queue-filters";
import { TriageQueueRow } from "./queue-row";

const PAGE = 50;
/** How long a newly arrived row keeps its "New" mark. */
const NEW_FOR_MS = 60_000;

/** One referral in the queue: what the queue orders, filters, searches and counts by, and its row. Pushed whole by the subscription. */
export const TriageQueueEntryFragment = graphql(`
  fragment TriageQueueEntry on Referral {
    id
    reference
    status
    channel
    priority
    responseTargetAt
    responseDeadlineAt
    firstRespondedAt
    safeguardingFlag
    child {
      fullName
    }
    contact {
      fullName
    }
    priorityReasons {
      label
    }
    ...TriageQueueRow
  }
`);

export const TriageQueueDocument = graphql(`
  query TriageQueue($first: Int, $after: String, $filter: TriageQueueFilter) {
    triageQueue(first: $first, after: $after, filter: $filter) {
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

const entry = (node: Entry) => getFragmentData(TriageQueueEntryFragment, node);

/** The server's order: priority (highest first), then the response maximum (soonest first). */
function byQueueOrder(a: Entry, b: Entry): number {
  const x = entry(a);
  const y = entry(b);
  return y.priority - x.priority || Date.parse(x.responseDeadlineAt) - Date.parse(y.responseDeadlineAt);
}

function applyChange(
  queue: Connection,
  change: QueueChange,
  id: string,
  referral: Entry | null | undefined,
  belongs: (r: Entry) => boolean,
): Connection {
  const had = queue.edges.some((e) => entry(e.node).id === id);
  let edges = queue.edges.filter((e) => entry(e.node).id !== id);
  // An update can describe a referral that has left the queue (e.g. its first response after allocation),
  // or one that no longer matches the filters the list was asked with.
  const keep = change !== "REMOVED" && referral && isInQueue(entry(referral).status) && belongs(referral);
  if (keep) {
    // __typename is not in the generated types but Apollo's cache wants it on every object it writes.
    const edge = { __typename: "ReferralEdge", cursor: `live:${id}`, node: referral } as Connection["edges"][number];
    edges = [...edges, edge];
    edges.sort((a, b) => byQueueOrder(a.node, b.node));
  }
  const totalCount = queue.totalCount + (keep && !had ? 1 : 0) - (!keep && had ? 1 : 0);
  return { ...queue, edges, totalCount };
}

function rowLink(id: string): HTMLAnchorElement | null {
  return document.querySelector<HTMLAnchorElement>(`[data-testid="queue-row"][data-id="${CSS.escape(id)}"] .row-link`);
}

export function TriageQueue() {
  const [filters, setFilters] = useState<QueueFilters>(() => filtersFromSearch(window.location.search));
  const variables = useMemo(() => ({ first: PAGE, filter: serverFilter(filters) }), [filters]);
  const { data, previousData, error, loading, subscribeToMore, fetchMore } = useQuery(TriageQueueDocument, {
    variables,
    notifyOnNetworkStatusChange: false,
  });
  const [arrived, setArrived] = useState<Map<string, number>>(new Map());
  const [arrivals, setArrivals] = useState<Arrival[]>([]);
  // The subscription's updateQuery outlives renders: it reads the filters in force when an event comes.
  const filtersRef = useRef(filters);
  useEffect(() => {
    filtersRef.current = filters;
  }, [filters]);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const shortcutsOn = useShortcutsOn();

  const change = (next: Partial<QueueFilters>) => {
    const merged = { ...filters, ...next };
    setFilters(merged);
    window.history.replaceState(window.history.state, "", window.location.pathname + searchFromFilters(merged));
  };

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
            setArrivals((current) => [
              { id: ref.id, name: ref.child?.fullName ?? ref.reference, reference: ref.reference, priority: ref.priority },
              ...current.filter((a) => a.id !== ref.id),
            ]);
            announce(
              `New referral ${ref.reference}${ref.child?.fullName ? ` for ${ref.child.fullName}` : ""} arrived, priority ${ref.priority}.`,
            );
          }
          const belongs = (r: Entry) => matchesServerFilter(filtersRef.current, entry(r), Date.now());
          return {
            ...previousData,
            triageQueue: applyChange(previousData.triageQueue, event.change, event.referralId, event.referral, belongs),
          };
        },
      }),
    [subscribeToMore],
  );

  // Let "New" marks fade out on their own.
  useEffect(() => {
    if (arrived.size === 0) return;
    const timer = setTimeout(() => {
      const cutoff = Date.now() - NEW_FOR_MS;
      setArrived((current) => new Map([...current].filter(([, at]) => at > cutoff)));
    }, 5_000);
    return () => clearTimeout(timer);
  }, [arrived]);

  const now = useNow();
  // While a new filter loads, keep showing the last list rather than a blank page.
  const queue = (data ?? previousData)?.triageQueue;
  const all = useMemo(() => queue?.edges.map((e) => entry(e.node)) ?? [], [queue]);
  const words = normalise(filters.search.trim());
  const shown = all.filter((e) => {
    if (!words) return true;
    const text = normalise(
      [
        e.child?.fullName,
        e.contact?.fullName,
        e.reference,
        referralChannelLabels[e.channel],
        ...e.priorityReasons.map((r) => r.label),
      ].join(" "),
    );
    return words.split(/\s+/).every((w) => text.includes(w));
  });
  const clientNarrowed = words !== "";
  const waiting = all.filter((e) => !e.firstRespondedAt);
  const pastMaximum = waiting.filter((e) => Date.parse(e.responseDeadlineAt) <= now).length;
  const needsTriage = all.filter((e) => e.status === "NEW").length;

  const rows = () => [...(listRef.current?.querySelectorAll<HTMLAnchorElement>(".row-link") ?? [])];
  const move = (step: number) => {
    const links = rows();
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = at === -1 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
    links[next]?.focus();
    links[next]?.closest("li")?.scrollIntoView({ block: "nearest" });
  };
  const inList = (event: KeyboardEvent) => listRef.current?.contains(event.target as Node) ?? false;

  const showArrival = useCallback((id: string) => {
    setArrivals((current) => current.filter((a) => a.id !== id));
    const link = rowLink(id);
    if (link) {
      link.closest("li")?.scrollIntoView({ block: "center" });
      link.focus({ preventScroll: true });
    } else {
      navigate(`/triage/${id}`);
    }
  }, []);

  const handlers = useMemo(
    () => ({
      j: () => move(1),
      k: () => move(-1),
      ArrowDown: (event: KeyboardEvent) => (inList(event) ? move(1) : false),
      ArrowUp: (event: KeyboardEvent) => (inList(event) ? move(-1) : false),
      "/": () => searchRef.current?.focus(),
      n: () => (arrivals[0] ? showArrival(arrivals[0].id) : false),
      "?": () => setHelpOpen((open) => !open),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- move and inList read refs at call time
    [arrivals, showArrival],
  );
  useShortcuts(handlers, shortcutsOn);

  return (
    <div className="stack-tight queue">
      {error && !queue ? (
        <Alert tone="error" live="alert" title="The queue could not be loaded">
          <p>We will try again when the connection is back.</p>
        </Alert>
      ) : null}
      <form className="queue-filters" role="search" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
        <div className="queue-filter queue-search">
          <label htmlFor="queue-search">Search</label>
          <input
            id="queue-search"
            ref={searchRef}
            className="input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder="Name, reference or reason"
            aria-describedby="queue-search-hint"
            value={filters.search}
            onChange={(e) => change({ search: e.currentTarget.value })}
            onKeyDown={(e) => {
              if (e.key === "Escape" && filters.search) {
                e.preventDefault();
                change({ search: "" });
              } else if (e.key === "ArrowDown" || e.key === "Enter") {
                e.preventDefault();
                rows()[0]?.focus();
              }
            }}
          />
          <span className="visually-hidden" id="queue-search-hint">
            Searches the referrals loaded on this screen.
          </span>
        </div>
        <div className="queue-filter">
          <label htmlFor="queue-show">Show</label>
          <select
            id="queue-show"
            className="select"
            value={filters.show}
            onChange={(e) => change({ show: e.currentTarget.value as QueueFilters["show"] })}
          >
            {showOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="queue-filter">
          <label htmlFor="queue-channel">Channel</label>
          <select
            id="queue-channel"
            className="select"
            value={filters.channel}
            onChange={(e) => change({ channel: e.currentTarget.value as QueueFilters["channel"] })}
          >
            <option value="ALL">Any channel</option>
            {referralChannelValues.map((c) => (
              <option key={c} value={c}>
                {referralChannelLabels[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="queue-toggles">
          <div className="choice">
            <input
              id="queue-overdue"
              type="checkbox"
              checked={filters.overdue}
              onChange={(e) => change({ overdue: e.currentTarget.checked })}
            />
            <label htmlFor="queue-overdue">Overdue</label>
          </div>
          <div className="choice">
            <input
              id="queue-safeguarding"
              type="checkbox"
              checked={filters.safeguarding}
              onChange={(e) => change({ safeguarding: e.currentTarget.checked })}
            />
            <label htmlFor="queue-safeguarding">Safeguarding</label>
          </div>
          {hasFilters(filters) ? (
            <Button variant="quiet" onClick={() => change(noFilters)}>
              Clear filters
            </Button>
          ) : null}
        </div>
      </form>

      {queue ? (
        <>
          <div className="queue-summary">
            <span data-testid="queue-count">
              <strong>{queue.totalCount}</strong> {queue.totalCount === 1 ? "referral" : "referrals"}
              {serverFilter(filters) ? " match" : " waiting"}
            </span>
            {needsTriage ? (
              <span className="tag" data-tone="neutral">
                {needsTriage} to triage
              </span>
            ) : null}
            {pastMaximum ? (
              <span className="tag" data-tone="danger">
                {pastMaximum} past the response maximum
              </span>
            ) : null}
            {clientNarrowed ? (
              <span data-testid="queue-shown" role="status">
                Showing {shown.length} of the {all.length} loaded
                {queue.pageInfo.hasNextPage
                  ? ` (${queue.totalCount - all.length} more not loaded: search and Safeguarding look only at these)`
                  : ""}
              </span>
            ) : null}
            <span className="muted queue-order">Highest priority first</span>
            <QueueShortcuts open={helpOpen} onToggle={setHelpOpen} />
          </div>
          {all.length ? (
            <div className="queue-head" aria-hidden="true">
              <span>Priority</span>
              <span>Referral and reasons</span>
              <span>Channel</span>
              <span>Response</span>
              <span>Status</span>
            </div>
          ) : null}
          <ol
            className="queue-list"
            ref={listRef}
            aria-label="Triage queue, highest priority first, then the soonest response maximum"
            aria-busy={loading && !data}
          >
            {shown.map((e) => (
              <TriageQueueRow key={e.id} referral={e} isNew={arrived.has(e.id)} />
            ))}
          </ol>
          {all.length === 0 ? (
            <p className="empty card">
              {serverFilter(filters)
                ? "No referrals match these filters."
                : "No referrals are waiting. New ones will appear here as they arrive."}
            </p>
          ) : shown.length === 0 ? (
            <p className="empty card">None of the loaded referrals match. Clear the search or the Safeguarding filter to see them.</p>
          ) : null}
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
          <NewArrivalCue
            arrivals={arrivals}
            listed={new Set(shown.map((e) => e.id))}
            onShow={showArrival}
            onDismiss={() => setArrivals([])}
            onSeen={(id) => setArrivals((c) => c.filter((a) => a.id !== id))}
          />
        </>
      ) : loading ? (
        <p role="status">Loading the queue…</p>
      ) : null}
    </div>
  );
}
