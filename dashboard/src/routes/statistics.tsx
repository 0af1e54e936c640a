import { useViewer } from "../features/auth/me";
import { StatisticsView } from "../features/statistics/stats-view";
import { Alert } from "../ui/alert";
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
            ? "Your service's figures, with the previous period beside them."
            : "Anonymised figures for the steering group, with the previous period beside them. Small numbers are suppressed."
        }
      />
      {manager ? (
        <div className="stats-kind" data-testid="stats-kind">
          <Alert tone="info" title="Protected figures">
            <p>
              These are the figures the steering group sees: counts from 1 up to the service's threshold, and any that would reveal one, are
              suppressed. Exact figures for managers are not offered here yet.
            </p>
          </Alert>
        </div>
      ) : null}
      <StatisticsView />
    </>
  );
}
