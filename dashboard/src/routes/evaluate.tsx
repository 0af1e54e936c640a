import { useEffect, useState } from "react";
import { EvaluationForm, type EvaluationReceiptView } from "../features/evaluation/evaluation-form";
import { clearCodeFromLocation, codeFromLocation } from "../features/evaluation/evaluation-code";
import { PublicPage } from "../ui/public-page";
import { useReceipt } from "../ui/receipt";

/** Public: a family's anonymous evaluation, with the code from the closure letter (decision 005). */
export function EvaluateRoute() {
  // The code from the link, read once and then taken out of the address bar.
  const [initialCode] = useState(codeFromLocation);
  useEffect(clearCodeFromLocation, []);
  const { receipt, setReceipt, headingRef } = useReceipt<EvaluationReceiptView>({ before: "Tell us how we did", after: "Answers sent" });

  return (
    <PublicPage>
      {receipt ? (
        <div className="stack">
          <div className="panel-success" data-testid="evaluation-receipt">
            <h1 ref={headingRef} tabIndex={-1}>
              Thank you
            </h1>
            <p>{receipt.message}</p>
          </div>
          <section className="card" aria-labelledby="next-heading">
            <h2 id="next-heading">What happens next</h2>
            <p>We read everyone's answers together, to make our service better for families.</p>
            <p>
              We cannot reply to you, because we do not know who sent these answers. If you need our help again, you can contact us at any
              time.
            </p>
          </section>
        </div>
      ) : (
        <>
          <h1>Tell us how we did</h1>
          <p>We would like to know what you think about the help you had from us. It takes about 2 minutes.</p>
          <p>
            <strong>Your answers are anonymous.</strong> We cannot see who sent them, and they are not added to your case file.
          </p>
          <p>You need the code from the letter or email we sent you when we finished working with you.</p>
          <EvaluationForm initialCode={initialCode} onSent={setReceipt} />
        </>
      )}
    </PublicPage>
  );
}
