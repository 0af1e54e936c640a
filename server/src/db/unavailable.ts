/*
 * Whether an error means the database could not be reached, or went away during the request: a
 * PostgreSQL restart, a terminated connection, a server still starting up or out of connection
 * slots. Such a request is answered DATABASE_UNAVAILABLE ("try again in a moment"), not as a fault of
 * ours, and an idempotent answer is not kept for it (a retry runs afresh). The one home of that list.
 */

/** SQLSTATEs: connection exceptions (class 08), shutdowns and start-up (57P01–57P03), no connection slots. */
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
/** postgres.js's own connection errors, and the sockets' (Node.js). */
const CONNECTION_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  // drizzle wraps the driver's error ("Failed query: …") in `cause`; follow a few levels.
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (SQLSTATES.has(code) || code.startsWith("08") || CONNECTION_CODES.has(code))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
