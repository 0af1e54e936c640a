import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import type { PubSub } from "type-graphql";
import { authChecker } from "../auth/auth-checker.js";
import { resolvers } from "./resolvers.js";

/** Build the executable schema. `pubSub` may be omitted when only printing the SDL. */
export function buildAppSchema(pubSub?: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    pubSub: pubSub ?? { publish: () => {}, subscribe: () => { throw new Error("no pubSub"); } },
    validate: false,
  });
}
