import { describe, expect, it } from "vitest";
import { preparedByDefault } from "./client.js";

/** A stand-in for the postgres.js client: records what drizzle's calls reach it with. */
function fakeClient(log: unknown[][]) {
  const client = {
    options: { parsers: {} },
    unsafe: (query: string, params: unknown[], options?: Record<string, unknown>) => (log.push(["unsafe", query, params, options]), "rows"),
    begin: (...args: unknown[]) => (args.at(-1) as (tx: unknown) => unknown)(client),
    savepoint: (fn: (tx: unknown) => unknown) => fn(client),
  };
  return client;
}

describe("preparedByDefault", () => {
  it("asks postgres.js for a prepared statement even when drizzle asks for an unnamed one", () => {
    const log: unknown[][] = [];
    const client = preparedByDefault(fakeClient(log));
    expect(client.unsafe("select $1", [1], { prepare: false })).toBe("rows");
    client.unsafe("select 1", undefined as never);
    expect(log).toEqual([
      ["unsafe", "select $1", [1], { prepare: true }],
      ["unsafe", "select 1", [], { prepare: true }],
    ]);
  });

  it("wraps the client a transaction or savepoint hands out, whichever form begin is called in", async () => {
    const log: unknown[][] = [];
    const client = preparedByDefault(fakeClient(log));
    client.begin((tx: any) => tx.unsafe("a", [], { prepare: false }));
    client.begin("isolation level serializable", (tx: any) => tx.savepoint((sp: any) => sp.unsafe("b", [], {})));
    expect(log.map((l) => [l[1], l[3]])).toEqual([
      ["a", { prepare: true }],
      ["b", { prepare: true }],
    ]);
  });

  it("leaves everything else as it is (drizzle sets its type parsers on options)", () => {
    const inner = fakeClient([]);
    const client = preparedByDefault(inner);
    expect(client.options).toBe(inner.options);
  });
});
