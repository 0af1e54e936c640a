import { SelfReferralForm } from "../features/referral/self-referral-form";
import type { SelfReferralReceiptView } from "../features/referral/submit-self-referral";
import { PublicPage } from "../ui/public-page";
import { useReceipt } from "../ui/receipt";

export function SelfReferralRoute(props: { serviceSlug: string }) {
  const { receipt, setReceipt, headingRef } = useReceipt<SelfReferralReceiptView>({ before: "Ask us for help", after: "Request sent" });

  return (
    <PublicPage>
      {receipt ? (
        <Receipt receipt={receipt} headingRef={headingRef} />
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

function Receipt(props: { receipt: SelfReferralReceiptView; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const { receipt } = props;
  if (!receipt.recorded) {
    return (
      <div className="stack">
        <div className="panel-success" data-testid="receipt">
          <h1 ref={props.headingRef} tabIndex={-1}>
            Thank you
          </h1>
          <p>We have counted your enquiry without keeping any of your details.</p>
        </div>
        <p>Because we have no way to contact you, please phone our helpline if you would like to talk to someone.</p>
      </div>
    );
  }
  return (
    <div className="stack">
      <div className="panel-success" data-testid="receipt">
        <h1 ref={props.headingRef} tabIndex={-1}>
          Your request has been sent
        </h1>
        {receipt.reference ? (
          <>
            <p>Your reference is</p>
            <p className="receipt-reference">{receipt.reference}</p>
          </>
        ) : null}
      </div>
      <section className="card" aria-labelledby="next-heading">
        <h2 id="next-heading">What happens next</h2>
        <p data-testid="response-promise">
          <strong>{receipt.responsePromise}</strong>
        </p>
        <p>
          One of our team will read what you have told us and contact you in the way you asked. If you are worried about a child's safety
          right now, call 999 or your local children's services.
        </p>
      </section>
    </div>
  );
}
