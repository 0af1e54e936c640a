import { useConnectionState, type ConnectionState } from "../../app/connection";

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
    <span className="connection" data-state={state} data-testid="connection-state" role="status"
      title={descriptions[state]}>
      <span className="connection-dot" aria-hidden="true" />
      <span>{labels[state]}</span>
      <span className="visually-hidden">: {descriptions[state]}</span>
    </span>
  );
}
