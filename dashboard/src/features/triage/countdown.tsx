import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { useNow } from "../../ui/use-now";
import { dateTime } from "../../ui/format";

export const ResponseCountdownFragment = graphql(`
  fragment ResponseCountdown on Referral {
    responseTargetAt
    responseDeadlineAt
    firstRespondedAt
  }
`);

function span(ms: number, compact = false): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return compact ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

/**
 * Time left to the response target: amber within 4 hours of it or past it, red past the maximum.
 * `compact` (a dense list) keeps the target and maximum for screen readers only.
 */
export function ResponseCountdown(props: { referral: FragmentType<typeof ResponseCountdownFragment>; compact?: boolean }) {
  const r = getFragmentData(ResponseCountdownFragment, props.referral);
  const now = useNow();
  if (r.firstRespondedAt) {
    return (
      <span className="countdown" data-tone="ok" data-testid="countdown" data-state="stopped">
        Responded {dateTime.format(new Date(r.firstRespondedAt))}
      </span>
    );
  }
  const target = Date.parse(r.responseTargetAt);
  const deadline = Date.parse(r.responseDeadlineAt);
  const toTarget = target - now;
  const toDeadline = deadline - now;
  let tone: "ok" | "warn" | "danger";
  let text: string;
  if (toDeadline <= 0) {
    tone = "danger";
    text = `Maximum passed ${span(toDeadline, props.compact)} ago`;
  } else if (toTarget <= 0) {
    tone = "warn";
    text = `Target passed ${span(toTarget, props.compact)} ago`;
  } else if (toTarget < 4 * 3_600_000) {
    tone = "warn";
    text = `${span(toTarget, props.compact)} to target`;
  } else {
    tone = "ok";
    text = `${span(toTarget, props.compact)} to target`;
  }
  return (
    <span>
      <span className="countdown" data-tone={tone} data-testid="countdown" data-state="running">
        {tone !== "ok" ? <span aria-hidden="true">{tone === "danger" ? "● " : "▲ "}</span> : null}
        {text}
      </span>
      {props.compact ? (
        <span className="visually-hidden">
          . Target {dateTime.format(new Date(target))}, maximum {dateTime.format(new Date(deadline))}
        </span>
      ) : (
        <span className="countdown-detail muted">
          Target {dateTime.format(new Date(target))}
          <br />
          Maximum {dateTime.format(new Date(deadline))}
        </span>
      )}
    </span>
  );
}
