import { graphql } from "../../gql";
import { useGraphQLRequest } from "../../lib/graphql-request";
import type { SelfReferralInput, SubmitSelfReferralMutation } from "../../gql/graphql";

const SubmitSelfReferralMutationDocument = graphql(`
  mutation SubmitSelfReferral($input: SelfReferralInput!) {
    submitSelfReferral(input: $input) {
      ...SelfReferralReceipt
    }
  }
`);

/** The receipt as `SelfReferralReceipt` reads it. */
export type SelfReferralReceiptView = SubmitSelfReferralMutation["submitSelfReferral"];

export function useSubmitSelfReferral() {
  const [mutate, state] = useGraphQLRequest(SubmitSelfReferralMutationDocument);
  const submit = async (input: SelfReferralInput) => (await mutate({ input })).submitSelfReferral;
  return [submit, state] as const;
}
