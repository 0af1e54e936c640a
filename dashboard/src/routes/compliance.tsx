import { ComplianceList } from "../features/compliance/compliance-list";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

/** Staff compliance: DBS, training, confidentiality, appraisals and conflicts of interest, and what is due (decision 041). */
export function ComplianceRoute() {
  useDocumentTitle("Compliance");
  return (
    <>
      <PageHeader
        title="Compliance"
        description="Each person’s DBS check, training, confidentiality policy, appraisals and declared conflicts of interest, and what is missing, expired or due."
      />
      <ComplianceList />
    </>
  );
}
