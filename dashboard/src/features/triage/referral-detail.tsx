import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { ResponseCountdown } from "./countdown";
import { dateTime, formatDay } from "../../ui/format";
import {
  accessibilityNeedLabels,
  contactMethodLabels,
  currentStageLabels,
  decisionMakerLabels,
  diagnosisStatusLabels,
  eligibilityLabels,
  keyDateKindLabels,
  referralChannelLabels,
  referralStatusLabels,
} from "../../gql/labels";
import { OVERRIDE_REASON, computedPriority, eligibilityTone, signedWeight } from "./labels";

export const ReferralSummaryFragment = graphql(`
  fragment ReferralSummary on Referral {
    id
    status
    channel
    receivedAt
    priority
    priorityOverride
    priorityOverrideReason
    priorityReasons {
      code
      label
      weight
    }
    eligibility
    eligibilityChecks {
      code
      label
      met
    }
    possibleDuplicate
    conductFlag {
      matchedOn
      removedOn
    }
    currentStage
    decisionMaker
    reasonForReferral
    referrerName
    referrerOrganisation
    keyDates {
      id
      kind
      on
      rule
    }
    contact {
      fullName
      phone
      email
      address
      postcode
      preferredContact
      accessibilityNeeds
      interpreterLanguage
    }
    child {
      fullName
      ageYears
      dateOfBirth
      educationSetting
      needsOverview
      diagnosisStatus
    }
    ...ResponseCountdown
  }
`);

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

function Row(props: { term: string; children: React.ReactNode }) {
  return (
    <div className="summary-row">
      <dt>{props.term}</dt>
      <dd>{props.children ?? <span className="muted">Not given</span>}</dd>
    </div>
  );
}

export function ReferralSummary(props: { referral: FragmentType<typeof ReferralSummaryFragment> }) {
  const r = getFragmentData(ReferralSummaryFragment, props.referral);
  const eligibility = { label: eligibilityLabels[r.eligibility], tone: eligibilityTone[r.eligibility] };
  const criteria = r.priorityReasons.filter((reason) => reason.code !== OVERRIDE_REASON);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="response-heading">
        <h2 id="response-heading">Response clock</h2>
        <ResponseCountdown referral={r} />
        <p className="hint" style={{ marginTop: "0.75rem" }}>
          Received {dateTime.format(new Date(r.receivedAt))}. Channel: {referralChannelLabels[r.channel]}. Status:{" "}
          {referralStatusLabels[r.status]}.
        </p>
      </section>

      <section className="card" aria-labelledby="priority-heading">
        <h2 id="priority-heading">Priority {r.priority}</h2>
        {r.priorityOverride != null ? (
          <p data-testid="priority-override">
            Set by hand to {r.priorityOverride} (the criteria give {computedPriority(r.priorityReasons)}): {r.priorityOverrideReason}
          </p>
        ) : null}
        {criteria.length ? (
          <ul className="plain-list">
            {criteria.map((reason) => (
              <li key={reason.code}>
                <strong>{signedWeight(reason.weight)}</strong> {reason.label}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No priority criteria apply.</p>
        )}
      </section>

      <section className="card" aria-labelledby="eligibility-heading">
        <h2 id="eligibility-heading">
          Eligibility{" "}
          <span className="tag" data-tone={eligibility.tone}>
            {eligibility.label}
          </span>
        </h2>
        <ul className="plain-list">
          {r.eligibilityChecks.map((check) => (
            <li key={check.code}>
              <span className="tag" data-tone={check.met == null ? "neutral" : check.met ? "ok" : "danger"}>
                {check.met == null ? "To check" : check.met ? "Met" : "Not met"}
              </span>{" "}
              {check.label}
            </li>
          ))}
        </ul>
        {r.conductFlag ? (
          <p className="alert" data-tone="warn" role="note">
            This may be a family removed from the service for conduct
            {r.conductFlag.removedOn ? ` on ${formatDay(r.conductFlag.removedOn)}` : ""} (matched on {r.conductFlag.matchedOn}). Check
            before accepting; if it is them, signpost them elsewhere [003].
          </p>
        ) : null}
        {r.possibleDuplicate ? (
          <p className="alert" data-tone="info">
            This may be a duplicate: another open referral has the same child name and date of birth.
          </p>
        ) : null}
      </section>

      <section className="card" aria-labelledby="family-heading">
        <h2 id="family-heading">Family</h2>
        <dl className="summary">
          <Row term="Contact">{r.contact?.fullName}</Row>
          <Row term="Prefers">{r.contact?.preferredContact ? contactMethodLabels[r.contact.preferredContact] : null}</Row>
          <Row term="Phone">{r.contact?.phone}</Row>
          <Row term="Email">{r.contact?.email}</Row>
          <Row term="Address">
            {r.contact?.address || r.contact?.postcode ? `${r.contact?.address ?? ""} ${r.contact?.postcode ?? ""}`.trim() : null}
          </Row>
          <Row term="Access needs">
            {r.contact?.accessibilityNeeds.length
              ? r.contact.accessibilityNeeds.map((n) => accessibilityNeedLabels[n]).join(", ") +
                (r.contact.interpreterLanguage ? ` (${r.contact.interpreterLanguage})` : "")
              : "None"}
          </Row>
          <Row term="Child">
            {r.child?.fullName}
            {r.child?.ageYears != null ? `, age ${r.child.ageYears}` : ""}
          </Row>
          <Row term="Date of birth">{r.child?.dateOfBirth ? day.format(new Date(r.child.dateOfBirth)) : null}</Row>
          <Row term="Setting">{r.child?.educationSetting}</Row>
          <Row term="Diagnosis">{r.child ? diagnosisStatusLabels[r.child.diagnosisStatus] : null}</Row>
          <Row term="Needs">{r.child?.needsOverview}</Row>
          <Row term="Stage">{currentStageLabels[r.currentStage]}</Row>
          <Row term="Decision-maker">{decisionMakerLabels[r.decisionMaker]}</Row>
          <Row term="Reason">{r.reasonForReferral}</Row>
          {r.referrerName ? (
            <Row term="Referred by">{`${r.referrerName}${r.referrerOrganisation ? `, ${r.referrerOrganisation}` : ""}`}</Row>
          ) : null}
        </dl>
      </section>

      {r.keyDates.length ? (
        <section className="card" aria-labelledby="dates-heading">
          <h2 id="dates-heading">Key dates</h2>
          <ul className="plain-list">
            {[...r.keyDates]
              .sort((a, b) => a.on.localeCompare(b.on))
              .map((k) => (
                <li key={k.id}>
                  <strong>{day.format(new Date(k.on))}</strong> {keyDateKindLabels[k.kind]}
                  {k.rule ? <span className="muted"> · {k.rule}</span> : null}
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
