import { CreateServiceForm } from "../features/accounts/create-service-form";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

/** A deployment administrator creates a further service and its first administrator (decision 041). */
export function NewServiceRoute() {
  useDocumentTitle("New service");
  return (
    <>
      <PageHeader
        title="New service"
        description="Create a further service of this deployment and its first administrator, who sets their own password."
      />
      <CreateServiceForm />
    </>
  );
}
