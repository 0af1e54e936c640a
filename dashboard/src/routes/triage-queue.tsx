import { PageHeader } from "../ui/page-header";
import { Placeholder } from "../ui/placeholder";
import { useDocumentTitle } from "../ui/document-title";

export function TriageQueueRoute() {
  useDocumentTitle("Triage queue");
  return (
    <>
      <PageHeader title="Triage queue" description="New referrals, highest priority first." />
      <Placeholder title="The triage queue is not available yet">
        <p>
          New referrals will appear here the moment they arrive, once the <code>triageQueue</code>{" "}
          query and <code>referralReceived</code> subscription exist.
        </p>
      </Placeholder>
    </>
  );
}
