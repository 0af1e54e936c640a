import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { useCallback, useState } from "react";
import { IDEMPOTENCY_HEADER, newIdempotencyKey, RETRY_ATTEMPTS, retryDelayMs } from "./idempotency";

/** The API answered with GraphQL errors: each with its message and `extensions` (`code`, `field`). */
export class GraphQLResponseError extends Error {
  readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[];
  constructor(errors: readonly { message: string; extensions?: Record<string, unknown> }[]) {
    super(errors[0]?.message ?? "The server refused this.");
    this.name = "GraphQLResponseError";
    this.errors = errors;
  }
}

/**
 * One GraphQL request over HTTP, for the pages used without signing in (sign-in, the self-referral
 * form, the evaluation). They send one thing and show one answer, so they need no cache; leaving the
 * Apollo client out keeps their script small (decision 036). Throws `GraphQLResponseError` when the
 * API refuses, anything else when it cannot be reached; `serverProblems` reads both. A mutation
 * carries an idempotency key (decision 027) and is sent again with it when no answer came back, so
 * a family's referral is recorded once however often the network drops its answer.
 */
export async function requestGraphQL<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const mutation = document.definitions.some((d) => d.kind === "OperationDefinition" && d.operation === "mutation");
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
    ...(mutation ? { [IDEMPOTENCY_HEADER]: newIdempotencyKey() } : {}),
  };
  const payload = JSON.stringify({ query: print(document), variables });
  let response: Response | undefined;
  for (let attempt = 1; !response; attempt++) {
    try {
      response = await fetch("/graphql", { method: "POST", headers, body: payload });
      if (response.status >= 502 && response.status <= 504 && attempt < RETRY_ATTEMPTS) response = undefined;
    } catch (error) {
      if (attempt >= RETRY_ATTEMPTS) throw error;
    }
    if (!response) await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)));
  }
  let body: { data?: Result | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new Error(`The service answered ${response.status} without a GraphQL response.`);
  }
  if (body.errors?.length) throw new GraphQLResponseError(body.errors);
  if (!body.data) throw new Error("The service answered without data.");
  return body.data;
}

/** `requestGraphQL` for a form: `send` resolves with the data or throws as `requestGraphQL` does; `loading` while it runs. */
export function useGraphQLRequest<Result, Variables>(document: TypedDocumentNode<Result, Variables>) {
  const [loading, setLoading] = useState(false);
  const send = useCallback(
    async (variables: Variables) => {
      setLoading(true);
      try {
        return await requestGraphQL(document, variables);
      } finally {
        setLoading(false);
      }
    },
    [document],
  );
  return [send, { loading }] as const;
}
