import { SettingsForm } from "../features/settings/settings-form";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

/** The service's office hours, closure days, targets and thresholds (decision 030). */
export function SettingsRoute() {
  useDocumentTitle("Settings");
  return (
    <>
      <PageHeader title="Settings" description="Office hours, closure days, response targets and overdue thresholds." />
      <SettingsForm />
    </>
  );
}
