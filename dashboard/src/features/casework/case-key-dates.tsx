import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { formatDay, todayLocal } from "../../ui/format";
import { keyDateKindLabels } from "../../gql/labels";

export const CaseKeyDatesFragment = graphql(`
  fragment CaseKeyDates on Case {
    referral {
      id
      keyDates {
        id
        kind
        on
        rule
        notes
        supersededById
      }
    }
    meetings {
      id
      kind
      scheduledAt
      status
      followUpDueOn
    }
    consents {
      id
      current
      reviewOn
      partyName
    }
  }
`);

/** Every date the case faces, in order: the family's key dates, meetings, follow-ups and consent reviews. */
export function KeyDates(props: { kase: FragmentType<typeof CaseKeyDatesFragment> }) {
  const k = getFragmentData(CaseKeyDatesFragment, props.kase);
  const dates = [...k.referral.keyDates].sort((a, b) => a.on.localeCompare(b.on));
  const upcomingMeetings = k.meetings.filter((m) => m.status === "SCHEDULED");
  const followUps = k.meetings.filter((m) => m.followUpDueOn);
  const reviews = k.consents.filter((c) => c.current);
  const today = todayLocal();
  const rows = [
    ...dates.map((d) => ({
      key: `k-${d.id}`,
      on: d.on,
      text: keyDateKindLabels[d.kind],
      sub: d.rule ?? d.notes,
      superseded: d.supersededById !== null,
    })),
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
            <li
              key={row.key}
              className={row.on < today || ("superseded" in row && row.superseded) ? "muted" : undefined}
              data-testid="key-date"
            >
              {"superseded" in row && row.superseded ? (
                <>
                  <del>
                    <strong>{formatDay(row.on)}</strong> {row.text}
                  </del>{" "}
                  <span className="tag" data-tone="neutral">
                    Superseded
                  </span>
                </>
              ) : (
                <>
                  <strong>{formatDay(row.on)}</strong> {row.text}
                </>
              )}
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
