import { DeliveryList } from "../features/notifications/delivery-list";
import { NotificationPreferencesForm } from "../features/notifications/notification-preferences";
import { useViewer } from "../features/auth/me";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function NotificationsRoute() {
  useDocumentTitle("Email notifications");
  const me = useViewer();
  const receives = me?.permissions.includes("receive:notifications") ?? false;
  const manages = me?.permissions.includes("manage:notifications") ?? false;
  return (
    <>
      <PageHeader
        title="Email notifications"
        description="Alerts that reach you outside the dashboard: a reference and a link, never a family's details."
      />
      <div className={receives && manages ? "two-column" : "stack"}>
        {receives ? (
          <section className="stack-tight" aria-labelledby="prefs-heading">
            <h2 id="prefs-heading">Your emails</h2>
            <NotificationPreferencesForm />
          </section>
        ) : null}
        {manages ? (
          <section className="stack-tight" aria-labelledby="delivery-heading">
            <h2 id="delivery-heading">Email delivery</h2>
            <DeliveryList />
          </section>
        ) : null}
      </div>
    </>
  );
}
