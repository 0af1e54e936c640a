import type { TypedDocumentString } from "./gql/graphql.js";

/**
 * A checked operation: what `graphql(\`…\`)` from support/gql returns. Codegen checks its text
 * against schema/schema.graphql and types its result and variables (`pnpm --filter tests typecheck`).
 */
export type Operation<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

/** The variables after an operation: optional only when the operation needs none. */
export type VariablesArg<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** The variables, then the session token, after an operation sent over HTTP. */
export type OperationArgs<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables, token?: string] : [variables: TVariables, token?: string];

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; [k: string]: unknown };
  path?: unknown[];
}

export interface GqlResult<T> {
  /**
   * Typed as present: a test reads it after checking `errors`, and a read of a refused operation's
   * data fails there, as it should.
   */
  data: T;
  errors?: GqlError[];
}

/** The answer to an unchecked document: nothing is known about its data. */
export interface UncheckedResult {
  data?: any;
  errors?: GqlError[];
}

/** The text sent on the wire: codegen's print of the document, with the fragments it spreads. */
export function operationText<TResult, TVariables>(document: Operation<TResult, TVariables>): string {
  // graphql() answers {} for a document codegen has not seen: say so instead of sending "[object Object]".
  if (!(document instanceof String)) throw new Error("Unknown document: run `pnpm --filter tests codegen` (or typecheck)");
  return document.toString();
}
