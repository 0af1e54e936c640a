import { useMutation } from "@apollo/client/react";
import { useState, type ReactNode } from "react";
import { serverProblem } from "../../lib/errors";
import { graphql } from "../../gql";
import type { CaseDetailFragment, ConsentItemFragment, MeetingItemFragment } from "../../gql/graphql";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { dateTime, formatDay, todayLocal } from "../../ui/format";
import { ResponseCountdown } from "../triage/countdown";
import { accessibilityLabel, contactMethodLabel, currentStageLabel, keyDateLabel } from "../triage/labels";
import { activityKindLabel, closureReasonLabel, consentMethodLabel, meetingStatusLabel, partyTypeLabel } from "./case-fields";
import { CloseCaseForm, EvaluationToken } from "./close-case-form";
import { LogActivityForm } from "./log-activity-form";
import { MeetingOutcomeForm, ScheduleMeetingForm } from "./meeting-forms";
import { RaiseSafeguardingForm } from "./raise-safeguarding-form";
import { RecordConsentForm } from "./record-consent-form";

const WithdrawConsentDocument = graphql(`
  mutation WithdrawConsent($consentId: ID!, $on: LocalDate!) {
    withdrawConsent(consentId: $consentId, on: $on) {
      ...ConsentItem
    }
  }
`);

