import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import {
  attendeesFit,
  mayBeSupervised,
  maySupervise,
  nextSupervisionDueSql,
  SCHEDULED_SUPERVISION_ROLES,
  supervisionWeeks,
  supervisionWeeksSql,
} from "./supervision.rules.js";

const settings = { supervisionOfficerWeeks: 6, supervisionVolunteerWeeks: 4 };
const text = (q: ReturnType<typeof sql>) => new PgDialect().sqlToQuery(q).sql;

describe("supervision rules", () => {
  it("managers and officers supervise; managers, officers and volunteers are supervised", () => {
    expect(["MANAGER", "OFFICER", "VOLUNTEER", "STEERING", "ADMIN"].map((r) => maySupervise(r as never))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(["MANAGER", "OFFICER", "VOLUNTEER", "STEERING", "ADMIN"].map((r) => mayBeSupervised(r as never))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("officers and volunteers have one-to-one supervision scheduled", () => {
    expect(SCHEDULED_SUPERVISION_ROLES).toEqual(["OFFICER", "VOLUNTEER"]);
  });

  it("a volunteer is supervised at the service's volunteer interval, an officer at the officers'", () => {
    expect(supervisionWeeks("VOLUNTEER", settings)).toBe(4);
    expect(supervisionWeeks("OFFICER", settings)).toBe(6);
    expect(text(supervisionWeeksSql(sql`s.role`, sql`sv`))).toBe(
      "(case when s.role = 'VOLUNTEER' then sv.supervision_volunteer_weeks else sv.supervision_officer_weeks end)",
    );
  });

  it("the next one-to-one is due the interval after the last one, or after the start date", () => {
    expect(text(nextSupervisionDueSql(sql`last`, sql`started`, sql`weeks`))).toBe("(coalesce(last, started) + weeks * 7)");
  });

  it("one-to-one supervision has one supervisee, group support two or more", () => {
    expect(attendeesFit("INDIVIDUAL", 1)).toBe(true);
    expect(attendeesFit("INDIVIDUAL", 2)).toBe(false);
    expect(attendeesFit("GROUP", 1)).toBe(false);
    expect(attendeesFit("GROUP", 2)).toBe(true);
  });
});
