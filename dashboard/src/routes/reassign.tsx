import { ReassignCases } from "../features/team/reassign-cases";
import { Link } from "../lib/router";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

/** A manager reassigns a person's open cases (a leaver's, or anyone's) in one operation, with a preview. */
export function ReassignRoute(props: { staffId: string }) {
  useDocumentTitle("Reassign cases");
  return (
    <>
      <p className="back-link">
        <Link to="/team">← Back to the team</Link>
      </p>
      <PageHeader title="Reassign cases" description="Suggested: the colleague with most room who passes every check." />
      <ReassignCases staffId={props.staffId} />
    </>
  );
}
