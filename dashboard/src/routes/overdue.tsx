import { PageHeader } from "../ui/page-header";
import { Placeholder } from "../ui/placeholder";
import { useDocumentTitle } from "../ui/document-title";

export function OverdueRoute() {
  useDocumentTitle("Overdue");
  return (
    <>
      <PageHeader title="Overdue" description="Everything past its due date across the service, as it happens." />
      <Placeholder title="Overdue items are not available yet">
        <p>
          Response targets, allocations not picked up, consent reviews, follow-ups and safeguarding
          concerns awaiting acknowledgement will appear here live, once the{" "}
          <code>overdueItems</code> query and <code>overdueItemRaised</code> subscription exist.
        </p>
      </Placeholder>
    </>
  );
}
