import { useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";
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
  const [mutate, state] = useMutation(SubmitSelfReferralMutationDocument);
  const submit = async (input: SelfReferralInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error("No receipt");
    return data.submitSelfReferral;
  };
  return [submit, state] as const;
}
