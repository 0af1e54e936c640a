import { describe, expect, it } from "vitest";
import {
  COMPLAINT_MAX_BACKDATE_DAYS,
  COMPLAINT_RESPONSE_WORKING_DAYS,
  mayHaveResponseDate,
  mayTakeOutcome,
  responseDueByDefault,
  responseOverdue,
} from "./complaint.rules.js";

describe("complaint rules", () => {
  it("a complaint is answered within 20 working days unless the manager sets another date", () => {
    expect(COMPLAINT_RESPONSE_WORKING_DAYS).toBe(20);
    expect(responseDueByDefault("COMPLAINT")).toBe(true);
    expect(responseDueByDefault("COMMENT")).toBe(false);
    expect(responseDueByDefault("COMPLIMENT")).toBe(false);
  });

  it("a compliment needs no response date", () => {
    expect(mayHaveResponseDate("COMPLIMENT")).toBe(false);
    expect(mayHaveResponseDate("COMMENT")).toBe(true);
    expect(mayHaveResponseDate("COMPLAINT")).toBe(true);
  });

  it("only a complaint can be upheld or not upheld", () => {
    expect(mayTakeOutcome("COMPLAINT", "PARTLY_UPHELD")).toBe(true);
    expect(mayTakeOutcome("COMMENT", "UPHELD")).toBe(false);
    expect(mayTakeOutcome("COMPLIMENT", "NOT_UPHELD")).toBe(false);
    expect(mayTakeOutcome("COMMENT", "RESOLVED")).toBe(true);
  });

  it("a response is overdue from its due date until one is recorded", () => {
    expect(responseOverdue({ responseDueOn: "2026-11-20", respondedAt: null }, "2026-11-19")).toBe(false);
    expect(responseOverdue({ responseDueOn: "2026-11-20", respondedAt: null }, "2026-11-20")).toBe(true);
    expect(responseOverdue({ responseDueOn: "2026-11-20", respondedAt: new Date() }, "2026-12-01")).toBe(false);
    expect(responseOverdue({ responseDueOn: null, respondedAt: null }, "2026-12-01")).toBe(false);
  });

  it("a complaint may be logged up to a year (366 days) after it came", () => {
    expect(COMPLAINT_MAX_BACKDATE_DAYS).toBe(366);
  });
});
