import { useConnectionState, type ConnectionState } from "../../lib/connection";

const labels: Record<ConnectionState, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
  offline: "Offline",
};

const descriptions: Record<ConnectionState, string> = {
  connecting: "Connecting to live updates",
  live: "Live updates are on",
  reconnecting: "Live updates paused; reconnecting. The screen will catch up when back.",
  offline: "You are offline. The screen will catch up when the connection returns.",
};

export function ConnectionIndicator() {
  const state = useConnectionState();
  return (
    <span className="connection" data-state={state} data-testid="connection-state" title={descriptions[state]}>
      <span className="connection-dot" aria-hidden="true" />
      <span>{labels[state]}</span>
      <span className="visually-hidden">: {descriptions[state]}</span>
    </span>
  );
}

/** A quiet strip under the navigation while live updates are paused; also the screen-reader announcement. */
export function ConnectionBanner() {
  const state = useConnectionState();
  const paused = state === "reconnecting" || state === "offline";
  return (
    <div role="status" className={paused ? "connection-banner" : "visually-hidden"}>
      {paused ? descriptions[state] : ""}
    </div>
  );
}
