import { useQuery } from "@apollo/client/react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { Link } from "../../lib/router";
import { Alert } from "../../ui/alert";
import { formatDay } from "../../ui/format";
import { Meter } from "../../ui/meter";
import { staffRoleLabels } from "../../gql/labels";
import { holdsCases } from "../allocation/case-holding";
import { CaseloadByLevel } from "../allocation/caseload-by-level";

const TeamDocument = graphql(`
  query TeamWorkload {
    team {
      id
      role
      capacity
      openCases
      caseload {
        level
        openCases
      }
      ...TeamRow
    }
  }
`);

export const TeamRowFragment = graphql(`
  fragment TeamRow on TeamMember {
    id
    displayName
    role
    capacity
    openCases
    blockingReasons {
      code
      message
    }
    ...CaseloadByLevel
  }
`);

export const ComplianceFragment = graphql(`
  fragment Compliance on SupervisionScheduleEntry {
    nextDueOn
    overdue
    compliance {
      dbsExpired
      dbsRenewalDueOn
      dbsRenewalDueSoon
      confidentialitySigned
      trainingExpired
      trainingExpiringSoon
    }
  }
`);

const ScheduleDocument = graphql(`
  query TeamCompliance {
    supervisionSchedule {
      staff {
        id
      }
      ...Compliance
    }
  }
`);

type ComplianceRef = FragmentType<typeof ComplianceFragment>;

/** Caseload against capacity for everyone who holds cases, with what would stop an allocation. */
export function TeamWorkload(props: { showCompliance: boolean }) {
  const team = useQuery(TeamDocument);
  const schedule = useQuery(ScheduleDocument, { skip: !props.showCompliance });
  const members = (team.data?.team ?? []).filter((m) => holdsCases(m.role));
  const byStaff = new Map((schedule.data?.supervisionSchedule ?? []).map((s) => [s.staff.id, s]));
  const totals = [1, 2, 3, 4].map((level) =>
    members.reduce((sum, m) => sum + (m.caseload.find((c) => c.level === level)?.openCases ?? 0), 0),
  );
  const open = members.reduce((s, m) => s + m.openCases, 0);
  const capacity = members.reduce((s, m) => s + m.capacity, 0);
  const full = members.filter((m) => m.capacity > 0 && m.openCases >= m.capacity).length;

  if (team.error && !team.data) {
    return (
      <Alert tone="error" title="The team could not be loaded">
        <p>We will try again when the connection is back.</p>
      </Alert>
    );
  }
  if (!team.data) return <p role="status">Loading the team…</p>;
  return (
    <div className="stack">
      <div className="stat-tiles">
        <div className="stat-tile">
          <span className="stat-label">Open cases</span>
          <span className="stat-value">{open}</span>
          <span className="muted">of {capacity} places</span>
        </div>
        {totals.map((n, i) => (
          <div className="stat-tile" key={i}>
            <span className="stat-label">Level {i + 1}</span>
            <span className="stat-value">{n}</span>
            <span className="muted">open</span>
          </div>
        ))}
        <div className="stat-tile">
          <span className="stat-label">At capacity</span>
          <span className="stat-value">{full}</span>
          <span className="muted">{full === 1 ? "person" : "people"}</span>
        </div>
      </div>
      <div className="table-wrap">
        <table className="data" data-stack="true" role="table" aria-label="Team workload">
          <thead>
            <tr role="row">
              <th scope="col" role="columnheader">
                Staff member
              </th>
              <th scope="col" role="columnheader">
                Caseload and capacity
              </th>
              <th scope="col" role="columnheader">
                By level
              </th>
              {props.showCompliance ? (
                <th scope="col" role="columnheader">
                  Compliance
                </th>
              ) : null}
              <th scope="col" role="columnheader">
                Can take new cases
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <TeamRow
                key={m.id}
                member={m}
                compliance={props.showCompliance ? byStaff.get(m.id) : undefined}
                showCompliance={props.showCompliance}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function TeamRow(props: { member: FragmentType<typeof TeamRowFragment>; compliance: ComplianceRef | undefined; showCompliance: boolean }) {
  const m = getFragmentData(TeamRowFragment, props.member);
  return (
    <tr data-testid="team-row" role="row">
      <th scope="row" className="row-head" role="rowheader">
        <Link className="row-link" to={`/team/${m.id}`}>
          {m.displayName}
        </Link>
        <span className="cell-sub">{staffRoleLabels[m.role]}</span>
      </th>
      <td role="cell" data-label="Caseload and capacity">
        <Meter value={m.openCases} max={m.capacity} label={`${m.openCases} of ${m.capacity}`} />
      </td>
      <td role="cell" data-label="By level">
        <CaseloadByLevel member={m} />
      </td>
      {props.showCompliance ? (
        <td role="cell" data-label="Compliance">
          <Compliance entry={props.compliance} />
        </td>
      ) : null}
      <td role="cell" data-label="Can take new cases">
        {m.blockingReasons.length ? (
          <ul className="blocking">
            {m.blockingReasons.map((r, i) => (
              <li key={`${r.code}-${i}`}>{r.message}</li>
            ))}
          </ul>
        ) : (
          <span className="tag" data-tone="ok">
            Yes
          </span>
        )}
      </td>
    </tr>
  );
}

export function Compliance(props: { entry: ComplianceRef | undefined }) {
  const e = getFragmentData(ComplianceFragment, props.entry);
  if (!e) return <span className="muted">Not recorded</span>;
  const c = e.compliance;
  const dbs = c.dbsExpired
    ? { tone: "danger", text: "DBS not valid" }
    : c.dbsRenewalDueSoon
      ? { tone: "warn", text: `DBS renewal ${c.dbsRenewalDueOn ? formatDay(c.dbsRenewalDueOn) : "due"}` }
      : { tone: "ok", text: "DBS valid" };
  const training = c.trainingExpired
    ? { tone: "danger", text: "Training expired" }
    : c.trainingExpiringSoon
      ? { tone: "warn", text: "Training expiring soon" }
      : { tone: "ok", text: "Training in date" };
  return (
    <div className="flags">
      <span className="tag" data-tone={dbs.tone}>
        {dbs.text}
      </span>
      <span className="tag" data-tone={training.tone}>
        {training.text}
      </span>
      <span className="tag" data-tone={c.confidentialitySigned ? "ok" : "danger"}>
        {c.confidentialitySigned ? "Confidentiality signed" : "Confidentiality not signed"}
      </span>
      <span className="tag" data-tone={e.overdue ? "warn" : "neutral"}>
        Supervision {e.overdue ? "overdue since" : "due"} {formatDay(e.nextDueOn)}
      </span>
    </div>
  );
}
