import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../core/errors.js";
import { unsafeTextError, unsafeTextIn } from "../graphql/unsafe-text.js";

/** Refusals Apollo answers with 200 by default (for the persisted-query protocol), sent as 400 here: the dashboard does not use it. */
const PERSISTED_QUERY_CODES = new Set<unknown>([ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED, ErrorCode.PERSISTED_QUERY_NOT_FOUND]);

/**
 * The HTTP side of the one input guard (decision 025): after Apollo parses and validates a document,
 * every string in it and in the variables is checked by `unsafeTextIn` (the WebSocket calls the same
 * function in `ws.ts`); the first unstorable one is refused with BAD_USER_INPUT naming the field, 400.
 */
export function inputGuardPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operation }) {
          // A subscription over POST would run its resolver with no event behind it (an internal error).
          if (operation?.operation === "subscription") {
            throw new GraphQLError("Subscriptions are served over the WebSocket (graphql-ws) at this path.", {
              extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } },
            });
          }
          const field = unsafeTextIn(document, request.variables);
          if (field !== null) throw unsafeTextError(field);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors;
          if (errors?.some((e) => PERSISTED_QUERY_CODES.has(e.extensions?.code))) response.http.status = 400;
        },
      };
    },
  };
}
