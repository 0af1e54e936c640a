import { PageHeader } from "../ui/page-header";
import { Placeholder } from "../ui/placeholder";
import { useDocumentTitle } from "../ui/document-title";

export function MyAllocationsRoute() {
  useDocumentTitle("My allocations");
  return (
    <>
      <PageHeader title="My allocations" description="Referrals allocated to you, newest first." />
      <Placeholder title="Allocations are not available yet">
        <p>
          New allocations will pop in here as your manager makes them, ready to accept, once the{" "}
          <code>myAllocations</code> query and <code>allocationAssigned</code> subscription exist.
        </p>
      </Placeholder>
    </>
  );
}
