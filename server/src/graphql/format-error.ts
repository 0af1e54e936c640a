import { randomUUID } from "node:crypto";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { DomainError, ErrorCode } from "../core/errors.js";
import { currentRequestId, type Log } from "../log/logger.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";

/** Codes produced by graphql-js / Apollo for a malformed request: safe to show as they are. */
const REQUEST_CODES = new Set<string>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_REQUEST,
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
]);
const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), ...REQUEST_CODES]);

// Field suggestions ("Did you mean …?") would map the schema for an attacker.
const stripSuggestions = (message: string) => message.replace(/\s*Did you mean[^?]*\?/g, "");

/**
 * graphql-js reports a variable that fails coercion (unknown enum value, bad scalar) as
 * `Variable "$input" got invalid value … at "input.channel"; …`: name that path as the field.
 */
function variableField(message: string): string | undefined {
  const m = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/s.exec(message) ?? /^Variable "\$(\w+)"/.exec(message);
  return m ? (m[2] ?? m[1]) : undefined;
}

/** What a request is told when the database could not be reached or went away while it ran. */
export const DATABASE_UNAVAILABLE_MESSAGE = "The database could not be reached just now. Try again in a moment.";

/** What a document the parser could not finish reading (too deeply nested) is told. */
export const DOCUMENT_UNREADABLE = "The document is nested too deeply to read.";

/** Whether a parse failure is graphql-js's own syntax error all the way down, not a JS error it wrapped. */
function isSyntaxError(error: unknown): boolean {
  for (let e = error, i = 0; e && i < 5; i++) {
    if (!(e instanceof GraphQLError)) return false;
    if (!e.originalError || e.originalError === e) return true;
    e = e.originalError;
  }
  return true;
}

/** graphql-js's messages for a variable value that does not fit its type. */
const VARIABLE_VALUE = /^Variable "\$\w+" (got invalid value|of required type|of non-null type)/;

export type { Log } from "../log/logger.js";

/**
 * One error policy for both transports: a `DomainError` (a refusal a service or rule meant the client
 * to see) becomes its code, field and extras in `extensions`; the transports' own refusals pass with
 * their code; anything else becomes a generic message with a correlation id, and the full error goes
 * to the server log.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, log: Log): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { ...original.extra, code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = (formatted.extensions?.code ?? (original instanceof GraphQLError ? original.extensions?.code : undefined)) as
    string | undefined;
  const isGraphqlLevel = original instanceof GraphQLError;
  // The parser gave up on something other than the grammar — a literal nested so deep the call stack
  // ran out (RangeError): still the caller's document at fault, but its message is an internal.
  if (code === ErrorCode.GRAPHQL_PARSE_FAILED && !isSyntaxError(error)) {
    return { message: DOCUMENT_UNREADABLE, extensions: { code } };
  }
  if (code && KNOWN_CODES.has(code) && (isGraphqlLevel || REQUEST_CODES.has(code))) {
    const { stacktrace: _s, exception: _e, http: _h, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const field = extensions.field ?? (code === ErrorCode.BAD_USER_INPUT ? variableField(formatted.message) : undefined);
    return {
      ...formatted,
      message: stripSuggestions(formatted.message),
      extensions: { ...extensions, code, ...(field ? { field } : {}) },
    };
  }
  // Variable coercion and syntax errors from graphql-js carry no code but are the caller's fault. A
  // variable's value is bad input (as Apollo names it over HTTP), named by its path; the rest, a
  // document the schema refuses.
  if (isGraphqlLevel && !code) {
    const variable = VARIABLE_VALUE.test(formatted.message) ? variableField(formatted.message) : undefined;
    if (variable || !(original as GraphQLError).originalError) {
      return {
        message: stripSuggestions(formatted.message),
        locations: formatted.locations,
        extensions: variable ? { code: ErrorCode.BAD_USER_INPUT, field: variable } : { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
      };
    }
  }
  // The request's id when there is one, so the reference a user reads out finds every line of the request.
  const correlationId = currentRequestId() ?? randomUUID();
  if (isDatabaseUnavailable(original)) {
    log(`database unavailable ${correlationId}`, original);
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, correlationId },
    };
  }
  log(`unexpected error ${correlationId}`, original);
  return {
    message: `Something went wrong on our side. Reference: ${correlationId}`,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
  };
}
