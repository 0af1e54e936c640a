import { useState, type MouseEvent, type ReactNode } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { CaseStatus } from "../../gql/graphql";
import {
  accessibilityNeedLabels,
  caseStatusLabels,
  closureReasonLabels,
  contactMethodLabels,
  currentStageLabels,
  decisionMakerLabels,
} from "../../gql/labels";
import { Alert } from "../../ui/alert";
import { dateTime, formatDay } from "../../ui/format";
import { ResponseCountdown } from "../triage/countdown";
import { Consents } from "./case-consents";
import { KeyDates } from "./case-key-dates";
import { AddKeyDateForm } from "./add-key-date-form";
import { MentalCapacityForm } from "./capacity-form";
import { CaseConduct, RecordConductForm } from "./case-conduct";
import { CaseChanges, ClosureProposalDecision, ManageCaseForms } from "./manage-case";
import { Meetings } from "./case-meetings";
import { Timeline } from "./case-timeline";
import { CloseCaseForm, EvaluationToken } from "./close-case-form";
import { LogActivityForm } from "./log-activity-form";
import { RaiseSafeguardingForm } from "../safeguarding/raise-safeguarding-form";
import { RecordConsentForm } from "./record-consent-form";
import { ScheduleMeetingForm } from "./meeting-forms";
import { DocumentsPanel } from "../documents/documents-panel";
import { SendLetterForm } from "../letters/send-letter-form";

export const CaseViewFragment = graphql(`
  fragment CaseView on Case {
    id
    status
    level
    openedAt
    closedAt
    closureReason
    closureNote
    decisionMaker
    readOnly
    viewerManages
    capacityAssessments {
      id
      hasCapacity
      assessedOn
      assessedBy
    }
    totalMinutes
    putForwardForClosureAt
    currentAllocation {
      id
      staffDisplayName
      acceptedAt
    }
    safeguardingConcerns {
      id
      raisedAt
      raisedByName
      summary
      acknowledgedAt
      acknowledgedByName
      outcome
    }
    referral {
      id
      firstRespondedAt
      reasonForReferral
      currentStage
      child {
        fullName
        ageYears
        educationSetting
      }
      contact {
        fullName
        phone
        email
        preferredContact
        accessibilityNeeds
        interpreterLanguage
      }
      ...ResponseCountdown
    }
    activities {
      ...ActivityItem
    }
    consents {
      ...ConsentItem
      ...LogActivityConsent
    }
    meetings {
      id
      kind
      scheduledAt
      status
      ...MeetingItem
    }
    ...CaseKeyDates
    ...ManageCase
    ...CaseConduct
  }
`);

const statusTone: Record<CaseStatus, "ok" | "warn" | "neutral"> = { OPEN: "ok", INACTIVE: "warn", CLOSED: "neutral" };

