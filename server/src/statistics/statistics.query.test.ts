import { describe, expect, it } from "vitest";
import { PgDialect } from "drizzle-orm/pg-core";
import { composeStatisticsParts, localMonthStarts, statisticsParts } from "./statistics.query.js";
import { periodsOf } from "./statistics.service.js";

const dialect = new PgDialect();
const render = (parts: ReturnType<typeof statisticsParts>) =>
  parts.map((p) => ({ sources: p.sources, additive: p.additive, ...dialect.sqlToQuery(p.statement) }));

describe("statisticsParts", () => {
  it("binds each request's instant into statements built once, the same as building them afresh", () => {
    for (const [from, to, protect] of [
      ["2025-12-08", "2026-12-07", false],
      ["2025-12-01", "2026-11-30", true],
      ["2026-11-01", "2026-11-30", false],
    ] as const) {
      const { current, previous } = periodsOf(from, to, "Europe/London");
      for (const serviceId of ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"])
        for (const asOf of [new Date("2026-12-07T10:15:00.123Z"), new Date("2026-12-07T16:45:59.999Z")]) {
          const opts = { serviceId, current, previous, asOf, protection: { protect, k: 3, timeZone: "Europe/London" } };
          const bound = render(statisticsParts(opts));
          expect(bound).toEqual(render(composeStatisticsParts(opts)));
          // The instant is a parameter of the statements that compare with the clock.
          expect(bound.some((p) => p.params.includes(asOf.toISOString()))).toBe(true);
        }
    }
  });
});

describe("localMonthStarts", () => {
  it("gives every local month of both periods its first instant, summer time included, and the first after them", () => {
    const { current, previous } = periodsOf("2026-03-15", "2026-05-10", "Europe/London");
    // The previous period: the 57 days before, 2026-01-17 to 2026-03-14.
    expect(localMonthStarts(current, previous, "Europe/London")).toBe(
      "{2026-01-01T00:00:00.000Z,2026-02-01T00:00:00.000Z,2026-03-01T00:00:00.000Z,2026-03-31T23:00:00.000Z,2026-04-30T23:00:00.000Z,2026-05-31T23:00:00.000Z}",
    );
    // Whole months: the last start is the first instant after the later period.
    const whole = periodsOf("2026-06-01", "2026-06-30", "Europe/London");
    expect(localMonthStarts(whole.current, whole.previous, "Europe/London")).toBe(
      "{2026-04-30T23:00:00.000Z,2026-05-31T23:00:00.000Z,2026-06-30T23:00:00.000Z}",
    );
  });
});
