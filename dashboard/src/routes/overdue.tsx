import { OverdueList } from "../features/overdue/overdue-list";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function OverdueRoute() {
  useDocumentTitle("Overdue");
  return (
    <>
      <PageHeader title="Overdue" description="Everything past its due date across the service, as it happens. Oldest first." />
      <OverdueList scope="TEAM" linkReferrals emptyText="Nothing is overdue. New items will appear here the moment they fall due." />
    </>
  );
}
