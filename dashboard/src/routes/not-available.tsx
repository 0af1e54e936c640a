import { Link } from "../lib/router";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function NotAvailableRoute(props: { home: string }) {
  useDocumentTitle("Page not available");
  return (
    <>
      <PageHeader title="This page is not available" />
      <p>The address may be wrong, or this page is not part of your role.</p>
      <p>
        <Link to={props.home}>Go to your start page</Link>
      </p>
    </>
  );
}
