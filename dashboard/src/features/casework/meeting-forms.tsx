import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { MeetingOutcome } from "../../gql/graphql";
import { meetingOutcomeLabels, meetingOutcomeValues } from "../../gql/labels";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field } from "../../ui/field";
import { todayLocal } from "../../ui/format";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";

/** Both return the meeting as the case's list shows it (case-meetings.tsx), so the cache updates it in place. */
const ScheduleMeetingDocument = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      shortNotice
      ...MeetingItem
    }
  }
`);

const RecordMeetingOutcomeDocument = graphql(`
  mutation RecordMeetingOutcome($input: RecordMeetingOutcomeInput!) {
    recordMeetingOutcome(input: $input) {
      ...MeetingItem
    }
  }
`);

export function ScheduleMeetingForm(props: { caseId: string }) {
  const [kind, setKind] = useState("");
  const [scheduledAt, setScheduledAt] = useState("");
  const [noticeOn, setNoticeOn] = useState(() => todayLocal());
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({ fields: { kind: "meeting-kind", scheduledAt: "meeting-when", noticeReceivedOn: "meeting-notice" } });
  const [schedule, { loading }] = useMutation(ScheduleMeetingDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: FieldProblem[] = [];
    if (!kind.trim()) found.push({ field: "meeting-kind", message: "Say what the meeting is, for example ‘Annual review’" });
    if (!scheduledAt) found.push({ field: "meeting-when", message: "Enter the date and time of the meeting" });
    if (!noticeOn) found.push({ field: "meeting-notice", message: "Enter when the family told us about it" });
    if (!form.check(found)) return;
    try {
      const result = await schedule({
        variables: {
          input: { caseId: props.caseId, kind: kind.trim(), scheduledAt: new Date(scheduledAt).toISOString(), noticeReceivedOn: noticeOn },
        },
      });
      const short = result.data?.scheduleMeeting.shortNotice;
      setDone(`${kind.trim()} booked.${short ? " This is less than the two weeks' notice we ask for." : ""}`);
      setKind("");
      setScheduledAt("");
    } catch (e) {
      form.fromServer(e);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Book a meeting">
      <p className="hint">We attend only with the parent or young person present, and ask for two weeks' notice.</p>
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not booked">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" live="status" title="Saved">
          <p>{done}</p>
        </Alert>
      ) : null}
      <Field id="meeting-kind" label="What is the meeting?" error={form.errorFor("meeting-kind")}>
        {(c) => <input {...c} className="input" value={kind} onChange={(e) => setKind(e.currentTarget.value)} />}
      </Field>
      <div className="field-pair">
        <Field id="meeting-when" label="Date and time" error={form.errorFor("meeting-when")}>
          {(c) => (
            <input
              {...c}
              className="input"
              type="datetime-local"
              value={scheduledAt}
              onChange={(e) => setScheduledAt(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="meeting-notice" label="Family told us on" error={form.errorFor("meeting-notice")}>
          {(c) => <input {...c} className="input" type="date" value={noticeOn} onChange={(e) => setNoticeOn(e.currentTarget.value)} />}
        </Field>
      </div>
      <Button type="submit" disabled={loading}>
        {loading ? "Booking…" : "Book meeting"}
      </Button>
    </form>
  );
}

/** What each outcome means for the case, under its label. */
const outcomeHint: Partial<Record<MeetingOutcome, string>> = {
  ATTENDED: "With the family present.",
  MISSED_WITHOUT_NOTICE: "Two missed meetings put the case forward for closure.",
  FAMILY_ATTENDED_ALONE: "We did not attend: contact the family afterwards to review it with them.",
};

export function MeetingOutcomeForm(props: { meetingId: string }) {
  const [outcome, setOutcome] = useState<MeetingOutcome[]>([]);
  const [familyPresent, setFamilyPresent] = useState(true);
  const [keyPoints, setKeyPoints] = useState("");
  const [actions, setActions] = useState("");
  const prefix = `outcome-${props.meetingId}`;
  const form = useFormProblems({ fields: { outcome: `${prefix}-what`, familyPresent: `${prefix}-family`, keyPoints: `${prefix}-points` } });
  const [record, { loading }] = useMutation(RecordMeetingOutcomeDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });
  const chosen = outcome[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (!chosen) found.push({ field: `${prefix}-what`, message: "Say what happened" });
    if (chosen === "ATTENDED" && !familyPresent)
      found.push({ field: `${prefix}-family`, message: "We attend only with the family present: record it as cancelled instead" });
    if (chosen === "ATTENDED" && !keyPoints.trim()) found.push({ field: `${prefix}-points`, message: "Note the key points" });
    if (!form.check(found) || !chosen) return;
    try {
      await record({
        variables: {
          input: {
            meetingId: props.meetingId,
            outcome: chosen,
            familyPresent: chosen === "ATTENDED" ? familyPresent : null,
            keyPoints: keyPoints.trim() || null,
            actions: actions.trim() || null,
          },
        },
      });
    } catch (e) {
      form.fromServer(e);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Record what happened">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not recorded">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <ChoiceGroup
        id={`${prefix}-what`}
        type="radio"
        legend="What happened?"
        error={form.errorFor(`${prefix}-what`)}
        choices={meetingOutcomeValues.map((o) => ({ value: o, label: meetingOutcomeLabels[o], hint: outcomeHint[o] }))}
        value={outcome}
        onChange={(v) => setOutcome(v as MeetingOutcome[])}
      />
      {chosen === "ATTENDED" ? (
        <>
          <div className="field" data-invalid={form.errorFor(`${prefix}-family`) ? "true" : undefined}>
            {form.errorFor(`${prefix}-family`) ? (
              <p className="error-message" id={`${prefix}-family-error`}>
                {form.errorFor(`${prefix}-family`)}
              </p>
            ) : null}
            <div className="choice">
              <input
                id={`${prefix}-family`}
                type="checkbox"
                checked={familyPresent}
                onChange={(e) => setFamilyPresent(e.currentTarget.checked)}
              />
              <label htmlFor={`${prefix}-family`}>The parent or young person was there</label>
            </div>
          </div>
          <Field id={`${prefix}-points`} label="Key points" error={form.errorFor(`${prefix}-points`)}>
            {(c) => (
              <textarea {...c} className="textarea" rows={3} value={keyPoints} onChange={(e) => setKeyPoints(e.currentTarget.value)} />
            )}
          </Field>
          <Field id={`${prefix}-actions`} label="Actions agreed (optional)" hint="A follow-up review with the family becomes due.">
            {(c) => <textarea {...c} className="textarea" rows={2} value={actions} onChange={(e) => setActions(e.currentTarget.value)} />}
          </Field>
        </>
      ) : null}
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record outcome"}
      </Button>
    </form>
  );
}
