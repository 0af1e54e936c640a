import { TriageQueue } from "../features/triage/triage-queue";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function TriageQueueRoute() {
  useDocumentTitle("Triage queue");
  return (
    <>
      <PageHeader title="Triage queue" description="Every open referral, live: new ones appear the moment they arrive." compact />
      <TriageQueue />
    </>
  );
}
