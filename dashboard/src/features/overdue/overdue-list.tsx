import { useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { Link } from "../../lib/router";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { OverdueKind, OverdueScope } from "../../gql/graphql";
import { Alert } from "../../ui/alert";
import { dateTime, relativeSpan } from "../../ui/format";
import { useNow } from "../../ui/use-now";
import { BACKGROUND } from "../../lib/presence";

/** One item in the list: what the list sorts, counts and announces by, and its row. Also pushed live. */
export const OverdueListItemFragment = graphql(`
  fragment OverdueListItem on OverdueItem {
    id
    kind
    label
    dueAt
    ...OverdueRow
  }
`);

export const OverdueRowFragment = graphql(`
  fragment OverdueRow on OverdueItem {
    id
    kind
    label
    dueAt
    assigneeName
    referralId
  }
`);

const OverdueItemsDocument = graphql(`
  query OverdueItems($scope: OverdueScope) {
    overdueItems(scope: $scope) {
      ...OverdueListItem
    }
  }
`);

const OverdueItemRaisedDocument = graphql(`
  subscription OverdueItemRaised {
    overdueItemRaised {
      ...OverdueListItem
    }
  }
`);

export const overdueKindLabel: Record<OverdueKind, { label: string; tone: "danger" | "warn" | "neutral" }> = {
  SAFEGUARDING_NOT_ACKNOWLEDGED: { label: "Safeguarding not acknowledged", tone: "danger" },
  RESPONSE_MAXIMUM_BREACHED: { label: "Response maximum passed", tone: "danger" },
  RESPONSE_TARGET_REACHED: { label: "Response target reached", tone: "warn" },
  ALLOCATION_NOT_ACCEPTED: { label: "Allocation not accepted", tone: "warn" },
  KEY_DATE_APPROACHING: { label: "Key date approaching", tone: "warn" },
  CONSENT_REVIEW_DUE: { label: "Consent review due", tone: "warn" },
  MEETING_FOLLOW_UP_DUE: { label: "Meeting follow-up due", tone: "warn" },
  CASE_INACTIVE: { label: "Case inactive", tone: "neutral" },
  COMPLAINT_RESPONSE_DUE: { label: "Complaint response due", tone: "warn" },
  SUPERVISION_DUE: { label: "Supervision due", tone: "neutral" },
  DBS_RENEWAL_DUE: { label: "DBS renewal due", tone: "warn" },
  TRAINING_EXPIRED: { label: "Training expired", tone: "neutral" },
};

const NEW_FOR_MS = 60_000;

/** Overdue items, oldest due first; new ones are pushed in live and highlighted for a minute. */
export function OverdueList(props: { scope: OverdueScope; linkReferrals: boolean; emptyText: string }) {
  const { data, error, loading, subscribeToMore } = useQuery(OverdueItemsDocument, {
    variables: { scope: props.scope },
    // Items clear when someone acts; nothing is pushed for that, so look again now and then.
    pollInterval: 60_000,
    context: BACKGROUND,
  });
  const [arrived, setArrived] = useState<Map<string, number>>(new Map());
  const [announcement, setAnnouncement] = useState("");
  const now = useNow();

  useEffect(
    () =>
      subscribeToMore({
        document: OverdueItemRaisedDocument,
        updateQuery: (_unsafe, { complete, previousData, subscriptionData }) => {
          if (!complete) return undefined;
          const pushed = subscriptionData.data.overdueItemRaised;
          const item = getFragmentData(OverdueListItemFragment, pushed);
          if (previousData.overdueItems.some((i) => getFragmentData(OverdueListItemFragment, i).id === item.id)) return undefined;
          setArrived((current) => new Map(current).set(item.id, Date.now()));
          setAnnouncement(`Now overdue: ${item.label}`);
          const dueAt = (i: FragmentType<typeof OverdueListItemFragment>) => Date.parse(getFragmentData(OverdueListItemFragment, i).dueAt);
          const items = [...previousData.overdueItems, pushed].sort((a, b) => dueAt(a) - dueAt(b));
          return { ...previousData, overdueItems: items };
        },
      }),
    [subscribeToMore],
  );

  useEffect(() => {
    if (arrived.size === 0) return;
    const timer = setTimeout(() => {
      const cutoff = Date.now() - NEW_FOR_MS;
      setArrived((current) => new Map([...current].filter(([, at]) => at > cutoff)));
    }, 5_000);
    return () => clearTimeout(timer);
  }, [arrived]);

  const items = getFragmentData(OverdueListItemFragment, data?.overdueItems ?? []);
  const counts = new Map<OverdueKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);

  return (
    <div className="stack">
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {error && !data ? (
        <Alert tone="error" title="Overdue items could not be loaded">
          <p>We will try again when the connection is back.</p>
        </Alert>
      ) : null}
      {loading && !data ? <p role="status">Loading overdue items…</p> : null}
      {data ? (
        <>
          <div className="queue-summary">
            <span data-testid="overdue-count">
              <strong>{items.length}</strong> {items.length === 1 ? "item" : "items"} overdue
            </span>
            {[...counts].map(([kind, n]) => (
              <span className="tag" data-tone={overdueKindLabel[kind].tone} key={kind}>
                {n} {overdueKindLabel[kind].label.toLowerCase()}
              </span>
            ))}
          </div>
          {items.length === 0 ? (
            <p className="empty card">{props.emptyText}</p>
          ) : (
            <div className="table-wrap">
              <table className="data" aria-label="Overdue items">
                <thead>
                  <tr>
                    <th scope="col">What is due</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Due</th>
                    <th scope="col">Who must act</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <OverdueRow key={item.id} item={item} isNew={arrived.has(item.id)} now={now} linkReferral={props.linkReferrals} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </div>
  );
}

function OverdueRow(props: { item: FragmentType<typeof OverdueRowFragment>; isNew: boolean; now: number; linkReferral: boolean }) {
  const item = getFragmentData(OverdueRowFragment, props.item);
  const kind = overdueKindLabel[item.kind];
  return (
    <tr data-new={props.isNew ? "true" : undefined} data-testid="overdue-row">
      <td>
        {props.linkReferral && item.referralId ? (
          <Link className="row-link" to={`/triage/${item.referralId}`}>
            {item.label}
          </Link>
        ) : (
          <span className="cell-title">{item.label}</span>
        )}
        {props.isNew ? (
          <>
            {" "}
            <span className="tag" data-tone="ok">
              New
            </span>
          </>
        ) : null}
      </td>
      <td>
        <span className="tag" data-tone={kind.tone}>
          {kind.label}
        </span>
      </td>
      <td>
        <span className="countdown" data-tone={kind.tone === "danger" ? "danger" : "warn"}>
          {relativeSpan(props.now - Date.parse(item.dueAt))} ago
        </span>
        <span className="cell-sub">{dateTime.format(new Date(item.dueAt))}</span>
      </td>
      <td>{item.assigneeName ?? <span className="muted">Managers</span>}</td>
    </tr>
  );
}
