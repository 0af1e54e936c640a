import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, isNull } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam, signIn } from "../support/factories.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { openCase } from "../support/casework.js";
import { SETTINGS, UPDATE_SETTINGS, currentSettings } from "../support/settings.js";
import type { ServiceSettingsInput } from "../support/gql/graphql.js";

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
// Wednesday 25 November 2026, 09:00 London.
let clock = new Date("2026-11-25T09:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
});
afterAll(() => server?.close());

const current = (token = a.ADMIN.token) => currentSettings(server, token);
const serviceRow = async (id: string) => (await server.db.select().from(tables.services).where(eq(tables.services.id, id)))[0]!;

describe("updateServiceSettings", () => {
  it("office hours and a closure day apply to the next referral's response target at once; earlier referrals keep theirs", async () => {
    const before = await server.gql(CREATE, { input: createReferralInput() }, a.MANAGER.token);
    expect(before.data.createReferral.responseTargetAt).toBe("2026-11-26T09:00:00.000Z");
    const res = await server.gql(
      UPDATE_SETTINGS,
      {
        input: {
          ...(await current()),
          closureDays: ["2026-11-26"],
          officeHours: { timeZone: "Europe/London", days: [1, 2, 3, 4, 5], open: "08:30", close: "16:30" },
        },
      },
      a.ADMIN.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateServiceSettings).toMatchObject({ officeHours: { open: "08:30", close: "16:30" }, closureDays: ["2026-11-26"] });
    const after = await server.gql(CREATE, { input: createReferralInput() }, a.MANAGER.token);
    // Thursday is closed: one working day from Wednesday 09:00 is Friday 09:00.
    expect(after.data.createReferral.responseTargetAt).toBe("2026-11-27T09:00:00.000Z");
    const [kept] = await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, before.data.createReferral.id));
    expect(kept!.responseTargetAt.toISOString()).toBe("2026-11-26T09:00:00.000Z");
    const audit = await server.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, "service.settings.update"), eq(tables.auditEvents.serviceId, a.service.id)))
      .orderBy(asc(tables.auditEvents.id));
    expect(audit.at(-1)!.fields).toEqual(["officeHours", "closureDays"]);
  });

  it("an overdue threshold takes effect on the next tick", async () => {
    await server.gql(UPDATE_SETTINGS, { input: { ...(await current()), acceptWithinHours: 2 } }, a.ADMIN.token);
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    try {
      await server.app.overdue.tick();
      const items = await server.db
        .select()
        .from(tables.overdueItems)
        .where(and(eq(tables.overdueItems.subjectId, c.allocationId), isNull(tables.overdueItems.clearedAt)));
      expect(items.map((i) => i.kind)).toEqual(["ALLOCATION_NOT_ACCEPTED"]);
    } finally {
      clock = new Date("2026-11-25T09:00:00Z");
    }
  });

  it("refuses office hours that close before they open, a closure day given twice and a maximum shorter than the target, naming the field, and saves nothing", async () => {
    const base = await current();
    const rowBefore = await serviceRow(a.service.id);
    const cases: [Partial<ServiceSettingsInput>, string][] = [
      [{ officeHours: { ...base.officeHours, open: "17:00", close: "09:00" } }, "input.officeHours.close"],
      [{ closureDays: ["2026-12-24", "2026-12-24"] }, "input.closureDays.1"],
      [{ responseTargetDays: 3, responseMaxDays: 2 }, "input.responseMaxDays"],
      [{ officeHours: { ...base.officeHours, timeZone: "Mars/Olympus" } }, "input.officeHours.timeZone"],
      [{ areaPostcodeDistricts: ["ST4", "not a district"] }, "input.areaPostcodeDistricts.1"],
      [{ suppressionK: 1 }, "input.suppressionK"],
      [{ meetingFollowUpWorkingDays: 0 }, "input.meetingFollowUpWorkingDays"],
      [{ reopenWithinMonths: 25 }, "input.reopenWithinMonths"],
    ];
    for (const [change, field] of cases) {
      const res = await server.gql(UPDATE_SETTINGS, { input: { ...base, ...change } }, a.ADMIN.token);
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await serviceRow(a.service.id)).toEqual(rowBefore);
  });

  it("keeps the meeting follow-up interval and the casework reopen window with the other settings; left out, they stay as they are", async () => {
    const base = await current();
    const res = await server.gql(
      UPDATE_SETTINGS,
      { input: { ...base, meetingFollowUpWorkingDays: 5, reopenWithinMonths: 6 } },
      a.ADMIN.token,
    );
    expect(res.errors).toBeUndefined();
    expect(await current()).toMatchObject({ meetingFollowUpWorkingDays: 5, reopenWithinMonths: 6 });
    const { meetingFollowUpWorkingDays: _m, reopenWithinMonths: _r, ...older } = await current();
    void [_m, _r];
    expect((await server.gql(UPDATE_SETTINGS, { input: { ...older, suppressionK: 6 } }, a.ADMIN.token)).errors).toBeUndefined();
    expect(await serviceRow(a.service.id)).toMatchObject({ meetingFollowUpWorkingDays: 5, reopenWithinMonths: 6, suppressionK: 6 });
    await server.gql(UPDATE_SETTINGS, { input: { ...base, meetingFollowUpWorkingDays: 10, reopenWithinMonths: 3 } }, a.ADMIN.token);
  });

  it("keeps the document caps (per file, per folder); refuses a cap out of bounds or a folder smaller than a file, even sent alone, and saves nothing", async () => {
    const base = await current();
    const saved = await server.gql(UPDATE_SETTINGS, { input: { ...base, documentFileMaxMb: 5, documentFolderMaxMb: 50 } }, a.ADMIN.token);
    expect(saved.errors).toBeUndefined();
    expect(await serviceRow(a.service.id)).toMatchObject({ documentFileMaxMb: 5, documentFolderMaxMb: 50 });
    const rowBefore = await serviceRow(a.service.id);
    const cases: [Partial<ServiceSettingsInput>, string][] = [
      [{ documentFileMaxMb: 0 }, "input.documentFileMaxMb"],
      [{ documentFileMaxMb: 101 }, "input.documentFileMaxMb"],
      [{ documentFolderMaxMb: 9 }, "input.documentFolderMaxMb"],
      [{ documentFolderMaxMb: 5001 }, "input.documentFolderMaxMb"],
      [{ documentFileMaxMb: 30, documentFolderMaxMb: 20 }, "input.documentFolderMaxMb"],
      // One cap alone is checked against the other as kept: 60 MB files do not fit a 50 MB folder.
      [{ documentFileMaxMb: 60 }, "input.documentFileMaxMb"],
    ];
    for (const [change, field] of cases) {
      const res = await server.gql(UPDATE_SETTINGS, { input: { ...base, ...change } }, a.ADMIN.token);
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await serviceRow(a.service.id)).toEqual(rowBefore);
    await server.gql(UPDATE_SETTINGS, { input: { ...base, documentFileMaxMb: 20, documentFolderMaxMb: 200 } }, a.ADMIN.token);
  });

  it("is for administrators of the service only: other roles, another service's administrator and anonymous callers are refused", async () => {
    const input = await current();
    const rowBefore = await serviceRow(a.service.id);
    for (const role of ["MANAGER", "OFFICER", "VOLUNTEER", "STEERING"] as const) {
      expect((await server.gql(UPDATE_SETTINGS, { input }, a[role].token)).errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
      expect((await server.gql(SETTINGS, {}, a[role].token)).errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
    }
    expect((await server.gql(UPDATE_SETTINGS, { input })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // Another service's administrator changes their own service, never this one.
    const other = await server.gql(UPDATE_SETTINGS, { input: { ...(await current(b.ADMIN.token)), suppressionK: 7 } }, b.ADMIN.token);
    expect(other.errors).toBeUndefined();
    expect((await serviceRow(b.service.id)).suppressionK).toBe(7);
    expect(await serviceRow(a.service.id)).toEqual(rowBefore);
    expect(await signIn(server, a.ADMIN.email)).toBeTruthy();
  });
});
