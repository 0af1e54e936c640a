import { CloseCode } from "graphql-ws";

/**
 * Every code this server closes a WebSocket with, and its reason. A refused connection (no valid
 * token in `connectionParams.authToken`) is closed by graphql-ws itself with 4403 Forbidden.
 */
export const WsClose = {
  /**
   * The session ended: logout, idle or absolute expiry, revocation, the staff member deactivated.
   * graphql-ws's own 4401 Unauthorized, which its clients treat as fatal: sign in again.
   */
  SessionEnded: { code: CloseCode.Unauthorized, reason: "Session ended" },
  /**
   * The client stopped reading: 1013 "Try Again Later", registered for a server that is "casting off
   * some of its clients". graphql-ws clients retry it by default (it is not among their fatal codes),
   * and so does the dashboard, which then refetches what it missed. A 4xxx code would sit among
   * graphql-ws's own (4400–4504), several of which its clients treat as fatal (decision 007).
   */
  TooSlow: { code: 1013, reason: "Too slow reading events; reconnect" },
  /** The server is shutting down: 1001 "Going Away"; clients reconnect to another instance or later. */
  ShuttingDown: { code: 1001, reason: "Server shutting down" },
  /**
   * The resync signal (decision 026): this instance's LISTEN connection to PostgreSQL was lost and is
   * back, so events committed meanwhile never reached its subscriptions. Every socket of the instance
   * is closed with 1012 "Service Restart" (the instance's event feed restarted); graphql-ws clients
   * retry it by default, and the dashboard refetches every query it shows on reconnecting. Sent only
   * once the feed listens again, so the subscriptions a client opens again miss nothing after it.
   */
  Resync: { code: 1012, reason: "Events may have been missed; reconnect and refetch" },
} as const;
