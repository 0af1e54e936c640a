import { useMutation } from "@apollo/client/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { Eligibility } from "../../gql/graphql";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field } from "../../ui/field";
import { eligibilityLabels } from "../../gql/labels";
import { computedPriority, levelLabel } from "./labels";

export const TriageFormFragment = graphql(`
  fragment TriageForm on Referral {
    id
    eligibility
    level
    priority
    priorityOverride
    priorityOverrideReason
    priorityReasons {
      code
      weight
    }
    ineligibleReason
    signposting
    triageNotes
    safeguardingFlag
  }
`);

/** Returns what the referral page shows, so the cache updates it in place. */
const TriageReferralDocument = graphql(`
  mutation TriageReferral($input: TriageReferralInput!) {
    triageReferral(input: $input) {
      id
      status
      eligibility
      level
      ...ReferralSummary
      ...TriageForm
      ...TriageDecision
    }
  }
`);

type Decision = Exclude<Eligibility, "PENDING">;

/** Server field paths to this form's field ids (here they are the same names). */
const fieldIds: Record<string, string> = {
  eligibility: "eligibility",
  level: "level",
  ineligibleReason: "ineligibleReason",
  signposting: "signposting",
  priorityOverride: "priorityOverride",
  priorityOverrideReason: "priorityOverrideReason",
  notes: "notes",
};

