import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { ActivityKind } from "../../gql/graphql";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { localDateTimeInput } from "../../ui/format";
import { activityKindLabels, activityKindValues } from "../../gql/labels";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";

/** The consents a professional contact can rely on. */
export const LogActivityConsentFragment = graphql(`
  fragment LogActivityConsent on Consent {
    id
    current
    partyName
    partyOrganisation
  }
`);

/** Returns the new entry as the timeline shows it. */
const LogActivityDocument = graphql(`
  mutation LogActivity($input: LogActivityInput!) {
    logActivity(input: $input) {
      ...ActivityItem
    }
  }
`);

/** Kinds that are usually a contact with the family: choosing one ticks "with the family" (the officer can untick it). */
const familyKinds: readonly ActivityKind[] = [
  "PHONE_CALL",
  "EMAIL",
  "FACE_TO_FACE",
  "HOME_VISIT",
  "ADVICE_GIVEN",
  "INFORMATION_GIVEN",
  "LETTER",
  "LITERATURE_SENT",
];
/**
 * Kinds that must say what was discussed or given: the server's SUMMARY_REQUIRED_KINDS
 * (server/src/casework/casework.rules.ts), which the API does not serve. Checked here so the field
 * is marked as required and the form says so before sending.
 */
const needsSummary: readonly ActivityKind[] = ["ADVICE_GIVEN", "INFORMATION_GIVEN", "PROFESSIONAL_CONTACT"];
/**
 * Work that is no contact with anyone: the server's INTERNAL_ACTIVITY_KINDS
 * (server/src/casework/casework.rules.ts). Any other kind not with the family is a third-party
 * contact and needs a current consent for that party.
 */
const internalKinds: readonly ActivityKind[] = ["NOTE", "MEETING_PREPARED"];

/**
 * The input has minute precision; a time chosen in the current minute means now, or a contact
 * logged seconds after a referral arrived would fall before it. (The time the form filled in, not
 * changed by the officer, is sent as the moment the form is sent: see `timeChosen`.)
 */
function exactTime(value: string): Date {
  const chosen = new Date(value);
  const now = new Date();
  return now.getTime() - chosen.getTime() < 60_000 && now.getTime() >= chosen.getTime() ? now : chosen;
}

