import type { DocumentNode } from "graphql";
import { useApolloClient } from "@apollo/client/react";
import { useEffect } from "react";

/**
 * Request context for fetches no person asked for (polling): the API does not count them as
 * activity, so an unattended screen is still signed out after the idle timeout.
 */
export const BACKGROUND = { headers: { "x-sendiass-background": "1" } } as const;

/** How often, at most, the API hears that someone is using the screen. */
const PRESENCE_MS = 60_000;

/**
 * While someone is using the screen (pointer, keys, scrolling), tell the API at most once a minute,
 * so a manager reading or watching the live queue is not signed out mid-task by the idle timeout —
 * and one who walked away is. `ping` is any cheap query without variables (the shell passes `Me`).
 */
export function usePresence(ping: DocumentNode) {
  const client = useApolloClient();
  useEffect(() => {
    let lastInput = 0;
    let lastPing = Date.now();
    const mark = () => {
      lastInput = Date.now();
    };
    const events = ["pointerdown", "keydown", "wheel", "touchstart"] as const;
    for (const e of events) window.addEventListener(e, mark, { passive: true, capture: true });
    const timer = setInterval(() => {
      if (lastInput <= lastPing) return;
      lastPing = Date.now();
      client.query({ query: ping, fetchPolicy: "network-only" }).catch(() => {
        // An expired session is handled by the error link; anything else waits for the next minute.
      });
    }, PRESENCE_MS);
    return () => {
      clearInterval(timer);
      for (const e of events) window.removeEventListener(e, mark, { capture: true });
    };
  }, [client, ping]);
}
