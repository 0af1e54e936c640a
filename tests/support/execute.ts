import { randomUUID } from "node:crypto";
import { execute, parse } from "graphql";
import { countStatements, findViewerByToken, type Context } from "server";
import type { TestServer } from "./server.js";
import { operationText, type GqlResult, type Operation, type VariablesArg } from "./operation.js";

/**
 * Execute one operation in-process against the real schema and database, counting the SQL
 * statements the execution runs (the session lookup that precedes it on HTTP is not counted).
 */
export async function executeCounted<TResult, TVariables>(
  server: TestServer,
  token: string,
  document: Operation<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
) {
  const deps = server.app.deps;
  const viewer = await findViewerByToken({ db: deps.db, token, policy: deps.sessionPolicy, now: deps.now() });
  const contextValue: Context = { ...deps, viewer, correlationId: randomUUID(), clientAddress: "test", transport: "http" };
  const { result, count, log } = await countStatements(async () =>
    execute({
      schema: server.app.schema,
      document: parse(operationText(document)),
      variableValues: variables as Record<string, unknown> | undefined,
      contextValue,
    }),
  );
  return { result: result as GqlResult<TResult>, count, log };
}
