import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { notificationKindLabels, notificationStateLabels } from "../../gql/labels";
import { announce } from "../../lib/announce";
import { serverProblem } from "../../lib/errors";
import { BACKGROUND } from "../../lib/presence";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { dateTime } from "../../ui/format";

export const NotificationDeliveryItemFragment = graphql(`
  fragment NotificationDeliveryItem on NotificationDelivery {
    id
    kind
    state
    attempts
    recipientName
    reference
    createdAt
    nextAttemptAt
    sentAt
    lastError
  }
`);

const DeliveriesDocument = graphql(`
  query NotificationDeliveries {
    notificationStatus {
      enabled
      queued
      retrying
      failed
    }
    notificationDeliveries(first: 100) {
      id
      ...NotificationDeliveryItem
    }
  }
`);

const RetryDocument = graphql(`
  mutation RetryNotification($id: ID!) {
    retryNotification(id: $id) {
      id
      ...NotificationDeliveryItem
    }
  }
`);

const TONE = { QUEUED: "neutral", RETRYING: "warn", SENT: "ok", FAILED: "danger" } as const;

/** Every email of the service and how its delivery went, unsent first; failed ones can be sent again (decision 040). */
export function DeliveryList() {
  const [soon, setSoon] = useState(false);
  // Every 15 s as a rule; every 2 s while an email is due to go within the minute (just queued, or
  // "Retry now" pressed), so its outcome shows without a reload.
  const { data, error, loading } = useQuery(DeliveriesDocument, { pollInterval: soon ? 2_000 : 15_000, context: BACKGROUND });
  const dueSoon =
    (data?.notificationStatus.enabled &&
      data.notificationDeliveries.some((item) => {
        const d = getFragmentData(NotificationDeliveryItemFragment, item);
        return (
          d.state === "QUEUED" ||
          (d.state === "RETRYING" &&
            d.nextAttemptAt !== null &&
            d.nextAttemptAt !== undefined &&
            new Date(d.nextAttemptAt).getTime() - Date.now() < 60_000)
        );
      })) ??
    false;
  if (dueSoon !== soon) setSoon(dueSoon);
  if (error && !data)
    return (
      <Alert tone="error" title="Email delivery could not be loaded">
        <p>{serverProblem(error).message}</p>
      </Alert>
    );
  if (loading || !data) return <p role="status">Loading email delivery…</p>;
  const s = data.notificationStatus;
  return (
    <div className="stack-tight">
      {s.enabled ? (
        <p className="muted" data-testid="notification-status">
          Email notifications are on. {s.queued} queued, {s.retrying} retrying, {s.failed} failed.
        </p>
      ) : (
        <Alert tone="info" title="Email notifications are off">
          <p>No mail server is set up (SMTP_URL), so nothing is emailed. Alerts still show in the dashboard.</p>
        </Alert>
      )}
      {data.notificationDeliveries.length ? (
        <ol className="plain-list stack-tight" aria-label="Emails, unsent first">
          {data.notificationDeliveries.map((d) => (
            <DeliveryEntry key={d.id} item={d} />
          ))}
        </ol>
      ) : (
        <p className="empty card">No emails yet.</p>
      )}
    </div>
  );
}

function DeliveryEntry(props: { item: FragmentType<typeof NotificationDeliveryItemFragment> }) {
  const d = getFragmentData(NotificationDeliveryItemFragment, props.item);
  const [retry, { loading }] = useMutation(RetryDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const canRetry = d.state === "FAILED" || d.state === "RETRYING";
  return (
    <li className="card stack-tight" data-state={d.state}>
      <p>
        <span className="tag" data-tone={TONE[d.state]}>
          {notificationStateLabels[d.state]}
        </span>{" "}
        <strong>{notificationKindLabels[d.kind]}</strong>
        {d.reference ? ` · ${d.reference}` : ""} · to {d.recipientName ?? "the family"}
      </p>
      <p className="muted">
        Queued {dateTime.format(new Date(d.createdAt))} · {d.attempts} {d.attempts === 1 ? "attempt" : "attempts"}
        {d.sentAt ? ` · sent ${dateTime.format(new Date(d.sentAt))}` : ""}
        {d.nextAttemptAt && d.state === "RETRYING" ? ` · next try ${dateTime.format(new Date(d.nextAttemptAt))}` : ""}
      </p>
      {d.lastError ? <p className="error-message">Last error: {d.lastError}</p> : null}
      {problem ? (
        <Alert tone="error" live="alert">
          <p>{problem}</p>
        </Alert>
      ) : null}
      {canRetry ? (
        <div>
          <Button
            variant="secondary"
            disabled={loading}
            onClick={async () => {
              setProblem(null);
              try {
                await retry({ variables: { id: d.id } });
                announce("The email will be sent again now.");
              } catch (e) {
                setProblem(serverProblem(e).message);
              }
            }}
          >
            {loading ? "Retrying…" : "Retry now"}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
