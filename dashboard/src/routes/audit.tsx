import { AuditLog } from "../features/audit/audit-log";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

/** The audit viewer for administrators and managers (decision 041). */
export function AuditRoute() {
  useDocumentTitle("Audit log");
  return (
    <>
      <PageHeader title="Audit log" description="Who read or changed which record, and which fields — never the values." />
      <AuditLog />
    </>
  );
}
