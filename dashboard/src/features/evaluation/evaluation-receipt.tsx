import type { RefObject } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";

export const EvaluationReceiptFragment = graphql(`
  fragment EvaluationReceipt on EvaluationReceipt {
    message
  }
`);

/** The family's thanks once their answers are in; we cannot reply, because we do not know who sent them. */
export function EvaluationReceipt(props: {
  receipt: FragmentType<typeof EvaluationReceiptFragment>;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const receipt = getFragmentData(EvaluationReceiptFragment, props.receipt);
  return (
    <div className="stack">
      <div className="panel-success" data-testid="evaluation-receipt">
        <h1 ref={props.headingRef} tabIndex={-1}>
          Thank you
        </h1>
        <p>{receipt.message}</p>
      </div>
      <section className="card" aria-labelledby="next-heading">
        <h2 id="next-heading">What happens next</h2>
        <p>We read everyone's answers together, to make our service better for families.</p>
        <p>
          We cannot reply to you, because we do not know who sent these answers. If you need our help again, you can contact us at any time.
        </p>
      </section>
    </div>
  );
}
