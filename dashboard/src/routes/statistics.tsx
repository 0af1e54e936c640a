import { useViewer } from "../features/auth/me";
import { StatisticsView } from "../features/statistics/stats-view";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function StatisticsRoute() {
  useDocumentTitle("Statistics");
  const me = useViewer();
  const manager = me?.role === "MANAGER";
  return (
    <>
      <PageHeader
        title="Statistics"
        description={
          manager
            ? "Your service's exact figures, with the previous period beside them. Steering members see protected figures."
            : "Protected figures for the steering group, with the previous period beside them. No family can be identified from them."
        }
      />
      <StatisticsView exact={manager} />
    </>
  );
}
