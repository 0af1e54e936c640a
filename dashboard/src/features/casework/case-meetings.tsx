import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { dateTime, formatDay } from "../../ui/format";
import type { MeetingStatus } from "../../gql/graphql";
import { meetingStatusLabels } from "../../gql/labels";
import { MeetingOutcomeForm } from "./meeting-forms";

export const MeetingItemFragment = graphql(`
  fragment MeetingItem on Meeting {
    id
    kind
    scheduledAt
    shortNotice
    status
    keyPoints
    actions
    followUpDueOn
  }
`);

const statusTone: Record<MeetingStatus, "ok" | "danger" | "neutral"> = {
  SCHEDULED: "neutral",
  ATTENDED: "ok",
  CANCELLED: "neutral",
  MISSED_WITHOUT_NOTICE: "danger",
  FAMILY_ATTENDED_ALONE: "neutral",
};

export function Meetings(props: { meetings: FragmentType<typeof MeetingItemFragment>[]; writable: boolean }) {
  const meetings = getFragmentData(MeetingItemFragment, props.meetings);
  return (
    <section className="card" aria-labelledby="case-meetings">
      <h2 id="case-meetings">Meetings</h2>
      {meetings.length ? (
        <ul className="plain-list meeting-list">
          {meetings.map((m) => {
            return (
              <li key={m.id} data-testid="meeting">
                <span className="cell-title">{m.kind}</span>{" "}
                <span className="tag" data-tone={statusTone[m.status]}>
                  {meetingStatusLabels[m.status]}
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
