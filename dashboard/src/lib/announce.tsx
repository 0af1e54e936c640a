import { useSyncExternalStore } from "react";

/*
 * One polite live region for the signed-in screens, rendered once by the shell. A region that
 * exists before its text changes is announced reliably; one mounted together with its text often
 * is not. `announce` can be called from anywhere (a mutation's result, a subscription).
 */
let message = { text: "", at: 0 };
const listeners = new Set<() => void>();

export function announce(text: string): void {
  // Clearing first makes a repeated message ("Saved") announce again.
  message = { text: "", at: Date.now() };
  for (const listener of listeners) listener();
  setTimeout(() => {
    message = { text, at: Date.now() };
    for (const listener of listeners) listener();
  }, 50);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function LiveAnnouncer() {
  const current = useSyncExternalStore(
    subscribe,
    () => message,
    () => message,
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {current.text}
    </div>
  );
}
