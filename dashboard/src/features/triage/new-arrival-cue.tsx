import { useEffect } from "react";
import { Button } from "../../ui/button";

export type Arrival = { id: string; name: string; reference: string; priority: number };

/**
 * A calm note, fixed at the foot of the screen, for referrals that arrived out of sight (below the
 * fold, or hidden by the search): who, how urgent, and a button that goes to it. A referral counts
 * as seen once its row has been on screen, so one arriving at the top never raises the note. The
 * arrival itself is announced once, politely, by the queue.
 */
export function NewArrivalCue(props: {
  arrivals: Arrival[];
  /** The referrals the list shows now (after filters and the search). */
  listed: ReadonlySet<string>;
  onShow: (id: string) => void;
  onDismiss: () => void;
  onSeen: (id: string) => void;
}) {
  const { arrivals, onSeen } = props;

  useEffect(() => {
    if (!arrivals.length) return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const id = (e.target as HTMLElement).dataset.id;
          if (e.isIntersecting && id) onSeen(id);
        }
      },
      // The cue itself covers the foot of the screen: a row hidden behind it is not seen yet.
      { rootMargin: "0px 0px -96px 0px", threshold: 0.6 },
    );
    for (const a of arrivals) {
      const row = document.querySelector(`[data-testid="queue-row"][data-id="${CSS.escape(a.id)}"]`);
      if (row) observer.observe(row);
    }
    return () => observer.disconnect();
  }, [arrivals, onSeen]);

  const latest = arrivals[0];
  if (!latest) return null;
  const hidden = !props.listed.has(latest.id);
  return (
    <div className="arrival-cue" data-testid="new-arrival-cue">
      <span className="arrival-dot" aria-hidden="true" />
      <p>
        {arrivals.length === 1 ? "New referral" : `${arrivals.length} new referrals; the latest`}: <strong>{latest.name}</strong>, priority{" "}
        {latest.priority}
        {hidden ? <span className="muted"> (not in this list)</span> : null}
      </p>
      <Button onClick={() => props.onShow(latest.id)}>
        {hidden ? "Open it" : "Show it"}
        <span className="visually-hidden"> — {latest.name}</span>
      </Button>
      <Button variant="quiet" onClick={props.onDismiss}>
        Dismiss
      </Button>
    </div>
  );
}
