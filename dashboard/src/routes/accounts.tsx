import { useViewer } from "../features/auth/me";
import { AccountsList } from "../features/accounts/accounts-list";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

/** Staff accounts: add, deactivate, reactivate, reset passwords, roles and capacity (decision 031). */
export function AccountsRoute() {
  useDocumentTitle("Accounts");
  const viewer = useViewer();
  return (
    <>
      <PageHeader title="Accounts" description="Everyone with an account: who holds cases, and who does not." />
      <AccountsList viewerId={viewer?.id ?? ""} />
    </>
  );
}
