import { useQuery } from "@apollo/client/react";
import { Link } from "../../lib/router";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { formatDay } from "../../ui/format";
import { staffRoleLabels } from "../../gql/labels";

export const ScheduleRowFragment = graphql(`
  fragment ScheduleRow on SupervisionScheduleEntry {
    staff {
      id
      displayName
      role
    }
    everyWeeks
    lastSupervisedOn
    lastGroupSupportOn
    nextDueOn
    overdue
  }
`);

export const SupervisionScheduleDocument = graphql(`
  query SupervisionSchedule {
    supervisionSchedule {
      staff {
        id
        displayName
      }
      nextDueOn
      overdue
      ...ScheduleRow
    }
  }
`);

/** Who is due supervision when, overdue first; each row can start a record for that person. */
export function SupervisionSchedule(props: { onRecord: (staffId: string) => void }) {
  const { data, error, loading } = useQuery(SupervisionScheduleDocument);
  const entries = [...(data?.supervisionSchedule ?? [])].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.nextDueOn.localeCompare(b.nextDueOn),
  );
  if (error && !data)
    return (
      <Alert tone="error" title="The supervision schedule could not be loaded">
        <p>We will try again when the connection is back.</p>
      </Alert>
    );
  if (loading && !data) return <p role="status">Loading the schedule…</p>;
  return (
    <div className="table-wrap">
      <table className="data" data-stack="true" role="table" aria-label="Supervision schedule, overdue first">
        <thead>
          <tr role="row">
            <th scope="col" role="columnheader">
              Staff member
            </th>
            <th scope="col" role="columnheader">
              Next one-to-one
            </th>
            <th scope="col" role="columnheader">
              Last one-to-one
            </th>
            <th scope="col" role="columnheader">
              Last group support
            </th>
            <th scope="col" role="columnheader">
              <span className="visually-hidden">Record</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <ScheduleRow key={e.staff.id} entry={e} onRecord={props.onRecord} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScheduleRow(props: { entry: FragmentType<typeof ScheduleRowFragment>; onRecord: (staffId: string) => void }) {
  const e = getFragmentData(ScheduleRowFragment, props.entry);
  return (
    <tr role="row" data-testid="schedule-row" data-overdue={e.overdue ? "true" : undefined}>
      <th scope="row" role="rowheader" className="row-head">
        <Link className="row-link" to={`/team/${e.staff.id}`}>
          {e.staff.displayName}
        </Link>
        <span className="cell-sub">
          {staffRoleLabels[e.staff.role]} · every {e.everyWeeks} weeks
        </span>
      </th>
      <td role="cell" data-label="Next one-to-one">
        {e.overdue ? (
          <span className="tag" data-tone="warn">
            Overdue since {formatDay(e.nextDueOn)}
          </span>
        ) : (
          formatDay(e.nextDueOn)
        )}
      </td>
      <td role="cell" data-label="Last one-to-one">
        {e.lastSupervisedOn ? formatDay(e.lastSupervisedOn) : <span className="muted">None recorded</span>}
      </td>
      <td role="cell" data-label="Last group support">
        {e.lastGroupSupportOn ? formatDay(e.lastGroupSupportOn) : <span className="muted">None recorded</span>}
      </td>
      <td role="cell">
        <Button variant="secondary" onClick={() => props.onRecord(e.staff.id)}>
          Record<span className="visually-hidden"> supervision for {e.staff.displayName}</span>
        </Button>
      </td>
    </tr>
  );
}
