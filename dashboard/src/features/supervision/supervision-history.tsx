import { useQuery } from "@apollo/client/react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { Alert } from "../../ui/alert";
import { formatDay } from "../../ui/format";
import { supervisionKindLabels, supervisionTopicLabels } from "../../gql/labels";

export const SupervisionItemFragment = graphql(`
  fragment SupervisionItem on Supervision {
    id
    heldOn
    kind
    topics
    notes
    supervisor {
      id
      displayName
    }
    attendees {
      id
      displayName
    }
  }
`);

const SupervisionsDocument = graphql(`
  query Supervisions($staffId: ID, $first: Int) {
    supervisions(staffId: $staffId, first: $first) {
      edges {
        node {
          id
          ...SupervisionItem
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** Sessions recorded, newest first, with their notes (managers, the supervisor and the supervisee only). */
export function SupervisionHistory(props: { staffId?: string; first?: number; emptyText: string; headingLevel?: 2 | 3 }) {
  const { data, error, loading } = useQuery(SupervisionsDocument, {
    variables: { staffId: props.staffId ?? null, first: props.first ?? 20 },
  });
  const items = data?.supervisions.edges.map((e) => e.node) ?? [];
  if (error && !data)
    return (
      <Alert tone="error" title="Supervision records could not be loaded">
        <p>We will try again when the connection is back.</p>
      </Alert>
    );
  if (loading && !data) return <p role="status">Loading supervision records…</p>;
  if (!items.length) return <p className="muted">{props.emptyText}</p>;
  return (
    <ol className="plain-list record-list" data-testid="supervision-history">
      {items.map((s) => (
        <SupervisionRecord key={s.id} item={s} />
      ))}
      {data?.supervisions.pageInfo.hasNextPage ? <li className="muted">Older sessions are not shown here.</li> : null}
    </ol>
  );
}

function SupervisionRecord(props: { item: FragmentType<typeof SupervisionItemFragment> }) {
  const s = getFragmentData(SupervisionItemFragment, props.item);
  return (
    <li data-testid="supervision-record">
      <span className="cell-title">{formatDay(s.heldOn)}</span> · {supervisionKindLabels[s.kind]} with{" "}
      {s.attendees.map((a) => a.displayName).join(", ")}
      <span className="cell-sub">
        Led by {s.supervisor.displayName} · {s.topics.map((t) => supervisionTopicLabels[t]).join(", ")}
      </span>
      {s.notes ? <p className="timeline-summary">{s.notes}</p> : null}
    </li>
  );
}
