import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import { useViewer } from "../features/auth/me";
import { managerLinkFor } from "../features/overdue/duties";
import { OverdueList, useOverdue } from "../features/overdue/overdue-list";
import { SupervisionHistory } from "../features/supervision/supervision-history";
import { TeamMemberCaseload, TeamMemberCompliance } from "../features/team/team-member";
import { Link } from "../lib/router";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

const TeamMemberNameDocument = graphql(`
  query TeamMemberName {
    team {
      id
      displayName
    }
  }
`);

/**
 * One member of the team: caseload against capacity, supervision and checks, and what is overdue
 * for them. Their list of cases needs the API to list cases by holder (issue 21, part 2).
 */
export function TeamMemberRoute(props: { staffId: string }) {
  const me = useViewer();
  const { data } = useQuery(TeamMemberNameDocument);
  const name = data?.team.find((m) => m.id === props.staffId)?.displayName;
  useDocumentTitle(name ?? "Team member");
  const managing = me?.permissions.includes("read:supervision:any") ?? false;
  return (
    <>
      <p className="back-link">
        <Link to="/team">← Back to the team</Link>
      </p>
      <PageHeader
        title={name ?? "Team member"}
        description="Caseload, supervision and what is overdue for them."
        actions={managing ? <Link to={`/team/${props.staffId}/reassign`}>Reassign their cases</Link> : undefined}
      />
      <div className="two-column">
        <div className="stack">
          <TeamMemberCaseload staffId={props.staffId} />
          {managing ? <MemberOverdue staffId={props.staffId} /> : null}
        </div>
        {managing ? (
          <div className="stack">
            <TeamMemberCompliance staffId={props.staffId} />
            <section className="card stack-tight" aria-labelledby="member-sessions">
              <h2 id="member-sessions">Supervision sessions</h2>
              <SupervisionHistory staffId={props.staffId} first={10} emptyText="No sessions recorded for them yet." />
              <p>
                <Link to="/supervision">Record a session</Link>
              </p>
            </section>
          </div>
        ) : null}
      </div>
    </>
  );
}

function MemberOverdue(props: { staffId: string }) {
  const overdue = useOverdue("TEAM");
  const theirs = {
    ...overdue,
    duties: overdue.duties.filter(
      (d) => d.assigneeStaffId === props.staffId || (d.subjectType === "staff" && d.subjectId === props.staffId),
    ),
  };
  return (
    <section className="stack-tight" aria-labelledby="member-overdue">
      <h2 id="member-overdue">Overdue for them</h2>
      <OverdueList
        overdue={theirs}
        label="Overdue for them, most urgent first"
        showOwner={false}
        linkFor={managerLinkFor}
        emptyText="Nothing of theirs is overdue."
      />
    </section>
  );
}
