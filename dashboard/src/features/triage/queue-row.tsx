import { Link } from "../../lib/router";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { ResponseCountdown } from "./countdown";
import { accessibilityLabel, channelLabel, contactMethodLabel, eligibilityLabel, statusLabel } from "./labels";
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
      preferredContact
      accessibilityNeeds
    }
    child {
      fullName
      ageYears
    }
    ...ResponseCountdown
  }
`);

export function TriageQueueRow(props: { referral: FragmentType<typeof TriageQueueRowFragment>; isNew: boolean }) {
  const r = getFragmentData(TriageQueueRowFragment, props.referral);
  const eligibility = eligibilityLabel[r.eligibility];
  const reasons = [...r.priorityReasons].sort((a, b) => b.weight - a.weight);
  return (
    <tr
      data-new={props.isNew ? "true" : undefined}
      data-safeguarding={r.safeguardingFlag ? "true" : undefined}
      data-testid="queue-row"
      data-reference={r.reference}
    >
      <td>
        <span className="priority-pill" data-tone={r.priority >= 40 ? "high" : r.priority >= 20 ? "medium" : undefined}>
          <span className="visually-hidden">Priority </span>
          {r.priority}
        </span>
        {r.priorityOverride != null ? <span className="cell-sub">overridden</span> : null}
      </td>
      <td className="col-referral">
        <Link className="row-link" to={`/triage/${r.id}`}>
          {r.child?.fullName ?? "Name erased"}
        </Link>
        {r.child?.ageYears != null ? <span className="muted"> · age {r.child.ageYears}</span> : null}
        {props.isNew ? (
          <>
            {" "}
            <span className="tag" data-tone="ok">
              New
            </span>
          </>
        ) : null}
        <span className="cell-sub">
          {r.reference} · {r.contact?.fullName ?? "—"}
          {r.contact?.preferredContact ? ` · prefers ${contactMethodLabel[r.contact.preferredContact].toLowerCase()}` : ""}
        </span>
        {reasons.length ? (
          <ul className="reasons" aria-label="Priority reasons">
            {reasons.map((reason) => (
              <li key={reason.code}>
                +{reason.weight} {reason.label}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
      <td>
        {channelLabel[r.channel]}
        <span className="cell-sub">{dateTime.format(new Date(r.receivedAt))}</span>
      </td>
      <td>
        <ResponseCountdown referral={r} />
      </td>
      <td>
        <div className="flags">
          {r.safeguardingFlag ? (
            <span className="tag" data-tone="danger">
              Safeguarding
            </span>
          ) : null}
          <span className="tag" data-tone={eligibility.tone}>
            {eligibility.label}
          </span>
          {r.possibleDuplicate ? (
            <span className="tag" data-tone="warn">
              Possible duplicate
            </span>
          ) : null}
          {r.contact?.accessibilityNeeds.map((need) => (
            <span className="tag" data-tone="neutral" key={need}>
              {accessibilityLabel[need]}
            </span>
          ))}
        </div>
      </td>
      <td>
        {statusLabel[r.status]}
        <span className="cell-sub">{r.level != null ? `Level ${r.level}` : "Level not set"}</span>
      </td>
    </tr>
  );
}
