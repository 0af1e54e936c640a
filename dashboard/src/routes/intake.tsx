import { useState } from "react";
import { AnonymousEnquiryForm } from "../features/intake/anonymous-enquiry-form";
import { InformationCallForm } from "../features/intake/information-call-form";
import { IntakeReferralForm } from "../features/intake/intake-referral-form";
import { ChoiceGroup } from "../ui/field";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

type Kind = "REFERRAL" | "CALL" | "ANONYMOUS";

const kinds: { value: Kind; label: string; hint: string }[] = [
  { value: "REFERRAL", label: "A referral", hint: "Phone, email, letter, in person or from a professional; ineligible ones too" },
  { value: "CALL", label: "A quick information call", hint: "Answered there and then: level 1, closed as information given" },
  { value: "ANONYMOUS", label: "An anonymous enquiry", hint: "The caller did not agree to be recorded: counted, nothing personal kept" },
];

/** Everything that arrives, entered by staff: a referral, a quick call, or an anonymous tally. */
export function IntakeRoute() {
  useDocumentTitle("New enquiry");
  const [kind, setKind] = useState<Kind[]>(["REFERRAL"]);
  const chosen = kind[0] ?? "REFERRAL";
  const declined = () => {
    setKind(["ANONYMOUS"]);
    requestAnimationFrame(() => document.getElementById("anon-channel")?.focus());
  };
  return (
    <>
      <PageHeader title="New enquiry" description="Record what reached us by phone, email, letter or in person." />
      <div className="stack">
        <div className="card">
          <ChoiceGroup
            id="intake-kind"
            type="radio"
            legend="What are you recording?"
            choices={kinds}
            value={kind}
            onChange={(v) => setKind(v)}
          />
        </div>
        {chosen === "REFERRAL" ? (
          <IntakeReferralForm onDeclined={declined} />
        ) : chosen === "CALL" ? (
          <InformationCallForm onDeclined={declined} />
        ) : (
          <AnonymousEnquiryForm />
        )}
      </div>
    </>
  );
}
