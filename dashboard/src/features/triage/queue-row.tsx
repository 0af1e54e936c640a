import { Link } from "../../lib/router";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { ResponseCountdown } from "./countdown";
import { accessibilityNeedLabels, eligibilityLabels, referralChannelLabels, referralStatusLabels } from "../../gql/labels";
import { eligibilityTone, signedWeight } from "./labels";
import { dateTime } from "../../ui/format";

export const TriageQueueRowFragment = graphql(`
  fragment TriageQueueRow on Referral {
    id
    reference
    status
    channel
    receivedAt
    priority
    priorityOverride
    priorityReasons {
      code
      label
      weight
    }
    level
    eligibility
    possibleDuplicate
    safeguardingFlag
    contact {
      fullName
      accessibilityNeeds
    }
    child {
      fullName
      ageYears
    }
    ...ResponseCountdown
  }
`);

/**
 * One referral as a dense row: priority; who, with flags and the reasons for the priority; channel;
 * the response clock; status. A grid on a desk, stacked on a phone; each part says what it is to a
 * screen reader, which reads the row as one item of the list.
 */
export function TriageQueueRow(props: { referral: FragmentType<typeof TriageQueueRowFragment>; isNew: boolean }) {
  const r = getFragmentData(TriageQueueRowFragment, props.referral);
  const reasons = [...r.priorityReasons].sort((a, b) => b.weight - a.weight);
  // A decision is worth a tag in the row; "not decided yet" is what the status already says.
  const eligibility =
    r.eligibility === "PENDING" ? null : { label: eligibilityLabels[r.eligibility], tone: eligibilityTone[r.eligibility] };
  return (
    <li
      className="queue-row"
      data-new={props.isNew ? "true" : undefined}
      data-safeguarding={r.safeguardingFlag ? "true" : undefined}
      data-testid="queue-row"
      data-reference={r.reference}
      data-id={r.id}
    >
      <span className="queue-priority">
        <span className="priority-pill" data-tone={r.priority >= 40 ? "high" : r.priority >= 20 ? "medium" : undefined}>
          <span className="visually-hidden">Priority </span>
          {r.priority}
        </span>
        {r.priorityOverride != null ? <span className="queue-set">set by hand</span> : null}
      </span>
      <div className="queue-who">
        <div className="queue-name">
          <Link className="row-link" to={`/triage/${r.id}`}>
            {r.child?.fullName ?? "Name erased"}
          </Link>
          <span className="muted">
            {r.child?.ageYears != null ? `age ${r.child.ageYears} · ` : ""}
            {r.reference}
          </span>
          {props.isNew ? (
            <span className="tag" data-tone="new">
              New
            </span>
          ) : null}
          {r.safeguardingFlag ? (
            <span className="tag" data-tone="danger">
              Safeguarding
            </span>
          ) : null}
          {eligibility ? (
            <span className="tag" data-tone={eligibility.tone}>
              {eligibility.label}
            </span>
          ) : null}
          {r.possibleDuplicate ? (
            <span className="tag" data-tone="warn">
              Possible duplicate
            </span>
          ) : null}
          {r.contact?.accessibilityNeeds.map((need) => (
            <span className="tag" data-tone="neutral" key={need}>
              {accessibilityNeedLabels[need]}
            </span>
          ))}
        </div>
        <div className="queue-detail">
          <span>{r.contact?.fullName ?? "Contact erased"}</span>
          {reasons.length ? (
            <ul className="queue-reasons" aria-label="Priority reasons">
              {reasons.map((reason) => (
                <li key={reason.code}>
                  {signedWeight(reason.weight)} {reason.label}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      <span className="queue-channel">
        <span className="visually-hidden">Channel: </span>
        {referralChannelLabels[r.channel]}
        <span className="cell-sub">{dateTime.format(new Date(r.receivedAt))}</span>
      </span>
      <span className="queue-response">
        <ResponseCountdown referral={r} compact />
      </span>
      <span className="queue-status">
        <span className="visually-hidden">Status: </span>
        {referralStatusLabels[r.status]}
        <span className="cell-sub">{r.level != null ? `Level ${r.level}` : "Level not set"}</span>
      </span>
    </li>
  );
}
