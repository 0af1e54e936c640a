import { useSyncExternalStore } from "react";

/**
 * Live-connection state shown in the header. `live`: the subscription socket is acknowledged;
 * `reconnecting`: it dropped and the client is retrying; `offline`: the browser reports no network.
 */
export type ConnectionState = "connecting" | "live" | "reconnecting" | "offline";

let state: ConnectionState = "connecting";
const listeners = new Set<() => void>();

export function setConnectionState(next: ConnectionState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

export function getConnectionState(): ConnectionState {
  if (typeof navigator !== "undefined" && navigator.onLine === false) return "offline";
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribe, getConnectionState, getConnectionState);
}
