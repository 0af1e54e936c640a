import { GraphQLError } from "graphql";

/**
 * Every code a client can see in `extensions.code`. The names are part of the public API (SPEC §4).
 */
export const ErrorCode = {
  /** No valid session: missing, unknown, expired or revoked token. */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** Signed in, but the role or the record's ownership does not allow this. */
  FORBIDDEN: "FORBIDDEN",
  /** Input failed validation; `extensions.field` names the offending field. */
  BAD_USER_INPUT: "BAD_USER_INPUT",
  /** The record does not exist in the caller's service (also used for another service's records). */
  NOT_FOUND: "NOT_FOUND",
  /** The record changed state so the action no longer applies (e.g. already triaged, closed). */
  CONFLICT: "CONFLICT",
  /** Too many attempts (sign-in, public form); retry later. */
  RATE_LIMITED: "RATE_LIMITED",
  /** Contact with a third party without a current granted consent for that party. */
  CONSENT_REQUIRED: "CONSENT_REQUIRED",
  /** Professional referral without the family's consent to share. */
  FAMILY_CONSENT_REQUIRED: "FAMILY_CONSENT_REQUIRED",
  /** Staff member lacks the training (or role ceiling) for the case's level. */
  NOT_QUALIFIED_FOR_LEVEL: "NOT_QUALIFIED_FOR_LEVEL",
  /** No valid enhanced DBS check. */
  DBS_NOT_VALID: "DBS_NOT_VALID",
  /** Confidentiality policy not signed. */
  CONFIDENTIALITY_NOT_SIGNED: "CONFIDENTIALITY_NOT_SIGNED",
  /** Declared conflict of interest with the family or the education setting. */
  CONFLICT_OF_INTEREST: "CONFLICT_OF_INTEREST",
  /** Staff member's open caseload is at capacity. */
  AT_CAPACITY: "AT_CAPACITY",
  /** Someone else claimed the pooled referral first. */
  ALREADY_CLAIMED: "ALREADY_CLAIMED",
  /** The document is too deep, too wide, too long or too costly. */
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /** Anything unexpected: masked, with a correlation id; the server log has the detail. */
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A refusal the client is meant to see: message, code and (for input) the field. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: { field?: string; [k: string]: unknown } = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, "You need to sign in.");
export const forbidden = (message = "You do not have access to this.") => new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found.`);
export const badInput = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);
