import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { GraphQLResponseError } from "./graphql-request";

/** One refusal: `extensions.code` (or `NETWORK` when the server was not reached), its message, and the input field it names. */
export type ServerProblem = { code: string | null; message: string; field: string | null };

const NETWORK: ServerProblem = {
  code: "NETWORK",
  field: null,
  message: "We could not reach the service. Check the connection and try again.",
};

/**
 * Every GraphQL error's `extensions.code`, message and field (without the `input.` prefix), or one
 * network problem. Never empty. Screens map codes to plain words; the server's own message is the fallback.
 */
export function serverProblems(error: unknown): ServerProblem[] {
  if (!CombinedGraphQLErrors.is(error) && !(error instanceof GraphQLResponseError)) return [NETWORK];
  const problems = error.errors.map((e) => ({
    code: typeof e.extensions?.code === "string" ? e.extensions.code : null,
    field: typeof e.extensions?.field === "string" ? e.extensions.field.replace(/^input\./, "") : null,
    message: e.message,
  }));
  return problems.length ? problems : [{ code: null, field: null, message: "The server refused this." }];
}

/** The first of `serverProblems`: what a button that is not a form shows when it is refused. */
export function serverProblem(error: unknown): ServerProblem {
  return serverProblems(error)[0] ?? NETWORK;
}
