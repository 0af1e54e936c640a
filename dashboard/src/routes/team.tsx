import { useViewer } from "../features/auth/me";
import { TeamWorkload } from "../features/team/team-workload";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function TeamRoute() {
  useDocumentTitle("Team");
  const showCompliance = useViewer()?.permissions.includes("read:supervision:any") ?? false;
  return (
    <>
      <PageHeader title="Team" description="Open cases by staff member and level, against each person's capacity." />
      <TeamWorkload showCompliance={showCompliance} />
    </>
  );
}
