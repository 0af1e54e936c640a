import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { EnquiryTopic } from "../../gql/graphql";
import { enquiryTopicLabels, enquiryTopicValues, referralChannelLabels } from "../../gql/labels";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { staffChannelOptions, type StaffChannel } from "./choices";

const RecordAnonymousEnquiryDocument = graphql(`
  mutation RecordAnonymousEnquiryFromIntake($input: AnonymousEnquiryInput!) {
    recordAnonymousEnquiry(input: $input) {
      id
      channel
      topic
      receivedOn
    }
  }
`);

const fieldIds: Record<string, string> = { channel: "anon-channel", topic: "anon-topic", receivedAt: "anon-channel" };

/** A caller who declined to be recorded still counts: how they reached us and what about, nothing else. */
export function AnonymousEnquiryForm() {
  const [channel, setChannel] = useState<StaffChannel>("HELPLINE");
  const [topic, setTopic] = useState<EnquiryTopic | "">("");
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({ fields: fieldIds });
  const [record, { loading }] = useMutation(RecordAnonymousEnquiryDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: FieldProblem[] = [];
    if (!topic) found.push({ field: "anon-topic", message: "Choose what the enquiry was about" });
    if (!form.check(found) || !topic) return;
    try {
      const res = await record({ variables: { input: { channel, topic } } });
      const saved = res.data?.recordAnonymousEnquiry;
      const message = saved
        ? `Counted: ${referralChannelLabels[saved.channel].toLowerCase()} enquiry about ${enquiryTopicLabels[topic].toLowerCase()}. Nothing personal was kept.`
        : "Counted.";
      setDone(message);
      announce(message);
      setTopic("");
    } catch (error) {
      form.fromServer(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="card stack-tight" aria-labelledby="anon-heading">
      <h2 id="anon-heading">Anonymous enquiry</h2>
      <p className="muted">
        The caller did not agree to us recording their details. Record only how they reached us and what it was about.
      </p>
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not counted">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" title="Saved">
          <p data-testid="anonymous-saved">{done}</p>
        </Alert>
      ) : null}
      <Field id="anon-channel" label="How did it reach us?" error={form.errorFor("anon-channel")}>
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
      <Field id="anon-topic" label="What was it about?" error={form.errorFor("anon-topic")}>
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
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Count the enquiry"}
      </Button>
    </form>
  );
}
