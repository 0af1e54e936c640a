import { SelfReferralForm } from "../features/referral/self-referral-form";
import { SelfReferralReceipt } from "../features/referral/self-referral-receipt";
import type { SelfReferralReceiptView } from "../features/referral/submit-self-referral";
import { PublicPage } from "../ui/public-page";
import { useReceipt } from "../ui/receipt";

export function SelfReferralRoute(props: { serviceSlug: string }) {
  const { receipt, setReceipt, headingRef } = useReceipt<SelfReferralReceiptView>({ before: "Ask us for help", after: "Request sent" });

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
          <SelfReferralForm serviceSlug={props.serviceSlug} onSubmitted={setReceipt} />
        </>
      )}
    </PublicPage>
  );
}