function hours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h ${m} min` : `${m} min`;
}

function Row(props: { term: string; children: ReactNode }) {
  return (
    <div className="summary-row">
      <dt>{props.term}</dt>
      <dd>{props.children ?? <span className="muted">Not given</span>}</dd>
    </div>
  );
}

/** One case: who and what, the record so far, and the forms to add to it. */
export function CaseView(props: { kase: FragmentType<typeof CaseViewFragment> }) {
  const k = getFragmentData(CaseViewFragment, props.kase);
  const r = k.referral;
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [consentOpen, setConsentOpen] = useState(false);
  const [consentFocus, setConsentFocus] = useState(0);
  const writable = !k.readOnly && k.status !== "CLOSED";
  const firstContact = !r.firstRespondedAt;

  return (
    <div className="stack">
      {token !== undefined ? <EvaluationToken token={token} caseId={k.id} /> : null}
      <ClosureProposalDecision kase={k} onClosed={setToken} />
      {k.putForwardForClosureAt && !k.viewerManages ? (
        <Alert tone="info" title="Put forward for closure">
          <p>Two meetings were missed without notice ({dateTime.format(new Date(k.putForwardForClosureAt))}). Consider closing the case.</p>
        </Alert>
      ) : null}
      {k.readOnly && k.status !== "CLOSED" ? (
        <Alert tone="info" title="Read only">
          <p>This case is no longer allocated to you.</p>
        </Alert>
      ) : null}
      {/* On a phone the forms come after the whole record: a way straight to them. */}
      <nav className="case-jumps" aria-label="On this case">
        <ul>
          {writable ? (
            <li>
              <a href="#log-heading" onClick={(e) => jumpTo(e, "log-heading")}>
                Log an activity
              </a>
            </li>
          ) : null}
          <li>
            <a href="#case-timeline" onClick={(e) => jumpTo(e, "case-timeline")}>
              Timeline
            </a>
          </li>
          <li>
            <a href="#case-consents" onClick={(e) => jumpTo(e, "case-consents")}>
              Consents
            </a>
          </li>
          <li>
            <a href="#case-meetings" onClick={(e) => jumpTo(e, "case-meetings")}>
              Meetings
            </a>
          </li>
        </ul>
      </nav>
      <div className="two-column">
        <div className="stack">
          <section className="card" aria-labelledby="case-facts">
            <h2 id="case-facts">
              Case{" "}
              <span className="tag" data-tone={statusTone[k.status]}>
                {caseStatusLabels[k.status]}
              </span>
            </h2>
            <dl className="summary">
              <Row term="Level">{`Level ${k.level}`}</Row>
              <Row term="Decision-maker">
                {decisionMakerLabels[k.decisionMaker]}
                {k.capacityAssessments[0]
                  ? ` · capacity ${k.capacityAssessments[0].hasCapacity ? "confirmed" : "lacking"} (${k.capacityAssessments[0].assessedBy}, ${formatDay(k.capacityAssessments[0].assessedOn)})`
                  : ""}
              </Row>
              <Row term="Allocated to">
                {k.currentAllocation
                  ? `${k.currentAllocation.staffDisplayName}${k.currentAllocation.acceptedAt ? "" : " (not yet accepted)"}`
                  : "Nobody"}
              </Row>
              <Row term="Opened">{dateTime.format(new Date(k.openedAt))}</Row>
              <Row term="First response">
                <ResponseCountdown referral={r} />
              </Row>
              <Row term="Time recorded">{hours(k.totalMinutes)}</Row>
              {k.closedAt ? (
                <Row term="Closed">
                  {`${dateTime.format(new Date(k.closedAt))}${k.closureReason ? ` · ${closureReasonLabels[k.closureReason]}` : ""}${k.closureNote ? ` · ${k.closureNote}` : ""}`}
                </Row>
              ) : null}
            </dl>
          </section>

          <section className="card" aria-labelledby="case-family">
            <h2 id="case-family">Family</h2>
            <dl className="summary">
              <Row term="Child">
                {r.child?.fullName}
                {r.child?.ageYears != null ? `, age ${r.child.ageYears}` : ""}
              </Row>
              <Row term="Setting">{r.child?.educationSetting}</Row>
              <Row term="Contact">{r.contact?.fullName}</Row>
              <Row term="Prefers">{r.contact?.preferredContact ? contactMethodLabels[r.contact.preferredContact] : null}</Row>
              <Row term="Phone">{r.contact?.phone}</Row>
              <Row term="Email">{r.contact?.email}</Row>
              <Row term="Access needs">
                {r.contact?.accessibilityNeeds.length
                  ? r.contact.accessibilityNeeds.map((n) => accessibilityNeedLabels[n]).join(", ") +
                    (r.contact.interpreterLanguage ? ` (${r.contact.interpreterLanguage})` : "")
                  : "None"}
              </Row>
              <Row term="Stage">{currentStageLabels[r.currentStage]}</Row>
              <Row term="Reason">{r.reasonForReferral}</Row>
            </dl>
          </section>

          <CaseChanges kase={k} />
          <KeyDates kase={k} />
          <Timeline activities={k.activities} />
          <Consents consents={k.consents} writable={writable} />
          <Meetings meetings={k.meetings} writable={writable} />
          <DocumentsPanel target={{ caseId: k.id }} writable={writable} title="Case documents" />
          <CaseConduct kase={k} />
          {k.safeguardingConcerns.length ? (
            <section className="card" aria-labelledby="case-safeguarding">
              <h2 id="case-safeguarding">Safeguarding</h2>
              <ul className="plain-list">
                {k.safeguardingConcerns.map((c) => (
                  <li key={c.id}>
                    <strong>{dateTime.format(new Date(c.raisedAt))}</strong> raised by {c.raisedByName}: {c.summary}
                    <span className="cell-sub">
                      {c.acknowledgedAt
                        ? `Acknowledged by ${c.acknowledgedByName ?? "a manager"}: ${c.outcome ?? ""}`
                        : "Waiting for a manager to acknowledge"}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>

        {!writable && k.viewerManages ? (
          <div className="stack">
            <ManageCaseForms kase={k} />
          </div>
        ) : null}
        {writable ? (
          <div className="stack">
            <ManageCaseForms kase={k} />
            <section className="card">
              <LogActivityForm
                caseId={k.id}
                consents={k.consents}
                firstContact={firstContact}
                onRecordConsent={() => {
                  setConsentOpen(true);
                  setConsentFocus((n) => n + 1);
                }}
              />
            </section>
            <Disclosure title="Record consent to speak to someone" open={consentOpen} onToggle={setConsentOpen}>
              <RecordConsentForm caseId={k.id} focusRequest={consentFocus} />
            </Disclosure>
            {(r.child?.ageYears ?? 0) >= 16 ? (
              <Disclosure title="Record mental capacity">
                <MentalCapacityForm caseId={k.id} />
              </Disclosure>
            ) : null}
            <Disclosure title="Add a key date">
              <AddKeyDateForm referralId={r.id} />
            </Disclosure>
            <Disclosure title="Book a meeting">
              <ScheduleMeetingForm caseId={k.id} />
            </Disclosure>
            <Disclosure title="Send a letter">
              <SendLetterForm caseId={k.id} />
            </Disclosure>
            <Disclosure title="Raise a safeguarding concern">
              <RaiseSafeguardingForm caseId={k.id} />
            </Disclosure>
            <Disclosure title="Record a conduct incident">
              <RecordConductForm caseId={k.id} />
            </Disclosure>
            <Disclosure title="Close the case">
              <CloseCaseForm
                caseId={k.id}
                booked={k.meetings
                  .filter((m) => m.status === "SCHEDULED")
                  .map((m) => ({ id: m.id, kind: m.kind, scheduledAt: m.scheduledAt }))}
                onClosed={setToken}
              />
            </Disclosure>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Scrolls to a section's heading and moves focus there, without changing the address (the router owns it). */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  if (!target) return;
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
}

function Disclosure(props: { title: string; children: ReactNode; open?: boolean; onToggle?: (open: boolean) => void }) {
  return (
    <details
      className="card disclosure"
      open={props.open}
      onToggle={(e) => {
        if (props.onToggle && e.currentTarget.open !== props.open) props.onToggle(e.currentTarget.open);
      }}
    >
      <summary>{props.title}</summary>
      <div className="disclosure-body">{props.children}</div>
    </details>
  );
}
