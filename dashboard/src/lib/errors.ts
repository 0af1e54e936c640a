import { CombinedGraphQLErrors } from "@apollo/client";

export type ServerProblem = { code: string | null; message: string; field: string | null };

/**
 * The first GraphQL error's `extensions.code`, message and field, or a network problem.
 * Screens map codes to plain words; the server's own message is the fallback.
 */
export function serverProblem(error: unknown): ServerProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === "string" ? first.extensions.code : null;
    const field = typeof first?.extensions?.field === "string" ? first.extensions.field.replace(/^input\./, "") : null;
    return { code, field, message: first?.message ?? "The server refused this." };
  }
  return { code: "NETWORK", field: null, message: "We could not reach the service. Check the connection and try again." };
}
