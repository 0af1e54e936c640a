import { useMutation } from "@apollo/client/react";
import { useEffect, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { ConsentMethod, ConsentPartyType, PersonRole } from "../../gql/graphql";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field } from "../../ui/field";
import { addMonths, todayLocal } from "../../ui/format";
import {
  consentMethodLabels,
  consentMethodValues,
  consentPartyTypeLabels,
  consentPartyTypeValues,
  personRoleLabels,
  personRoleValues,
} from "../../gql/labels";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";

/** Returns the consent as the case's list shows it. */
const RecordConsentDocument = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      ...ConsentItem
    }
  }
`);

/** `focusRequest` changes when another form sends the person here ("Record consent"): focus the first field. */
export function RecordConsentForm(props: { caseId: string; focusRequest?: number }) {
  const [partyName, setPartyName] = useState("");
  const [organisation, setOrganisation] = useState("");
  const [partyType, setPartyType] = useState<ConsentPartyType>("SCHOOL");
  const [granted, setGranted] = useState<string[]>(["yes"]);
  const [method, setMethod] = useState<ConsentMethod>("VERBAL");
  const [givenBy, setGivenBy] = useState<PersonRole>("PARENT_CARER");
  const [mayShare, setMayShare] = useState("");
  const [givenOn, setGivenOn] = useState(() => todayLocal());
  const [reviewOn, setReviewOn] = useState(() => addMonths(todayLocal(), 6));
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({
    fields: {
      partyName: "consent-party",
      givenOn: "consent-given",
      reviewOn: "consent-review",
      partyOrganisation: "consent-org",
      givenBy: "consent-given-by",
      mayShare: "consent-may-share",
    },
  });
  const [record, { loading }] = useMutation(RecordConsentDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });
  useEffect(() => {
    if (!props.focusRequest) return;
    const field = document.getElementById("consent-party");
    field?.scrollIntoView({ block: "center" });
    field?.focus({ preventScroll: true });
  }, [props.focusRequest]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: FieldProblem[] = [];
    if (!partyName.trim()) found.push({ field: "consent-party", message: "Name the person or role, for example ‘Ms Patel, SENCo’" });
    if (!mayShare.trim())
      found.push({ field: "consent-may-share", message: "Say what may be shared with them, as agreed with the family" });
    if (!givenOn) found.push({ field: "consent-given", message: "Enter the date consent was given or refused" });
    if (!reviewOn) found.push({ field: "consent-review", message: "Enter a review date: consent is never open-ended" });
    else if (givenOn && reviewOn <= givenOn)
      found.push({ field: "consent-review", message: "The review date must be after the date given" });
    else if (givenOn && reviewOn > addMonths(givenOn, 12))
      found.push({ field: "consent-review", message: "Review consent within 12 months" });
    if (!form.check(found)) return;
    try {
      await record({
        variables: {
          input: {
            caseId: props.caseId,
            partyName: partyName.trim(),
            partyOrganisation: organisation.trim() || null,
            partyType,
            granted: granted[0] === "yes",
            method,
            givenOn,
            reviewOn,
            givenBy,
            mayShare: mayShare.trim(),
          },
        },
      });
      const message = `${granted[0] === "yes" ? "Consent" : "Refusal"} for ${partyName.trim()} recorded.`;
      setDone(message);
      announce(message);
      setPartyName("");
      setOrganisation("");
      setMayShare("");
    } catch (e) {
      form.fromServer(e);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Record consent">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not recorded">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" live="status" title="Saved">
          <p>{done}</p>
        </Alert>
      ) : null}
      <Field id="consent-party" label="Who may we speak to?" hint="A named person or role." error={form.errorFor("consent-party")}>
        {(c) => <input {...c} className="input" value={partyName} onChange={(e) => setPartyName(e.currentTarget.value)} />}
      </Field>
      <Field id="consent-org" label="Organisation (optional)">
        {(c) => <input {...c} className="input" value={organisation} onChange={(e) => setOrganisation(e.currentTarget.value)} />}
      </Field>
      <Field id="consent-type" label="Type of organisation">
        {(c) => (
          <select {...c} className="select" value={partyType} onChange={(e) => setPartyType(e.currentTarget.value as ConsentPartyType)}>
            {consentPartyTypeValues.map((k) => (
              <option key={k} value={k}>
                {consentPartyTypeLabels[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ChoiceGroup
        id="consent-granted"
        type="radio"
        legend="Did the family agree?"
        choices={[
          { value: "yes", label: "Yes, consent given" },
          { value: "no", label: "No, consent refused" },
        ]}
        value={granted}
        onChange={setGranted}
      />
      <Field id="consent-given-by" label="Who gave it?">
        {(c) => (
          <select {...c} className="select" value={givenBy} onChange={(e) => setGivenBy(e.currentTarget.value as PersonRole)}>
            {personRoleValues.map((k) => (
              <option key={k} value={k}>
                {personRoleLabels[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="consent-may-share"
        label="What may be shared with them?"
        hint="As agreed with the family, for example ‘the draft plan and the review notes’."
        error={form.errorFor("consent-may-share")}
      >
        {(c) => <textarea {...c} className="textarea" rows={2} value={mayShare} onChange={(e) => setMayShare(e.currentTarget.value)} />}
      </Field>
      <Field id="consent-method" label="How was it given?">
        {(c) => (
          <select {...c} className="select" value={method} onChange={(e) => setMethod(e.currentTarget.value as ConsentMethod)}>
            {consentMethodValues.map((k) => (
              <option key={k} value={k}>
                {consentMethodLabels[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-pair">
        <Field id="consent-given" label="Date given" error={form.errorFor("consent-given")}>
          {(c) => <input {...c} className="input" type="date" value={givenOn} onChange={(e) => setGivenOn(e.currentTarget.value)} />}
        </Field>
        <Field id="consent-review" label="Review by" hint="At most 12 months on." error={form.errorFor("consent-review")}>
          {(c) => <input {...c} className="input" type="date" value={reviewOn} onChange={(e) => setReviewOn(e.currentTarget.value)} />}
        </Field>
      </div>
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record consent"}
      </Button>
    </form>
  );
}
