import { setShortcutsOn, useShortcutsOn } from "../../lib/shortcuts";

/** The queue's keyboard shortcuts, listed where they are used, with the switch to turn them off. */
export const QUEUE_SHORTCUTS: [keys: string[], what: string][] = [
  [["j", "↓"], "Next referral"],
  [["k", "↑"], "Previous referral"],
  [["Enter"], "Open the referral"],
  [["/"], "Search"],
  [["n"], "Go to the newest arrival"],
  [["?"], "Show or hide this list"],
];

export function QueueShortcuts(props: { open: boolean; onToggle: (open: boolean) => void }) {
  const on = useShortcutsOn();
  return (
    <details
      className="shortcuts"
      open={props.open}
      onToggle={(e) => {
        if (e.currentTarget.open !== props.open) props.onToggle(e.currentTarget.open);
      }}
    >
      <summary>
        Keyboard shortcuts{on ? "" : " (off)"}
        {on ? (
          <span className="shortcuts-inline" aria-hidden="true">
            <kbd>j</kbd> <kbd>k</kbd> move · <kbd>/</kbd> search · <kbd>?</kbd> more
          </span>
        ) : null}
      </summary>
      <div className="shortcuts-body">
        <dl>
          {QUEUE_SHORTCUTS.map(([keys, what]) => (
            <div key={what}>
              <dt>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i ? " or " : ""}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p className="hint">They never act while you are typing in a box. ↑ and ↓ work once you are in the list.</p>
        <div className="choice">
          <input id="shortcuts-on" type="checkbox" checked={on} onChange={(e) => setShortcutsOn(e.currentTarget.checked)} />
          <label htmlFor="shortcuts-on">Use single-key shortcuts</label>
        </div>
      </div>
    </details>
  );
}
