import type { RefObject } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";

export const SelfReferralReceiptFragment = graphql(`
  fragment SelfReferralReceipt on SelfReferralReceipt {
    reference
    recorded
    eligible
    responsePromise
  }
`);

/** What a family sees once the form is sent: their reference and when to expect us, or thanks for an anonymous enquiry. */
export function SelfReferralReceipt(props: {
  receipt: FragmentType<typeof SelfReferralReceiptFragment>;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const receipt = getFragmentData(SelfReferralReceiptFragment, props.receipt);
  if (!receipt.recorded) {
    return (
      <div className="stack">
        <div className="panel-success" data-testid="receipt">
          <h1 ref={props.headingRef} tabIndex={-1}>
            Thank you
          </h1>
          <p>We have counted your enquiry without keeping any of your details.</p>
        </div>
        <p data-testid="response-promise">{receipt.responsePromise}</p>
      </div>
    );
  }
  if (!receipt.eligible) {
    // Outside the ages we support: recorded and signposted, not refused (decision 043).
    return (
      <div className="stack">
        <div className="panel-success" data-testid="receipt">
          <h1 ref={props.headingRef} tabIndex={-1}>
            Thank you for contacting us
          </h1>
          {receipt.reference ? (
            <>
              <p>We have recorded your enquiry. Your reference is</p>
              <p className="receipt-reference">{receipt.reference}</p>
            </>
          ) : null}
        </div>
        <section className="card" aria-labelledby="next-heading">
          <h2 id="next-heading">Where to get help</h2>
          <p data-testid="response-promise">{receipt.responsePromise}</p>
        </section>
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
