import { useQuery } from "@apollo/client/react";
import { getFragmentData, graphql } from "../../gql";

/**
 * The signed-in person as every screen sees them. Sign-in (sign-in-form.tsx) asks for it and the
 * signed-in frame writes it into the cache under `Me`, so `useViewer` never asks the server.
 */
export const ViewerFragment = graphql(`
  fragment Viewer on Me {
    id
    displayName
    email
    role
    serviceId
    serviceName
    permissions
    isDeploymentAdmin
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...Viewer
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    logout
  }
`);

/** The signed-in person, from the cache the app shell filled; undefined only before that. */
export function useViewer() {
  const { data } = useQuery(MeQuery, { fetchPolicy: "cache-only" });
  return getFragmentData(ViewerFragment, data?.me);
}
