import { describe, expect, it } from "vitest";
import { createLogger, logTo, safeError, withRequestId } from "./logger.js";

const pgError = () =>
  Object.assign(new Error('invalid input syntax for type uuid: "jo.bloggs@example.org"'), {
    name: "PostgresError",
    code: "22P02",
    severity: "ERROR",
    routine: "string_to_uuid",
    detail: "Key (email)=(jo.bloggs@example.org) already exists.",
    where: "unnamed portal parameter $1 = 'jo.bloggs@example.org'",
  });

describe("safeError", () => {
  it("keeps a database error's codes and frames and drops its message, detail and where", () => {
    const logged = JSON.stringify(safeError(pgError()));
    expect(logged).not.toContain("jo.bloggs");
    expect(JSON.parse(logged)).toMatchObject({ type: "PostgresError", code: "22P02", routine: "string_to_uuid" });
  });

  it("drops drizzle's parameter list and anything quoted, and reads the cause the same way", () => {
    const wrapped = new Error('Failed query: select * from people where full_name = $1\nparams: Sam "Bloggs",Jo Bloggs', {
      cause: pgError(),
    });
    const out = safeError(wrapped);
    expect(JSON.stringify(out)).not.toMatch(/Bloggs/);
    expect(out.message).toBe("Failed query: select * from people where full_name = $1");
    expect(out.cause).toMatchObject({ code: "22P02" });
  });
});

describe("the logger", () => {
  it("writes one JSON line with the level, time, request id and the error made safe", () => {
    const lines: string[] = [];
    const log = logTo(createLogger({ level: "info", destination: { write: (l: string) => void lines.push(l) } }));
    withRequestId("req-12345678", () => log("unexpected error", pgError()));
    const line = JSON.parse(lines[0] ?? "null");
    expect(line).toMatchObject({ level: "error", requestId: "req-12345678", msg: "unexpected error", err: { code: "22P02" } });
    expect(lines[0]).not.toContain("bloggs");
  });
});
