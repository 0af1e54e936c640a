import { useViewer } from "../features/auth/me";
import { TeamWorkload } from "../features/team/team-workload";
import { LeaversWithCases } from "../features/team/reassign-cases";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function TeamRoute() {
  useDocumentTitle("Team");
  const permissions = useViewer()?.permissions ?? [];
  const showCompliance = permissions.includes("read:supervision:any");
  return (
    <>
      <PageHeader title="Team" description="Open cases by staff member and level, against each person's capacity." />
      {permissions.includes("allocate:referral") ? <LeaversWithCases /> : null}
      <TeamWorkload showCompliance={showCompliance} />
    </>
  );
}
