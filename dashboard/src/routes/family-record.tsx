import { useQuery } from "@apollo/client/react";
import { getFragmentData } from "../gql";
import { MeQuery, ViewerFragment } from "../features/auth/me";
import { FamilyRecord } from "../features/records/family-record";

/** One person's record; a manager is offered the possible duplicates to merge. */
export function FamilyRecordRoute(props: { personId: string }) {
  const { data } = useQuery(MeQuery, { fetchPolicy: "cache-first" });
  const me = getFragmentData(ViewerFragment, data?.me);
  return <FamilyRecord personId={props.personId} canMerge={me?.permissions.includes("read:referral:any") ?? false} />;
}
