import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { maskError } from "./format-error.js";

/** An error as drizzle throws it: its own message, the driver's error as `cause`. */
const wrapped = (code: string) =>
  Object.assign(new Error("Failed query: select 1"), { cause: Object.assign(new Error("driver"), { code }) });

describe("maskError for a lost database", () => {
  it("answers DATABASE_UNAVAILABLE with a correlation id and logs the detail, never the driver's words", () => {
    const logged: unknown[] = [];
    const error = new GraphQLError("Failed query", { originalError: wrapped("57P01") });
    const masked = maskError(error.toJSON(), error, (msg, err) => logged.push([msg, err]));
    expect(masked.extensions).toMatchObject({ code: "DATABASE_UNAVAILABLE", correlationId: expect.any(String) });
    expect(masked.message).toBe("The database could not be reached just now. Try again in a moment.");
    expect(JSON.stringify(masked)).not.toMatch(/Failed query|driver|57P01/);
    expect(logged).toHaveLength(1);
  });
  it("still answers INTERNAL_SERVER_ERROR for any other failure", () => {
    const error = new GraphQLError("Failed query", { originalError: wrapped("23505") });
    expect(maskError(error.toJSON(), error, () => {}).extensions?.code).toBe("INTERNAL_SERVER_ERROR");
  });
});
