import { useQuery } from "@apollo/client/react";
import { getFragmentData } from "../gql";
import { MeQuery, ViewerFragment } from "../features/auth/me";
import { RecordSearch } from "../features/records/record-search";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

/** Find a family across the service; a manager opens a referral on its triage page, anyone else as entered. */
export function SearchRoute() {
  useDocumentTitle("Find a family");
  const { data } = useQuery(MeQuery, { fetchPolicy: "cache-first" });
  const me = getFragmentData(ViewerFragment, data?.me);
  const readsAny = me?.permissions.includes("read:referral:any") ?? false;
  return (
    <>
      <PageHeader title="Find a family" description="By name (even misspelt), date of birth, postcode, reference, phone or email." />
      <RecordSearch openPath={(id) => (readsAny ? `/triage/${id}` : `/intake/${id}`)} />
    </>
  );
}
