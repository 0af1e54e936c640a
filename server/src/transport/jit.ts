import {
  execute,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import type { CompiledQuery } from "graphql-jit";
import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";

type Gateway = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type GatewayRequest = Parameters<NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>>[0];

interface Entry {
  seen: number;
  /** The compiled query; null when graphql-jit could not compile it (graphql-js executes it then). */
  compiled?: CompiledQuery | null;
}

/**
 * Query execution compiled by graphql-jit (decision 014), plugged into Apollo Server through its
 * gateway interface, the one place Apollo lets something else execute a document it has parsed and
 * validated. graphql-js resolves each field through generic code that builds an `info` object and
 * an arguments object for every field of every row (a 25-row queue page: ~1,200 fields, ~1 MB of
 * garbage a request); a compiled query is plain JavaScript for that document, calling our resolvers
 * where there are any and reading properties where there are not.
 *
 * What stays with graphql-js: mutations (they write; their answers are small), introspection, a
 * document's first executions (`compileAfter`, env GRAPHQL_COMPILE_AFTER: a one-off document is never
 * compiled), and any document graphql-jit cannot compile.
 * Variables are coerced by graphql-js first, so a bad variable is refused with graphql-js's own
 * error, which Apollo turns into BAD_USER_INPUT exactly as before.
 */
export function jitGateway(schema: GraphQLSchema, opts: { compileAfter: number }): Gateway & { stats(): JitStats } {
  const { compileAfter } = opts;
  const byDocument = new WeakMap<DocumentNode, Map<string, Entry>>();
  const stats: JitStats = { compiled: 0, jitExecutions: 0, jsExecutions: 0, notCompilable: 0 };

  const entryFor = (document: DocumentNode, operationName: string | undefined) => {
    let entries = byDocument.get(document);
    if (!entries) byDocument.set(document, (entries = new Map()));
    let entry = entries.get(operationName ?? "");
    if (!entry) entries.set(operationName ?? "", (entry = { seen: 0 }));
    return entry;
  };

  // graphql-jit (and what it brings) is loaded when the first document is compiled, not at start-up:
  // importing it costs ~0.2 s, a tenth of the embedded start's budget.
  let jit: typeof import("graphql-jit") | undefined;
  const compiledFor = async (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | undefined) => {
    if (compileAfter === 0 || operation.operation !== "query" || mayIntrospect(operation)) return null;
    const entry = entryFor(document, operationName);
    if (entry.compiled !== undefined) return entry.compiled;
    if (++entry.seen < compileAfter) return null;
    jit ??= await import("graphql-jit");
    if (entry.compiled !== undefined) return entry.compiled;
    const compiled = jit.compileQuery(schema, document, operationName);
    if (jit.isCompiledQuery(compiled)) {
      stats.compiled++;
      entry.compiled = compiled;
    } else {
      stats.notCompilable++;
      entry.compiled = null;
    }
    return entry.compiled;
  };

  const executor = async (rc: GatewayRequest): Promise<ExecutionResult> => {
    const { document, request } = rc;
    const operationName = request.operationName ?? undefined;
    const contextValue = rc.context;
    const operation = rc.operation ?? getOperationAST(document, operationName);
    const compiled = operation ? await compiledFor(document, operation, operationName) : null;
    if (!compiled || !operation) {
      stats.jsExecutions++;
      return execute({ schema, document, operationName, variableValues: request.variables, contextValue });
    }
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 50 });
    if (variables.errors) return { errors: variables.errors };
    stats.jitExecutions++;
    const result = await (compiled.query(undefined, contextValue, request.variables ?? {}) as ExecutionResult | Promise<ExecutionResult>);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      // Apollo validates documents against this schema; coreSupergraphSdl is read only by Apollo's
      // usage reporting, which we do not use.
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async load() {
      return { executor: executor as never };
    },
    async stop() {},
    stats: () => ({ ...stats }),
  };
}

export interface JitStats {
  compiled: number;
  jitExecutions: number;
  jsExecutions: number;
  notCompilable: number;
}

/**
 * graphql-jit's errors are GraphQLErrors by prototype but with read-only properties; Apollo's plugins
 * (graphql-armor's suggestion blocking) rewrite `message` in place. Same error, as graphql-js makes it.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  if (error.locations) Object.assign(copy, { locations: error.locations });
  return copy;
}

function mayIntrospect(operation: OperationDefinitionNode) {
  return operation.selectionSet.selections.some(
    (s) => s.kind !== Kind.FIELD || (s.name.value.startsWith("__") && s.name.value !== "__typename"),
  );
}
