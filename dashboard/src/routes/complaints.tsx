import { ComplaintsLog } from "../features/complaints/complaints-log";
import { LogComplaintForm } from "../features/complaints/log-complaint-form";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function ComplaintsRoute() {
  useDocumentTitle("Complaints");
  return (
    <>
      <PageHeader
        title="Complaints, comments and compliments"
        description="Everything logged, newest first, with the outcome and our response."
      />
      <div className="two-column">
        <section className="stack-tight" aria-labelledby="complaints-heading">
          <h2 id="complaints-heading">The log</h2>
          <ComplaintsLog />
        </section>
        <LogComplaintForm />
      </div>
    </>
  );
}
