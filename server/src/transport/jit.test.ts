import { describe, expect, it } from "vitest";
import {
  buildSchema,
  execute,
  getOperationAST,
  GraphQLError,
  type GraphQLScalarType,
  parse,
  type ExecutionResult,
  type GraphQLSchema,
} from "graphql";
import { jitGateway } from "./jit.js";

/** A schema with what our API uses: nested lists, nullable objects, enums, a custom scalar, arguments, errors with codes. */
function testSchema(): GraphQLSchema {
  const schema = buildSchema(`
    scalar LocalDate
    enum Stage { NONE EHC_NEEDS_ASSESSMENT TRIBUNAL }
    type Reason { code: String! weight: Int! }
    type Child { fullName: String! born: LocalDate }
    type Referral { id: ID! stage: Stage! child: Child reasons: [Reason!]! secret: String }
    type Query { referrals(first: Int!, stage: Stage): [Referral!]! forbidden: String broken: Referral! }
    type Mutation { touch(id: ID!): Referral }
  `);
  const born = schema.getType("LocalDate") as GraphQLScalarType;
  born.serialize = (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  const rows = [
    { id: "r1", stage: "TRIBUNAL", child: { fullName: "A", born: new Date("2015-03-01T00:00:00Z") }, reasons: [{ code: "S", weight: 40 }] },
    { id: "r2", stage: "NONE", child: null, reasons: [] },
  ];
  const fields = schema.getQueryType()!.getFields();
  fields.referrals!.resolve = (_root, args: { first: number; stage?: string }) =>
    rows.filter((r) => !args.stage || r.stage === args.stage).slice(0, args.first);
  fields.forbidden!.resolve = () => {
    throw new GraphQLError("Not for you.", { extensions: { code: "FORBIDDEN" } });
  };
  fields.broken!.resolve = () => null;
  const referral = schema.getType("Referral") as any;
  referral.getFields().secret.resolve = (_r: unknown, _a: unknown, ctx: { role: string }) => (ctx.role === "MANAGER" ? "shown" : null);
  schema.getMutationType()!.getFields().touch!.resolve = (_root, args: { id: string }) => rows.find((r) => r.id === args.id) ?? null;
  return schema;
}

async function gatewayOf(schema: GraphQLSchema, compileAfter: number) {
  const gateway = jitGateway(schema, { compileAfter });
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: s }) => (apiSchema = s));
  const { executor } = await gateway.load({ apollo: {} as never });
  const run = (query: string, variables?: Record<string, unknown>, context: object = { role: "MANAGER" }, operationName?: string) => {
    const document = parse(query);
    return {
      document,
      result: () =>
        executor!({
          document,
          request: { query, variables, operationName },
          context,
          operation: getOperationAST(document, operationName),
        } as never),
    };
  };
  return { gateway, executor: executor!, apiSchema, run };
}

const js = (schema: GraphQLSchema, query: string, variables?: Record<string, unknown>, contextValue: object = { role: "MANAGER" }) =>
  Promise.resolve(execute({ schema, document: parse(query), variableValues: variables, contextValue })) as Promise<ExecutionResult>;

const plain = (r: ExecutionResult) => JSON.parse(JSON.stringify(r));

