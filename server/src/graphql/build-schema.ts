import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { assertValidSchema, type GraphQLSchema } from "graphql";
import type { PubSub } from "type-graphql";
import { authChecker } from "../auth/auth-checker.js";
import { resolvers } from "./resolvers.js";

/**
 * Build the executable schema. `pubSub` may be omitted when only printing the SDL.
 * type-graphql's own check runs the whole introspection query against the new schema (~0.2–0.45 s
 * of an embedded start, the largest single step after PGlite). graphql-js's `assertValidSchema`
 * checks the type system's rules (names, interfaces, arguments) in a few milliseconds, and CI prints
 * the schema (`check:schema`), which serialises every type and default value as introspection would.
 */
export async function buildAppSchema(pubSub?: PubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    pubSub: pubSub ?? {
      publish: () => {},
      subscribe: () => {
        throw new Error("no pubSub");
      },
    },
    validate: false,
    skipCheck: true,
  });
  assertValidSchema(schema);
  return schema;
}