/** The manager's decision: eligible with a level, or not eligible with reason and signposting. */
export function TriageForm(props: {
  referral: FragmentType<typeof TriageFormFragment>;
  onDone: (eligible: boolean) => void;
  /** Shown again to change a decision: focus goes to its heading. */
  reopened?: boolean;
  onCancel?: () => void;
}) {
  const r = getFragmentData(TriageFormFragment, props.referral);
  const [eligibility, setEligibility] = useState<Decision[]>(r.eligibility === "PENDING" ? [] : [r.eligibility as Decision]);
  const [level, setLevel] = useState<string[]>(r.level ? [String(r.level)] : []);
  const [ineligibleReason, setIneligibleReason] = useState(r.ineligibleReason ?? "");
  const [signposting, setSignposting] = useState(r.signposting ?? "");
  const [override, setOverride] = useState(r.priorityOverride != null ? String(r.priorityOverride) : "");
  const [overrideReason, setOverrideReason] = useState(r.priorityOverrideReason ?? "");
  const [notes, setNotes] = useState(r.triageNotes ?? "");
  const [safeguarding, setSafeguarding] = useState(r.safeguardingFlag);
  const form = useFormProblems({ fields: fieldIds });
  const [triage, { loading }] = useMutation(TriageReferralDocument);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.reopened) headingRef.current?.focus();
  }, [props.reopened]);
  const decision = eligibility[0];
  const computed = computedPriority(r.priorityReasons);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (!decision) found.push({ field: "eligibility", message: "Decide whether the referral is eligible" });
    if (decision === "ELIGIBLE" && !level.length) found.push({ field: "level", message: "Choose a level of intervention" });
    if (decision === "INELIGIBLE") {
      if (!ineligibleReason.trim()) found.push({ field: "ineligibleReason", message: "Record why it is not eligible" });
      if (!signposting.trim()) found.push({ field: "signposting", message: "Record where the family was signposted" });
    }
    const overrideValue = override.trim() === "" ? null : Number(override);
    if (overrideValue != null && (!Number.isInteger(overrideValue) || overrideValue < 0 || overrideValue > 200))
      found.push({ field: "priorityOverride", message: "Priority is a whole number from 0 to 200" });
    if (overrideValue != null && !overrideReason.trim())
      found.push({ field: "priorityOverrideReason", message: "Give a reason for overriding the priority" });
    if (!form.check(found) || !decision) return;
    try {
      await triage({
        variables: {
          input: {
            referralId: r.id,
            eligibility: decision,
            level: decision === "ELIGIBLE" ? Number(level[0]) : null,
            ineligibleReason: decision === "INELIGIBLE" ? ineligibleReason.trim() : null,
            signposting: decision === "INELIGIBLE" ? signposting.trim() : null,
            priorityOverride: overrideValue,
            priorityOverrideReason: overrideValue != null ? overrideReason.trim() : null,
            notes: notes.trim() || null,
            safeguardingFlag: safeguarding,
          },
        },
      });
      props.onDone(decision === "ELIGIBLE");
    } catch (error) {
      form.fromServer(error, (p) => (p.code === "NETWORK" ? "The decision was not saved. Check the connection and try again." : undefined));
    }
  };

  return (
    <form onSubmit={submit} noValidate className="card stack" aria-labelledby="triage-heading">
      <h2 id="triage-heading" ref={headingRef} tabIndex={-1}>
        Triage decision
      </h2>
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not saved">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <div>
        <ChoiceGroup
          id="eligibility"
          type="radio"
          legend="Is this referral eligible?"
          hint="Aged 0 to 25, a SEND concern, and living in our area."
          error={form.errorFor("eligibility")}
          choices={[
            { value: "ELIGIBLE", label: eligibilityLabels.ELIGIBLE },
            { value: "INELIGIBLE", label: eligibilityLabels.INELIGIBLE, hint: "Closed as signposted; the reason is kept." },
          ]}
          value={eligibility}
          onChange={(v) => setEligibility(v as Decision[])}
        />
        {decision === "ELIGIBLE" ? (
          <ChoiceGroup
            id="level"
            type="radio"
            legend="Level of intervention"
            error={form.errorFor("level")}
            choices={([1, 2, 3, 4] as const).map((n) => ({ value: String(n), ...levelLabel[n] }))}
            value={level}
            onChange={setLevel}
          />
        ) : null}
        {decision === "INELIGIBLE" ? (
          <>
            <Field id="ineligibleReason" label="Why is it not eligible?" error={form.errorFor("ineligibleReason")}>
              {(c) => (
                <textarea
                  {...c}
                  className="textarea"
                  rows={3}
                  value={ineligibleReason}
                  onChange={(e) => setIneligibleReason(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field id="signposting" label="Where was the family signposted?" error={form.errorFor("signposting")}>
              {(c) => (
                <textarea
                  {...c}
                  className="textarea"
                  rows={3}
                  value={signposting}
                  onChange={(e) => setSignposting(e.currentTarget.value)}
                />
              )}
            </Field>
          </>
        ) : null}
        <Field
          id="priorityOverride"
          label="Override priority (optional)"
          hint={
            r.priorityOverride != null
              ? `The criteria give ${computed}; it is set by hand to ${r.priorityOverride}. Clear this box to go back to ${computed}.`
              : `The criteria give ${computed}. Leave blank to keep it.`
          }
          error={form.errorFor("priorityOverride")}
        >
          {(c) => (
            <input
              {...c}
              className="input"
              data-width="short"
              inputMode="numeric"
              value={override}
              onChange={(e) => setOverride(e.currentTarget.value)}
            />
          )}
        </Field>
        {override.trim() !== "" ? (
          <Field id="priorityOverrideReason" label="Reason for the override" error={form.errorFor("priorityOverrideReason")}>
            {(c) => (
              <textarea
                {...c}
                className="textarea"
                rows={2}
                value={overrideReason}
                onChange={(e) => setOverrideReason(e.currentTarget.value)}
              />
            )}
          </Field>
        ) : null}
        <div className="field">
          <div className="choice">
            <input
              id="safeguardingFlag"
              type="checkbox"
              checked={safeguarding}
              onChange={(e) => setSafeguarding(e.currentTarget.checked)}
            />
            <label htmlFor="safeguardingFlag">There is a safeguarding concern</label>
          </div>
        </div>
        <Field id="notes" label="Triage notes (optional)" error={form.errorFor("notes")}>
          {(c) => <textarea {...c} className="textarea" rows={3} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />}
        </Field>
        <div className="button-row">
          <Button type="submit" disabled={loading}>
            {loading ? "Saving…" : "Save triage decision"}
          </Button>
          {props.onCancel ? (
            <Button variant="quiet" onClick={props.onCancel}>
              Keep the decision as it was
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
