import { gql } from "@apollo/client";
import { useMutation } from "@apollo/client/react";

/**
 * Until `submitSelfReferral` is in schema/schema.graphql this document is untyped; it mirrors
 * submit-self-referral.pending.graphql and is replaced by a generated graphql() document then.
 */
const SubmitSelfReferralDocument = gql`
  mutation SubmitSelfReferral($input: SelfReferralInput!) {
    submitSelfReferral(input: $input) {
      reference
      recorded
      responsePromise
      respondBy
    }
  }
`;

export type SelfReferralReceiptView = {
  reference: string | null;
  recorded: boolean;
  responsePromise: string | null;
  respondBy: string | null;
};

export type SelfReferralInputView = Record<string, unknown>;

export function useSubmitSelfReferral() {
  const [mutate, state] = useMutation<{ submitSelfReferral: SelfReferralReceiptView }>(SubmitSelfReferralDocument);
  const submit = async (input: SelfReferralInputView) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error("No receipt");
    return data.submitSelfReferral;
  };
  return [submit, state] as const;
}
