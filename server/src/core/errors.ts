/**
 * Every code a client can see in `extensions.code`, one comment each saying when it is sent. The
 * names are part of the public API (SPEC §4). Services and rules throw `DomainError`s carrying one;
 * the transports add the codes of their own refusals (marked "transport"), and
 * `graphql/format-error.ts` writes every one into `extensions` on HTTP and WebSocket alike.
 */
export const ErrorCode = {
  /** No valid session: missing, unknown, expired or revoked token; or a wrong email or password at sign-in. */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** Signed in, but the role or the record's ownership does not allow this. */
  FORBIDDEN: "FORBIDDEN",
  /** Input failed validation; `extensions.field` names the offending field (or argument). */
  BAD_USER_INPUT: "BAD_USER_INPUT",
  /** The record does not exist in the caller's service (another service's records answer the same). */
  NOT_FOUND: "NOT_FOUND",
  /** The record changed state so the action no longer applies (e.g. already triaged, closed, acknowledged). */
  CONFLICT: "CONFLICT",
  /** Too many attempts (sign-in, public form, evaluation codes) within the window; retry later. */
  RATE_LIMITED: "RATE_LIMITED",
  /**
   * Consent the action needs was not given: consent to record the family's details (staff entry), or a
   * current granted consent for the third party a contact is logged with [001 Confidentiality].
   */
  CONSENT_REQUIRED: "CONSENT_REQUIRED",
  /** A professional referral whose referrer did not confirm the family's consent to share [001 Referrals]. */
  FAMILY_CONSENT_REQUIRED: "FAMILY_CONSENT_REQUIRED",
  /** Allocation refused: the staff member lacks the training (or the role's level ceiling) for the case's level. */
  NOT_QUALIFIED_FOR_LEVEL: "NOT_QUALIFIED_FOR_LEVEL",
  /** Allocation refused: no enhanced DBS check, or its renewal date has passed. */
  DBS_NOT_VALID: "DBS_NOT_VALID",
  /** Allocation refused: the confidentiality policy is not signed. */
  CONFIDENTIALITY_NOT_SIGNED: "CONFIDENTIALITY_NOT_SIGNED",
  /** Allocation refused: a declared conflict of interest with the family or the education setting. */
  CONFLICT_OF_INTEREST: "CONFLICT_OF_INTEREST",
  /** Allocation refused: no induction on record [001 Training]. */
  NO_INDUCTION: "NO_INDUCTION",
  /** Allocation refused: no safeguarding training on record, or it has expired [001 Training]. */
  SAFEGUARDING_TRAINING_EXPIRED: "SAFEGUARDING_TRAINING_EXPIRED",
  /** Allocation refused: a volunteer without IPSEA level 1 training [004 2.2E6]. */
  NO_IPSEA_LEVEL_1: "NO_IPSEA_LEVEL_1",
  /** Allocation refused: the enhanced DBS check has no children's barred-list check recorded [001 DBS] (decision 045). */
  BARRED_LIST_NOT_CHECKED: "BARRED_LIST_NOT_CHECKED",
  /**
   * Allocation refused: holding a case alone before being observed in casework [001 Training]; a
   * co-worker or shadow is not refused (decision 045).
   */
  NO_OBSERVATION: "NO_OBSERVATION",
  /** Allocation refused: the staff member's open caseload is at capacity. */
  AT_CAPACITY: "AT_CAPACITY",
  /** A claim on a pooled referral that someone else claimed first. */
  ALREADY_CLAIMED: "ALREADY_CLAIMED",
  /** Transport: the document is too deep, too wide, too long or too costly. */
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /** Transport (WebSocket): a query or mutation sent over the socket, which serves subscriptions only. */
  SUBSCRIPTIONS_ONLY: "SUBSCRIPTIONS_ONLY",
  /** Transport (WebSocket): one more subscription than a connection may hold at once. */
  TOO_MANY_SUBSCRIPTIONS: "TOO_MANY_SUBSCRIPTIONS",
  /** Transport (WebSocket): an operation started on a connection being closed because its client stopped reading. */
  CONNECTION_CLOSING: "CONNECTION_CLOSING",
  /** Transport (HTTP): the body is larger than the server reads. */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  /** Transport (HTTP): the body is not valid JSON, or the request is not a GraphQL request (Apollo). */
  BAD_REQUEST: "BAD_REQUEST",
  /** Transport: the document does not parse (graphql-js, through Apollo). */
  GRAPHQL_PARSE_FAILED: "GRAPHQL_PARSE_FAILED",
  /** Transport: the document is not valid against the schema, or a variable cannot be coerced (graphql-js). */
  GRAPHQL_VALIDATION_FAILED: "GRAPHQL_VALIDATION_FAILED",
  /** Transport: a persisted query hash Apollo does not know, or persisted queries are off (Apollo). */
  PERSISTED_QUERY_NOT_FOUND: "PERSISTED_QUERY_NOT_FOUND",
  /** Transport: persisted queries are not supported (Apollo). */
  PERSISTED_QUERY_NOT_SUPPORTED: "PERSISTED_QUERY_NOT_SUPPORTED",
  /** Transport: the operation name matches no operation of the document (Apollo). */
  OPERATION_RESOLUTION_FAILURE: "OPERATION_RESOLUTION_FAILURE",
  /** Anything unexpected: masked, with a correlation id; the server log has the detail. */
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
  /**
   * The database could not be reached or went away during the request (a restart, a lost connection):
   * try again in a moment. With an Idempotency-Key a retried change is never made twice (decision 027).
   */
  DATABASE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
  // ---- Casework rules (issue 20) ----
  /** Closing as OUTCOME_ACHIEVED refused: no allocation was picked up and no work is recorded on the case. */
  NO_WORK_RECORDED: "NO_WORK_RECORDED",
  /** Reopening refused: the case closed longer ago than the service's reopen window; make a new referral. */
  REOPEN_WINDOW_PASSED: "REOPEN_WINDOW_PASSED",
  /** Reopening refused: the family's personal data was erased, so there is no record to reopen. */
  CASE_ERASED: "CASE_ERASED",
  /** A co-worker or shadow refused: joint working is for level-4 cases [004 2.2B3]. */
  JOINT_WORKING_LEVEL_4_ONLY: "JOINT_WORKING_LEVEL_4_ONLY",
  /** A mental-capacity assessment refused: the child is under 16, so the parent or carer decides anyway [003]. */
  CAPACITY_NOT_APPLICABLE: "CAPACITY_NOT_APPLICABLE",
  // ---- Casework part 3 (issue 20, decision 042) ----
  /** A conduct review or letter refused: the incident was already reviewed (review), or is not upheld (letter). */
  CONDUCT_NOT_AWAITING: "CONDUCT_NOT_AWAITING",
  /** Monitoring text refused: it looks like personal data (a name, email, phone number or postcode) and must be anonymised [001]. */
  PERSONAL_DATA_IN_ANONYMOUS_TEXT: "PERSONAL_DATA_IN_ANONYMOUS_TEXT",
  /** A session's attendance refused: more people linked as attending than the number attending. */
  ATTENDANCE_EXCEEDS_COUNT: "ATTENDANCE_EXCEEDS_COUNT",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A refusal the client is meant to see: a code, a message in plain words, for input the field
 * (its path, e.g. "input.child.dateOfBirth"), and anything else the client may use (`extra`, e.g.
 * every blocking reason of a refused allocation). Knows nothing of any transport.
 */
export class DomainError extends Error {
  override readonly name = "DomainError";
  readonly field: string | undefined;
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    opts: { field?: string; extra?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.field = opts.field;
    this.extra = opts.extra ?? {};
  }
}

export const unauthenticated = () => new DomainError(ErrorCode.UNAUTHENTICATED, "You need to sign in.");
export const forbidden = (message = "You do not have access to this.") => new DomainError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string, field?: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} not found.`, { field });
export const badInput = (field: string, message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });
export const conflict = (message: string) => new DomainError(ErrorCode.CONFLICT, message);
