import { managerLinkFor } from "../features/overdue/duties";
import { OverdueList, useOverdue } from "../features/overdue/overdue-list";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function OverdueRoute() {
  useDocumentTitle("Overdue");
  const overdue = useOverdue("TEAM");
  return (
    <>
      <PageHeader
        title="Overdue"
        description="Everything past its due date across the service, live, most urgent first: safeguarding, then families past the response maximum, then dates families face."
      />
      <OverdueList
        overdue={overdue}
        label="Overdue across the service, most urgent first"
        showOwner
        linkFor={managerLinkFor}
        emptyText="Nothing is overdue. New items will appear here the moment they fall due."
      />
    </>
  );
}