const statusTone = { OPEN: "ok", INACTIVE: "warn", CLOSED: "neutral" } as const;

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
export function CaseView(props: { kase: CaseDetailFragment }) {
  const k = props.kase;
  const r = k.referral;
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const writable = !k.readOnly && k.status !== "CLOSED";
  const firstContact = !r.firstRespondedAt;

  return (
    <div className="stack">
      {token !== undefined ? <EvaluationToken token={token} /> : null}
      {k.putForwardForClosureAt ? (
        <Alert tone="info" title="Put forward for closure">
          <p>Two meetings were missed without notice ({dateTime.format(new Date(k.putForwardForClosureAt))}). Consider closing the case.</p>
        </Alert>
      ) : null}
      {k.readOnly && k.status !== "CLOSED" ? (
        <Alert tone="info" title="Read only">
          <p>This case is no longer allocated to you.</p>
        </Alert>
      ) : null}
      <div className="two-column">
        <div className="stack">
          <section className="card" aria-labelledby="case-facts">
            <h2 id="case-facts">
              Case{" "}
              <span className="tag" data-tone={statusTone[k.status]}>
                {k.status === "OPEN" ? "Open" : k.status === "INACTIVE" ? "Inactive" : "Closed"}
              </span>
            </h2>
            <dl className="summary">
              <Row term="Level">{`Level ${k.level}`}</Row>
              <Row term="Decision-maker">
                {k.decisionMaker === "YOUNG_PERSON" ? "The young person (16 or over) decides for themselves" : "The parent or carer"}
              </Row>
              <Row term="Allocated to">
                {k.currentAllocation
                  ? `${k.currentAllocation.staffDisplayName}${k.currentAllocation.acceptedAt ? "" : " (not yet accepted)"}`
                  : "Nobody"}
              </Row>
              <Row term="Opened">{dateTime.format(new Date(k.openedAt))}</Row>
              <Row term="First response">
                <ResponseCountdown targetAt={r.responseTargetAt} deadlineAt={r.responseDeadlineAt} respondedAt={r.firstRespondedAt} />
              </Row>
              <Row term="Time recorded">{hours(k.totalMinutes)}</Row>
              {k.closedAt ? (
                <Row term="Closed">
                  {`${dateTime.format(new Date(k.closedAt))}${k.closureReason ? ` · ${closureReasonLabel[k.closureReason]}` : ""}${k.closureNote ? ` · ${k.closureNote}` : ""}`}
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
              <Row term="Prefers">{r.contact?.preferredContact ? contactMethodLabel[r.contact.preferredContact] : null}</Row>
              <Row term="Phone">{r.contact?.phone}</Row>
              <Row term="Email">{r.contact?.email}</Row>
              <Row term="Access needs">
                {r.contact?.accessibilityNeeds.length
                  ? r.contact.accessibilityNeeds.map((n) => accessibilityLabel[n]).join(", ") +
                    (r.contact.interpreterLanguage ? ` (${r.contact.interpreterLanguage})` : "")
                  : "None"}
              </Row>
              <Row term="Stage">{currentStageLabel[r.currentStage]}</Row>
              <Row term="Reason">{r.reasonForReferral}</Row>
            </dl>
          </section>

          <KeyDates kase={k} />
          <Timeline kase={k} />
          <Consents consents={k.consents} writable={writable} />
          <Meetings meetings={k.meetings} writable={writable} />
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

        {writable ? (
          <div className="stack">
            <section className="card">
              <LogActivityForm caseId={k.id} consents={k.consents} firstContact={firstContact} />
            </section>
            <Disclosure title="Record consent to speak to someone">
              <RecordConsentForm caseId={k.id} />
            </Disclosure>
            <Disclosure title="Book a meeting">
              <ScheduleMeetingForm caseId={k.id} />
            </Disclosure>
            <Disclosure title="Raise a safeguarding concern">
              <RaiseSafeguardingForm caseId={k.id} />
            </Disclosure>
            <Disclosure title="Close the case">
              <CloseCaseForm caseId={k.id} onClosed={setToken} />
            </Disclosure>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function Disclosure(props: { title: string; children: ReactNode }) {
  return (
    <details className="card disclosure">
      <summary>{props.title}</summary>
      <div className="disclosure-body">{props.children}</div>
    </details>
  );
}

function KeyDates(props: { kase: CaseDetailFragment }) {
  const dates = [...props.kase.referral.keyDates].sort((a, b) => a.on.localeCompare(b.on));
  const upcomingMeetings = props.kase.meetings.filter((m) => m.status === "SCHEDULED");
  const followUps = props.kase.meetings.filter((m) => m.followUpDueOn);
  const reviews = props.kase.consents.filter((c) => c.current);
  const today = todayLocal();
  const rows = [
    ...dates.map((d) => ({ key: `k-${d.id}`, on: d.on, text: keyDateLabel[d.kind], sub: d.rule ?? d.notes })),
    ...upcomingMeetings.map((m) => ({ key: `m-${m.id}`, on: m.scheduledAt.slice(0, 10), text: `Meeting: ${m.kind}`, sub: null })),
    ...followUps.map((m) => ({ key: `f-${m.id}`, on: m.followUpDueOn!, text: `Follow-up review after ${m.kind}`, sub: null })),
    ...reviews.map((c) => ({ key: `c-${c.id}`, on: c.reviewOn, text: `Consent review: ${c.partyName}`, sub: null })),
  ].sort((a, b) => a.on.localeCompare(b.on));
  return (
    <section className="card" aria-labelledby="case-dates">
      <h2 id="case-dates">Key dates</h2>
      {rows.length ? (
        <ul className="plain-list">
          {rows.map((row) => (
            <li key={row.key} className={row.on < today ? "muted" : undefined}>
              <strong>{formatDay(row.on)}</strong> {row.text}
              {row.sub ? <span className="muted"> · {row.sub}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No key dates yet.</p>
      )}
    </section>
  );
}

function Timeline(props: { kase: CaseDetailFragment }) {
  const items = props.kase.activities;
  return (
    <section className="card" aria-labelledby="case-timeline">
      <h2 id="case-timeline">Timeline</h2>
      {items.length ? (
        <ol className="timeline" data-testid="timeline">
          {items.map((a) => (
            <li key={a.id} data-testid="timeline-item">
              <span className="timeline-when">{dateTime.format(new Date(a.occurredAt))}</span>
              <span className="cell-title">{activityKindLabel[a.kind]}</span>
              {a.withFamily ? (
                <>
                  {" "}
                  <span className="tag" data-tone="ok">
                    With the family
                  </span>
                </>
              ) : null}
              <span className="cell-sub">
                {a.staffDisplayName} · {a.minutes} min
              </span>
              {a.summary ? <p className="timeline-summary">{a.summary}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">Nothing recorded yet.</p>
      )}
    </section>
  );
}

function Consents(props: { consents: ConsentItemFragment[]; writable: boolean }) {
  const [withdraw, { loading }] = useMutation(WithdrawConsentDocument, { refetchQueries: ["Case"] });
  const [problem, setProblem] = useState<string | null>(null);
  const today = todayLocal();
  return (
    <section className="card" aria-labelledby="case-consents">
      <h2 id="case-consents">Consent to speak to others</h2>
      {problem ? (
        <Alert tone="error" live="alert" title="Not withdrawn">
          <p>{problem}</p>
        </Alert>
      ) : null}
      {props.consents.length ? (
        <ul className="plain-list consent-list">
          {props.consents.map((c) => {
            const state = c.withdrawnOn
              ? { tone: "neutral", text: `Withdrawn ${formatDay(c.withdrawnOn)}` }
              : !c.granted
                ? { tone: "danger", text: "Refused" }
                : c.current
                  ? { tone: "ok", text: "Current" }
                  : { tone: "warn", text: "Review due" };
            return (
              <li key={c.id} data-testid="consent">
                <div>
                  <span className="cell-title">
                    {c.partyName}
                    {c.partyOrganisation ? `, ${c.partyOrganisation}` : ""}
                  </span>{" "}
                  <span className="tag" data-tone={state.tone}>
                    {state.text}
                  </span>
                  <span className="cell-sub">
                    {partyTypeLabel[c.partyType]} · {c.granted ? "given" : "refused"} {consentMethodLabel[c.method].toLowerCase()} on{" "}
                    {formatDay(c.givenOn)} ·{" "}
                    <span className={c.reviewOn <= today && !c.withdrawnOn ? "text-warn" : undefined}>
                      review by {formatDay(c.reviewOn)}
                    </span>
                  </span>
                </div>
                {props.writable && c.granted && !c.withdrawnOn ? (
                  <Button
                    variant="quiet"
                    disabled={loading}
                    onClick={async () => {
                      setProblem(null);
                      try {
                        await withdraw({ variables: { consentId: c.id, on: today } });
                      } catch (e) {
                        setProblem(serverProblem(e).message);
                      }
                    }}
                  >
                    Withdraw<span className="visually-hidden"> consent for {c.partyName}</span>
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">No consents recorded. Record one before contacting a school or other professional.</p>
      )}
    </section>
  );
}

function Meetings(props: { meetings: MeetingItemFragment[]; writable: boolean }) {
  return (
    <section className="card" aria-labelledby="case-meetings">
      <h2 id="case-meetings">Meetings</h2>
      {props.meetings.length ? (
        <ul className="plain-list meeting-list">
          {props.meetings.map((m) => {
            const status = meetingStatusLabel[m.status];
            return (
              <li key={m.id} data-testid="meeting">
                <span className="cell-title">{m.kind}</span>{" "}
                <span className="tag" data-tone={status.tone}>
                  {status.label}
                </span>
                {m.shortNotice ? (
                  <>
                    {" "}
                    <span className="tag" data-tone="warn">
                      Short notice
                    </span>
                  </>
                ) : null}
                <span className="cell-sub">
                  {dateTime.format(new Date(m.scheduledAt))}
                  {m.followUpDueOn ? ` · follow-up review due ${formatDay(m.followUpDueOn)}` : ""}
                </span>
                {m.keyPoints ? (
                  <p className="timeline-summary">
                    <strong>Key points:</strong> {m.keyPoints}
                  </p>
                ) : null}
                {m.actions ? (
                  <p className="timeline-summary">
                    <strong>Actions:</strong> {m.actions}
                  </p>
                ) : null}
                {props.writable && m.status === "SCHEDULED" ? (
                  <details className="disclosure inline">
                    <summary>
                      Record what happened<span className="visually-hidden"> at {m.kind}</span>
                    </summary>
                    <div className="disclosure-body">
                      <MeetingOutcomeForm meetingId={m.id} />
                    </div>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">No meetings booked.</p>
      )}
    </section>
  );
}
