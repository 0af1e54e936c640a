import { PageHeader } from "../ui/page-header";
import { Placeholder } from "../ui/placeholder";
import { useDocumentTitle } from "../ui/document-title";

export function TeamRoute() {
  useDocumentTitle("Team");
  return (
    <>
      <PageHeader title="Team" description="Workload by staff member and level of intervention." />
      <Placeholder title="Team workload is not available yet">
        <p>
          This screen will list each officer and volunteer with their open cases, capacity, training
          and DBS status, once the <code>team</code> query is part of the API.
        </p>
      </Placeholder>
    </>
  );
}
