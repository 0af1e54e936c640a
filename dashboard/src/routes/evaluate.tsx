import { useEffect, useState } from "react";
import { EvaluationForm, type EvaluationReceiptView } from "../features/evaluation/evaluation-form";
import { EvaluationReceipt } from "../features/evaluation/evaluation-receipt";
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
        <EvaluationReceipt receipt={receipt} headingRef={headingRef} />
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
