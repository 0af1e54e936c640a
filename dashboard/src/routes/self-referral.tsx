import { useEffect, useState } from "react";
import { graphql } from "../gql";
import { SelfReferralForm } from "../features/referral/self-referral-form";
import { SelfReferralReceipt } from "../features/referral/self-referral-receipt";
import type { SelfReferralReceiptView } from "../features/referral/submit-self-referral";
import { requestGraphQL } from "../lib/graphql-request";
import { PublicPage } from "../ui/public-page";
import { useReceipt } from "../ui/receipt";

const PublicServiceDocument = graphql(`
  query PublicService($slug: String!) {
    publicService(slug: $slug) {
      name
      helplinePhone
    }
  }
`);

export function SelfReferralRoute(props: { serviceSlug: string }) {
  const { receipt, setReceipt, headingRef } = useReceipt<SelfReferralReceiptView>({ before: "Ask us for help", after: "Request sent" });
  // The helpline the form offers when something goes wrong; the form works without it.
  const [helpline, setHelpline] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    requestGraphQL(PublicServiceDocument, { slug: props.serviceSlug }).then(
      (data) => {
        if (live) setHelpline(data.publicService.helplinePhone ?? null);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [props.serviceSlug]);

  return (
    <PublicPage>
      {receipt ? (
        <SelfReferralReceipt receipt={receipt} headingRef={headingRef} />
      ) : (
        <>
          <h1>Ask us for help</h1>
          <p>
            Use this form if you are a parent or carer of a child with special educational needs or disabilities (SEND), or a young person
            up to 25 with SEND. It takes about 10 minutes.
          </p>
          <p>Our help is free, confidential and impartial. We are not part of the council's SEND team or your school.</p>
          {helpline ? (
            <p data-testid="helpline">
              You can also phone our helpline on <a href={`tel:${helpline.replace(/\s+/g, "")}`}>{helpline}</a>.
            </p>
          ) : null}
          <SelfReferralForm serviceSlug={props.serviceSlug} helpline={helpline} onSubmitted={setReceipt} />
        </>
      )}
    </PublicPage>
  );
}
