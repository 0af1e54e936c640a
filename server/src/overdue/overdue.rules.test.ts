import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Viewer } from "../core/viewer.js";
import { ACCEPT_WITHIN_HOURS, KEY_DATE_WARNING_DAYS, mustAct, pendingItemsSql } from "./overdue.rules.js";

const viewer = (role: Viewer["role"], staffId = "s1"): Viewer => ({
  staffId,
  serviceId: "sv",
  role,
  sessionId: "x",
  displayName: "A",
  expiresAt: new Date(),
});

describe("overdue rules", () => {
  it("an item is acted on by its assignee; items nobody holds go to the managers", () => {
    expect(mustAct(viewer("OFFICER"), { assigneeStaffId: "s1" })).toBe(true);
    expect(mustAct(viewer("OFFICER"), { assigneeStaffId: "s2" })).toBe(false);
    expect(mustAct(viewer("OFFICER"), { assigneeStaffId: null })).toBe(false);
    expect(mustAct(viewer("MANAGER"), { assigneeStaffId: null })).toBe(true);
    expect(mustAct(viewer("MANAGER"), { assigneeStaffId: "s2" })).toBe(false);
  });

  it("an allocation is picked up within 24 hours; a key date is flagged a week ahead", () => {
    expect(ACCEPT_WITHIN_HOURS).toBe(24);
    expect(KEY_DATE_WARNING_DAYS).toBe(7);
  });

  it("labels items with the vocabulary's words, never a family's details", () => {
    const text = new PgDialect().sqlToQuery(pendingItemsSql(sql`now()`)).sql;
    expect(text).toContain("'Response target reached' || ' — ' || r.reference");
    expect(text).toContain("when 'TRIBUNAL' then 'Tribunal'");
    expect(text).not.toMatch(/full_name|date_of_birth|email|phone/);
  });
});
