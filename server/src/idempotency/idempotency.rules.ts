/** How long a key and its answer are kept: a retry after a lost answer comes within seconds; a day covers a laptop asleep overnight. */
export const IDEMPOTENCY_KEY_RETENTION_MS = 24 * 60 * 60_000;

/** A key the client made up: 16 to 128 letters, digits, `-` or `_` (a UUID qualifies); at least 96 bits when random. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * Mutations whose answer must not be kept, so a key sent with them is ignored (they run as without
 * one): `login` answers a session token (stored only hashed, decision 003); `closeCase` answers the
 * family's evaluation code and `submitEvaluation` takes it, and evaluations must stay unlinkable to
 * the case (decision 005); `logout` changes nothing a retry could double. Each is refused or harmless
 * when repeated: a case closes once, a code works once.
 */
export const NOT_KEPT_MUTATIONS: ReadonlySet<string> = new Set(["login", "logout", "closeCase", "submitEvaluation"]);

/** Whether a key must be kept for a mutation selecting these root fields. */
export const keepsAnswer = (rootFields: readonly string[]) => rootFields.length > 0 && rootFields.every((f) => !NOT_KEPT_MUTATIONS.has(f));
