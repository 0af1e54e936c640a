import { useQuery } from "@apollo/client/react";
import { getFragmentData } from "../gql";
import { MeQuery, ViewerFragment } from "../features/auth/me";
import { CaseList } from "../features/records/case-list";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

/** Every case of the service for managers; the cases they hold for everyone else. */
export function CasesRoute() {
  useDocumentTitle("Cases");
  const { data } = useQuery(MeQuery, { fetchPolicy: "cache-first" });
  const me = getFragmentData(ViewerFragment, data?.me);
  const everyCase = me?.permissions.includes("read:case:any") ?? false;
  return (
    <>
      <PageHeader
        title="Cases"
        description={everyCase ? "Every case of the service, newest first." : "The cases you hold, newest first."}
      />
      <CaseList everyCase={everyCase} />
    </>
  );
}