describe("jitGateway", () => {
  const QUERY = `query Q($first: Int!, $stage: Stage) { referrals(first: $first, stage: $stage) { id stage secret child { fullName born } reasons { code weight } } }`;

  it("hands Apollo the schema it validates against, and compiles a document only after it has run compileAfter times", async () => {
    const schema = testSchema();
    const { gateway, apiSchema, run } = await gatewayOf(schema, 2);
    expect(apiSchema).toBe(schema);
    const { result } = run(QUERY, { first: 5 });
    const first = await result();
    expect(gateway.stats()).toMatchObject({ compiled: 0, jsExecutions: 1, jitExecutions: 0 });
    const second = await result();
    const third = await result();
    expect(gateway.stats()).toMatchObject({ compiled: 1, jsExecutions: 1, jitExecutions: 2 });
    expect(plain(second)).toEqual(plain(first));
    expect(plain(third)).toEqual(plain(first));
  });

  it("answers exactly what graphql-js answers: nested lists, nulls, enums, scalars, arguments and context", async () => {
    const schema = testSchema();
    const { gateway, run } = await gatewayOf(schema, 1);
    for (const [variables, context] of [
      [{ first: 5 }, { role: "MANAGER" }],
      [{ first: 1, stage: "TRIBUNAL" }, { role: "OFFICER" }],
      [{ first: 0 }, { role: "MANAGER" }],
    ] as const) {
      const compiled = await run(QUERY, variables, context).result();
      expect(plain(compiled)).toEqual(plain(await js(schema, QUERY, variables, context)));
    }
    expect(gateway.stats().jitExecutions).toBe(3);
  });

  it("keeps an error's code and path, and null-bubbling, as graphql-js does", async () => {
    const schema = testSchema();
    const { run } = await gatewayOf(schema, 1);
    const query = `{ forbidden referrals(first: 1) { id } }`;
    const compiled = await run(query).result();
    expect(compiled.errors?.[0]).toBeInstanceOf(GraphQLError);
    expect(compiled.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // Apollo plugins rewrite an error's message in place (graphql-armor strips field suggestions).
    expect(() => Object.assign(compiled.errors![0]!, { message: "rewritten" })).not.toThrow();
    expect(compiled.errors?.[0]?.message).toBe("rewritten");
    Object.assign(compiled.errors![0]!, { message: "Not for you." });
    expect(plain(compiled)).toEqual(plain(await js(schema, query)));
    const nonNull = `{ broken { id } }`;
    expect(plain(await run(nonNull).result())).toEqual(plain(await js(schema, nonNull)));
  });

  it("refuses a bad variable with graphql-js's own error, before executing anything", async () => {
    const schema = testSchema();
    const { gateway, run } = await gatewayOf(schema, 1);
    for (const variables of [{ first: "many" }, { first: 1, stage: "SOMETHING" }, {}]) {
      const compiled = await run(QUERY, variables).result();
      expect(plain(compiled)).toEqual(plain(await js(schema, QUERY, variables)));
      expect(compiled.errors?.length).toBeGreaterThan(0);
    }
    expect(gateway.stats().jitExecutions).toBe(0);
  });

  it("leaves mutations, introspection and compileAfter 0 to graphql-js", async () => {
    const schema = testSchema();
    const { gateway, run } = await gatewayOf(schema, 1);
    const mutation = `mutation { touch(id: "r1") { id stage } }`;
    expect(plain(await run(mutation).result())).toEqual(plain(await js(schema, mutation)));
    const introspection = `{ __schema { queryType { name } } }`;
    expect(plain(await run(introspection).result())).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
    expect(gateway.stats()).toMatchObject({ compiled: 0, jitExecutions: 0, jsExecutions: 2 });

    const never = await gatewayOf(schema, 0);
    const { result } = never.run(QUERY, { first: 5 });
    for (let i = 0; i < 3; i++) await result();
    expect(never.gateway.stats()).toMatchObject({ compiled: 0, jitExecutions: 0, jsExecutions: 3 });
  });

  it("picks the named operation of a document with several", async () => {
    const schema = testSchema();
    const { run } = await gatewayOf(schema, 1);
    const doc = `query A { referrals(first: 1) { id } } query B { referrals(first: 2) { id stage } }`;
    const b = await run(doc, undefined, undefined, "B").result();
    expect(b).toEqual({
      data: {
        referrals: [
          { id: "r1", stage: "TRIBUNAL" },
          { id: "r2", stage: "NONE" },
        ],
      },
    });
    const a = await run(doc, undefined, undefined, "A").result();
    expect(a).toEqual({ data: { referrals: [{ id: "r1" }] } });
  });
});
