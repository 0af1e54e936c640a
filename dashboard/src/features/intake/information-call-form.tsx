import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { EnquiryTopic } from "../../gql/graphql";
import { enquiryTopicLabels, enquiryTopicValues } from "../../gql/labels";
import { announce } from "../../lib/announce";
import { Link } from "../../lib/router";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { ChoiceGroup, Field } from "../../ui/field";
import { localDateTimeInput } from "../../ui/format";
import { callerSourceOptions, staffChannelOptions, type StaffChannel } from "./choices";

const RecordInformationCallDocument = graphql(`
  mutation RecordInformationCallFromIntake($input: InformationCallInput!) {
    recordInformationCall(input: $input) {
      id
      reference
      caseId
    }
  }
`);

const fieldIds: Record<string, string> = {
  channel: "call-channel",
  source: "call-source",
  consentToRecord: "call-consent",
  "caller.fullName": "call-name",
  "caller.phone": "call-phone",
  "caller.email": "call-email",
  "caller.postcode": "call-postcode",
  childName: "call-child",
  topic: "call-topic",
  adviceGiven: "call-advice",
  minutes: "call-minutes",
  receivedAt: "call-received",
};

type Source = (typeof callerSourceOptions)[number]["value"];

/** A short call recorded in one step: who, what about, the advice given and the minutes; closed as information given. */
export function InformationCallForm(props: { onDeclined: () => void }) {
  const [channel, setChannel] = useState<StaffChannel>("HELPLINE");
  const [source, setSource] = useState<Source[]>(["PARENT_CARER"]);
  const [consent, setConsent] = useState(false);
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [childName, setChildName] = useState("");
  const [topic, setTopic] = useState<EnquiryTopic | "">("");
  const [advice, setAdvice] = useState("");
  const [minutes, setMinutes] = useState("");
  const [receivedAt, setReceivedAt] = useState(() => localDateTimeInput());
  const [done, setDone] = useState<{ reference: string; caseId: string | null } | null>(null);
  const form = useFormProblems({ fields: fieldIds });
  const [record, { loading }] = useMutation(RecordInformationCallDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: FieldProblem[] = [];
    if (!consent) found.push({ field: "call-consent", message: "Ask for consent to record first, or count it as an anonymous enquiry" });
    if (!name.trim()) found.push({ field: "call-name", message: "Enter the caller's name" });
    if (!topic) found.push({ field: "call-topic", message: "Choose what the call was about" });
    if (!advice.trim()) found.push({ field: "call-advice", message: "Record the information or advice given" });
    const m = Number(minutes);
    if (!minutes.trim() || !Number.isInteger(m) || m < 1)
      found.push({ field: "call-minutes", message: "Enter the minutes spent, at least 1" });
    if (!form.check(found) || !topic) return;
    try {
      const res = await record({
        variables: {
          input: {
            channel,
            source: source[0] ?? "PARENT_CARER",
            consentToRecord: true,
            caller: { fullName: name.trim(), phone: phone.trim() || null, email: email.trim() || null },
            childName: childName.trim() || null,
            topic,
            adviceGiven: advice.trim(),
            minutes: m,
            receivedAt: receivedAt ? new Date(receivedAt).toISOString() : null,
          },
        },
      });
      const saved = res.data?.recordInformationCall;
      if (saved) {
        setDone({ reference: saved.reference, caseId: saved.caseId ?? null });
        announce(`Call recorded as ${saved.reference}, closed as information given.`);
      }
      setName("");
      setPhone("");
      setEmail("");
      setChildName("");
      setTopic("");
      setAdvice("");
      setMinutes("");
      setConsent(false);
      setReceivedAt(localDateTimeInput());
    } catch (error) {
      form.fromServer(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="card stack-tight" aria-labelledby="call-heading">
      <h2 id="call-heading">Quick information call</h2>
      <p className="muted">Recorded at level 1 and closed as information given, with your minutes, in one step.</p>
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not recorded">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" title="Call recorded">
          <p data-testid="call-saved">
            Reference <strong>{done.reference}</strong>, closed as information given.
          </p>
          {done.caseId ? (
            <p>
              <Link to={`/cases/${done.caseId}`}>Open the call&rsquo;s record</Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      <div className="field">
        <div className="choice">
          <input
            type="checkbox"
            id="call-consent"
            name="call-consent"
            checked={consent}
            aria-invalid={form.errorFor("call-consent") ? true : undefined}
            aria-describedby={form.errorFor("call-consent") ? "call-consent-error" : undefined}
            onChange={(e) => setConsent(e.currentTarget.checked)}
          />
          <label htmlFor="call-consent">The caller agreed to us recording their details</label>
        </div>
        {form.errorFor("call-consent") ? (
          <p className="error-message" id="call-consent-error">
            <span className="visually-hidden">Error: </span>
            {form.errorFor("call-consent")}
          </p>
        ) : null}
        <p className="hint">
          Did not agree?{" "}
          <button type="button" className="button" data-variant="quiet" onClick={props.onDeclined}>
            Count an anonymous enquiry instead
          </button>
        </p>
      </div>
      <div className="field-pair">
        <Field id="call-channel" label="How did it reach us?" error={form.errorFor("call-channel")}>
          {(c) => (
            <select {...c} className="select" value={channel} onChange={(e) => setChannel(e.currentTarget.value as StaffChannel)}>
              {staffChannelOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="call-received" label="When?" error={form.errorFor("call-received")}>
          {(c) => (
            <input
              {...c}
              className="input"
              type="datetime-local"
              value={receivedAt}
              onChange={(e) => setReceivedAt(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <ChoiceGroup
        id="call-source"
        type="radio"
        legend="Who is calling?"
        error={form.errorFor("call-source")}
        choices={callerSourceOptions}
        value={source}
        onChange={(v) => setSource(v)}
      />
      <Field id="call-name" label="Caller's name" error={form.errorFor("call-name")}>
        {(c) => <input {...c} className="input" autoComplete="off" value={name} onChange={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <div className="field-pair">
        <Field id="call-phone" label="Phone (optional)" error={form.errorFor("call-phone")}>
          {(c) => <input {...c} className="input" type="tel" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} />}
        </Field>
        <Field id="call-email" label="Email (optional)" error={form.errorFor("call-email")}>
          {(c) => <input {...c} className="input" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />}
        </Field>
      </div>
      <Field id="call-child" label="Child or young person's name (optional)" error={form.errorFor("call-child")}>
        {(c) => <input {...c} className="input" value={childName} onChange={(e) => setChildName(e.currentTarget.value)} />}
      </Field>
      <Field id="call-topic" label="What was it about?" error={form.errorFor("call-topic")}>
        {(c) => (
          <select {...c} className="select" value={topic} onChange={(e) => setTopic(e.currentTarget.value as EnquiryTopic)}>
            <option value="">Choose a topic</option>
            {enquiryTopicValues.map((v) => (
              <option key={v} value={v}>
                {enquiryTopicLabels[v]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="call-advice" label="Information or advice given" error={form.errorFor("call-advice")}>
        {(c) => <textarea {...c} className="textarea" rows={4} value={advice} onChange={(e) => setAdvice(e.currentTarget.value)} />}
      </Field>
      <Field id="call-minutes" label="Minutes spent" error={form.errorFor("call-minutes")}>
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
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record the call"}
      </Button>
    </form>
  );
}
