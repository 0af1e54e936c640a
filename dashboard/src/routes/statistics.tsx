import { StatisticsView } from "../features/statistics/stats-view";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function StatisticsRoute() {
  useDocumentTitle("Statistics");
  return (
    <>
      <PageHeader
        title="Statistics"
        description="Anonymised figures for the steering group, with the previous period beside them. Small numbers are suppressed."
      />
      <StatisticsView />
    </>
  );
}