export function LogActivityForm(props: {
  caseId: string;
  consents: FragmentType<typeof LogActivityConsentFragment>[];
  firstContact: boolean;
  /** Opens the consent form: a professional contact needs a current consent first. */
  onRecordConsent: () => void;
}) {
  const [kind, setKind] = useState<ActivityKind>("PHONE_CALL");
  const [withFamily, setWithFamily] = useState(true);
  const [occurredAt, setOccurredAt] = useState(() => localDateTimeInput());
  // Until the officer changes the time, it means "now" when the form is sent (even a minute later).
  const [timeChosen, setTimeChosen] = useState(false);
  const [minutes, setMinutes] = useState("20");
  const [summary, setSummary] = useState("");
  const [consentId, setConsentId] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({
    fields: {
      kind: "activity-kind",
      occurredAt: "activity-when",
      minutes: "activity-minutes",
      summary: "activity-summary",
      consentId: "activity-consent",
      partyName: "activity-consent",
    },
  });
  const [log, { loading }] = useMutation(LogActivityDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });
  const professional = kind === "PROFESSIONAL_CONTACT";
  const thirdParty = professional || (!withFamily && !internalKinds.includes(kind));
  const usable = getFragmentData(LogActivityConsentFragment, props.consents).filter((c) => c.current);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const mins = Number(minutes);
    const found: FieldProblem[] = [];
    if (!occurredAt) found.push({ field: "activity-when", message: "Enter when it happened" });
    else if (Date.parse(occurredAt) > Date.now() + 60_000) found.push({ field: "activity-when", message: "It cannot be in the future" });
    if (!Number.isInteger(mins) || mins < 0 || mins > 24 * 60)
      found.push({ field: "activity-minutes", message: "Enter the minutes spent as a whole number" });
    if (needsSummary.includes(kind) && !summary.trim())
      found.push({
        field: "activity-summary",
        message: professional ? "Summarise what you discussed with them" : "Summarise the advice or information given",
      });
    if (thirdParty && !consentId)
      found.push({
        field: "activity-consent",
        message: usable.length
          ? "Choose the consent this contact relies on"
          : "There is no current consent to speak to anyone: record the family's consent first",
      });
    if (!form.check(found)) return;
    try {
      await log({
        variables: {
          input: {
            caseId: props.caseId,
            kind,
            withFamily: professional ? false : withFamily,
            occurredAt: (timeChosen ? exactTime(occurredAt) : new Date()).toISOString(),
            minutes: mins,
            summary: summary.trim() || null,
            consentId: thirdParty ? consentId : null,
          },
        },
      });
      setDone(
        `${activityKindLabels[kind]} recorded.${withFamily && props.firstContact && !professional ? " The response clock has stopped." : ""}`,
      );
      setSummary("");
      setOccurredAt(localDateTimeInput());
      setTimeChosen(false);
    } catch (e) {
      form.fromServer(e, (p) =>
        p.code === "CONSENT_REQUIRED"
          ? { title: "Consent needed", message: `There is no current consent to speak to this party. ${p.message}` }
          : undefined,
      );
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="log-heading" className="stack-tight">
      <h3 id="log-heading">Log an activity</h3>
      {props.firstContact ? (
        <p className="hint">No contact with the family is recorded yet. Logging the first one stops the response clock.</p>
      ) : null}
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title={form.failure.title ?? "Not recorded"}>
          <p>{form.failure.message}</p>
          {form.failure.code === "CONSENT_REQUIRED" ? (
            <p>
              <Button variant="secondary" onClick={props.onRecordConsent}>
                Record the family's consent
              </Button>
            </p>
          ) : null}
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" live="status" title="Saved">
          <p>{done}</p>
        </Alert>
      ) : null}
      <Field id="activity-kind" label="What was it?">
        {(c) => (
          <select
            {...c}
            className="select"
            value={kind}
            onChange={(e) => {
              const next = e.currentTarget.value as ActivityKind;
              setKind(next);
              setWithFamily(familyKinds.includes(next));
            }}
          >
            {activityKindValues.map((k) => (
              <option key={k} value={k}>
                {activityKindLabels[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!professional ? (
        <div className="field">
          <div className="choice">
            <input
              id="activity-with-family"
              type="checkbox"
              checked={withFamily}
              onChange={(e) => setWithFamily(e.currentTarget.checked)}
            />
            <label htmlFor="activity-with-family">
              A contact with the family
              <span className="choice-hint">The parent, carer or young person took part. If not, say who it was with.</span>
            </label>
          </div>
        </div>
      ) : null}
      {thirdParty && !usable.length ? (
        <div className="alert" data-tone="info" data-testid="no-consent">
          <p className="alert-title">No current consent</p>
          <p>A contact with anyone but the family needs the family's consent to speak to them. None is recorded that is current.</p>
          <Button variant="secondary" onClick={props.onRecordConsent}>
            Record the family's consent
          </Button>
        </div>
      ) : null}
      {thirdParty ? (
        <Field
          id="activity-consent"
          label="Consent relied on"
          hint="Who it was with: only current, granted consents are listed."
          error={form.errorFor("activity-consent")}
        >
          {(c) => (
            <select {...c} className="select" value={consentId} onChange={(e) => setConsentId(e.currentTarget.value)}>
              <option value="">Choose a consent</option>
              {usable.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.partyName}
                  {k.partyOrganisation ? `, ${k.partyOrganisation}` : ""}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <div className="field-pair">
        <Field id="activity-when" label="When" error={form.errorFor("activity-when")}>
          {(c) => (
            <input
              {...c}
              className="input"
              type="datetime-local"
              value={occurredAt}
              onChange={(e) => {
                setOccurredAt(e.currentTarget.value);
                setTimeChosen(true);
              }}
            />
          )}
        </Field>
        <Field id="activity-minutes" label="Minutes spent" error={form.errorFor("activity-minutes")}>
          {(c) => (
            <input
              {...c}
              className="input"
              data-width="short"
              inputMode="numeric"
              value={minutes}
              onChange={(e) => setMinutes(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <Field
        id="activity-summary"
        label={needsSummary.includes(kind) ? "Summary" : "Summary (optional)"}
        hint="What was discussed, given or agreed. Facts, not opinions."
        error={form.errorFor("activity-summary")}
      >
        {(c) => <textarea {...c} className="textarea" rows={3} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Log activity"}
      </Button>
    </form>
  );
}
