import { PageHeader } from "../ui/page-header";
import { Placeholder } from "../ui/placeholder";
import { useDocumentTitle } from "../ui/document-title";

export function StatisticsRoute() {
  useDocumentTitle("Statistics");
  return (
    <>
      <PageHeader
        title="Statistics"
        description="Anonymised figures for the steering group. Small numbers are suppressed."
      />
      <Placeholder title="Statistics are not available yet">
        <p>
          Referrals, response times, casework and evaluation figures for a period, with the previous
          period beside them, will appear here once the <code>serviceStats</code> query exists.
          Nothing on this screen will ever name a family.
        </p>
      </Placeholder>
    </>
  );
}
