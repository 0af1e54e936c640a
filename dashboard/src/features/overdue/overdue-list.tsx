import { useQuery } from "@apollo/client/react";
import { useEffect, useMemo, useState } from "react";
import { Link } from "../../lib/router";
import { announce } from "../../lib/announce";
import { BACKGROUND } from "../../lib/presence";
import { getFragmentData, graphql } from "../../gql";
import type { OverdueKind, OverdueScope } from "../../gql/graphql";
import { Alert } from "../../ui/alert";
import { relativeSpan } from "../../ui/format";
import { useNow } from "../../ui/use-now";
import { overdueKindLabels } from "../../gql/labels";
import { dutyOwner, dutyTiming, overdueKindTone, toDuties, type Duty } from "./duties";

/** One open item: everything the lists group, order, word and announce by. Also pushed live. */
export const OverdueListItemFragment = graphql(`
  fragment OverdueListItem on OverdueItem {
    id
    kind
    label
    dueAt
    referralId
    assigneeName
    assigneeStaffId
    subjectType
    subjectId
    upcomingOn
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

const NEW_FOR_MS = 60_000;

/**
 * The open items for `scope`, as duties (one per thing to do, most urgent first), kept live: new
 * ones are pushed and marked new for a minute; cleared ones go at the next minute's look. Call it
 * once per screen and hand the result to the lists that show it, so there is one subscription.
 */
export function useOverdue(scope: OverdueScope) {
  const { data, error, loading, subscribeToMore } = useQuery(OverdueItemsDocument, {
    variables: { scope },
    // Items clear when someone acts; nothing is pushed for that, so look again now and then.
    pollInterval: 60_000,
    context: BACKGROUND,
  });
  const [arrived, setArrived] = useState<Map<string, number>>(new Map());

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
          announce(`Now overdue: ${item.label}`);
          return { ...previousData, overdueItems: [...previousData.overdueItems, pushed] };
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

  const raw = data?.overdueItems;
  const duties = useMemo(() => toDuties(getFragmentData(OverdueListItemFragment, raw ?? [])), [raw]);
  return { duties, arrived, loaded: Boolean(data), error: error && !data ? error : undefined, loading };
}

export type Overdue = ReturnType<typeof useOverdue>;

/** Duties as rows: what, when in words that fit the date, and who must act. */
export function OverdueList(props: {
  overdue: Overdue;
  emptyText: string;
  /** Where a duty's row links to, if anywhere. */
  linkFor: (duty: Duty) => string | null;
  /** Only the caller's own items: the owner column says nothing new. */
  showOwner: boolean;
  label: string;
}) {
  const { duties, arrived, loaded, error, loading } = props.overdue;
  const now = useNow();
  const counts = new Map<OverdueKind, number>();
  for (const d of duties) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);

  return (
    <div className="stack-tight">
      {error ? (
        <Alert tone="error" title="Overdue items could not be loaded">
          <p>We will try again when the connection is back.</p>
        </Alert>
      ) : null}
      {loading && !loaded ? <p role="status">Loading overdue items…</p> : null}
      {loaded ? (
        <>
          <div className="queue-summary">
            <span data-testid="overdue-count">
              <strong>{duties.length}</strong> {duties.length === 1 ? "thing" : "things"} to do
            </span>
            {[...counts].map(([kind, n]) => (
              <span className="tag" data-tone={overdueKindTone[kind]} key={kind}>
                {n} {overdueKindLabels[kind].toLowerCase()}
              </span>
            ))}
          </div>
          {duties.length === 0 ? (
            <p className="empty card">{props.emptyText}</p>
          ) : (
            <ol className="duty-list" aria-label={props.label} data-owner={props.showOwner ? "true" : undefined}>
              {duties.map((d) => (
                <DutyRow key={d.id} duty={d} now={now} isNew={arrived.has(d.id)} link={props.linkFor(d)} showOwner={props.showOwner} />
              ))}
            </ol>
          )}
        </>
      ) : null}
    </div>
  );
}

function DutyRow(props: { duty: Duty; now: number; isNew: boolean; link: string | null; showOwner: boolean }) {
  const { duty } = props;
  const timing = dutyTiming(duty, props.now);
  return (
    <li className="duty-row" data-new={props.isNew ? "true" : undefined} data-testid="overdue-row" data-kind={duty.kind}>
      <span className="duty-kind">
        <span className="tag" data-tone={overdueKindTone[duty.kind]}>
          {overdueKindLabels[duty.kind]}
        </span>
      </span>
      <span className="duty-what">
        {props.link ? (
          <Link className="row-link" to={props.link}>
            {duty.label}
          </Link>
        ) : (
          <span className="cell-title">{duty.label}</span>
        )}
        {props.isNew ? (
          <>
            {" "}
            <span className="tag" data-tone="new">
              New
            </span>
          </>
        ) : null}
        {duty.alsoTargetDueAt ? (
          <span className="cell-sub">
            The response target passed too, {relativeSpan(props.now - Date.parse(duty.alsoTargetDueAt))} ago.
          </span>
        ) : null}
      </span>
      <span className="duty-when" data-testid="overdue-when">
        <span className="countdown" data-tone={timing.tone}>
          {timing.text}
        </span>
        <span className="cell-sub">{timing.detail}</span>
      </span>
      {props.showOwner ? (
        <span className="duty-owner">
          <span className="visually-hidden">Who must act: </span>
          {dutyOwner(duty)}
        </span>
      ) : null}
    </li>
  );
}
