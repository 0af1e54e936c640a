import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { tables } from "server";
import { startTestServer, type TestServer } from "../support/server.js";
import { createServiceWithTeam } from "../support/factories.js";
import { openCase } from "../support/casework.js";
import { graphql } from "../support/gql/index.js";
import type { RecordGroupSessionInput, RecordMonitoringNoteInput } from "../support/gql/graphql.js";

/*
 * Group sessions and their confidential evaluation, anonymised monitoring notes, and expenses on
 * activities (issue 20, decision 042).
 */

let server: TestServer;
let a: Awaited<ReturnType<typeof createServiceWithTeam>>;
let b: Awaited<ReturnType<typeof createServiceWithTeam>>;
const clock = new Date("2026-11-25T09:00:00Z");

const code = (res: { errors?: readonly { extensions?: { code?: unknown } }[] }) => res.errors?.[0].extensions?.code;
const field = (res: { errors?: readonly { extensions?: { field?: unknown } }[] }) => res.errors?.[0].extensions?.field;
const tally = async (t: any) => Number((await server.db.select({ n: count() }).from(t))[0]!.n);

const SESSION = graphql(`mutation GroupSessionRecord($input: RecordGroupSessionInput!) {
  recordGroupSession(input: $input) { id kind title topic attendance attendees { personId attended } evaluationForms meanUsefulness }
}`);
const SESSIONS = graphql(`query GroupSessionList { groupSessions { id title } }`);
const SESSION_NAMES = graphql(`query GroupSessionNames { groupSessions { id attendees { personId fullName attended } } }`);
const CHOICES = graphql(`query GroupSessionChoices { sessionAttendeeChoices { personId fullName } }`);
const CASE_ACTIVITIES = graphql(`query ExpenseCase($id: ID!) {
  case(id: $id) { id activities { id viewerMayClaimExpense expense { miles amountPence note } } }
}`);
const EVALUATE = graphql(`mutation GroupSessionEvaluate($input: RecordSessionEvaluationsInput!) {
  recordSessionEvaluations(input: $input) { id evaluationForms meanUsefulness meanImpartiality }
}`);
const NOTE = graphql(`mutation MonitoringNoteRecord($input: RecordMonitoringNoteInput!) {
  recordMonitoringNote(input: $input) { id kind category agencyType month summary }
}`);
const NOTES = graphql(`query MonitoringNoteList { monitoringNotes { id } }`);
const LOG = graphql(`mutation GroupWorkLog($input: LogActivityInput!) { logActivity(input: $input) { id } }`);
const EXPENSE = graphql(`mutation ExpenseRecord($input: RecordActivityExpenseInput!) {
  recordActivityExpense(input: $input) { id incurredOn miles amountPence note }
}`);
const TOTALS = graphql(
  `query ExpenseTotals($month: String!) { expenseTotals(month: $month) { staffId staffName claims miles amountPence } }`,
);

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  a = await createServiceWithTeam(server, "Service A");
  b = await createServiceWithTeam(server, "Service B");
});
afterAll(() => server?.close());

const session = (overrides: Partial<RecordGroupSessionInput> = {}): RecordGroupSessionInput => ({
  kind: "TRAINING",
  title: "Annual reviews: getting the most out of them",
  heldOn: "2026-11-18",
  topic: "ANNUAL_REVIEWS",
  facilitator: "Priya Shah",
  attendance: 4,
  ...overrides,
});
async function personOf(referralId: string) {
  const [r] = await server.db
    .select({ personId: tables.referrals.personId })
    .from(tables.referrals)
    .where(eq(tables.referrals.id, referralId));
  return r!.personId!;
}

describe("recordGroupSession", () => {
  it("records a session with people known to the service, attending or not", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const personId = await personOf(c.referralId);
    const res = await server.gql(SESSION, { input: session({ attendees: [{ personId, attended: true }] }) }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.recordGroupSession).toMatchObject({ kind: "TRAINING", attendance: 4, attendees: [{ personId, attended: true }] });
    expect((await server.gql(SESSIONS, {}, a.MANAGER.token)).data.groupSessions.map((s) => s.id)).toContain(res.data.recordGroupSession.id);
    expect((await server.gql(SESSIONS, {}, b.MANAGER.token)).data.groupSessions.map((s) => s.id)).not.toContain(
      res.data.recordGroupSession.id,
    );
  });

  it("refuses more people attending than the number attending, another service's person, a future date and no title, changing nothing", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2);
    const other = await openCase(server, b.MANAGER.token, b.OFFICER.id, 2);
    const personId = await personOf(c.referralId);
    const before = await tally(tables.groupSessions);
    const over = await server.gql(
      SESSION,
      { input: session({ attendance: 0, attendees: [{ personId, attended: true }] }) },
      a.OFFICER.token,
    );
    expect(over.errors?.[0].extensions).toMatchObject({ code: "ATTENDANCE_EXCEEDS_COUNT", field: "input.attendance" });
    const foreign = await server.gql(
      SESSION,
      { input: session({ attendees: [{ personId: await personOf(other.referralId), attended: true }] }) },
      a.OFFICER.token,
    );
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.attendees" });
    expect(field(await server.gql(SESSION, { input: session({ heldOn: "2026-12-01" }) }, a.OFFICER.token))).toBe("input.heldOn");
    expect(field(await server.gql(SESSION, { input: session({ title: "" }) }, a.OFFICER.token))).toBe("input.title");
    expect(await tally(tables.groupSessions)).toBe(before);
  });

  it("offers as attendees only the families the recorder works with (a manager: the whole service), and refuses linking others", async () => {
    const mine = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { contact: { fullName: "Nia Attending-Mine" } });
    const theirs = await openCase(server, a.MANAGER.token, a.VOLUNTEER.id, 2, { contact: { fullName: "Ola Attending-Theirs" } });
    const minePerson = await personOf(mine.referralId);
    const theirPerson = await personOf(theirs.referralId);
    const choices = async (token: string) => (await server.gql(CHOICES, {}, token)).data?.sessionAttendeeChoices.map((c) => c.personId);
    expect(await choices(a.OFFICER.token)).toContain(minePerson);
    expect(await choices(a.OFFICER.token)).not.toContain(theirPerson);
    expect(await choices(a.VOLUNTEER.token)).toEqual(expect.arrayContaining([theirPerson]));
    expect(await choices(a.VOLUNTEER.token)).not.toContain(minePerson);
    expect(await choices(a.MANAGER.token)).toEqual(expect.arrayContaining([minePerson, theirPerson]));
    expect(await choices(b.MANAGER.token)).not.toContain(minePerson);
    expect(code(await server.gql(CHOICES, {}, a.STEERING.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(CHOICES, {}))).toBe("UNAUTHENTICATED");

    const before = await tally(tables.groupSessions);
    const refused = await server.gql(
      SESSION,
      {
        input: session({
          attendees: [
            { personId: minePerson, attended: true },
            { personId: theirPerson, attended: true },
          ],
        }),
      },
      a.OFFICER.token,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "input.attendees" });
    expect(await tally(tables.groupSessions)).toBe(before);

    // The manager links both; each officer sees the name only of the family they work with.
    const both = await server.gql(
      SESSION,
      {
        input: session({
          attendees: [
            { personId: minePerson, attended: true },
            { personId: theirPerson, attended: false },
          ],
        }),
      },
      a.MANAGER.token,
    );
    expect(both.errors).toBeUndefined();
    const id = both.data.recordGroupSession.id;
    const seen = async (token: string) =>
      (await server.gql(SESSION_NAMES, {}, token)).data.groupSessions
        .find((s) => s.id === id)!
        .attendees.map((x) => [x.personId, x.fullName]);
    expect(await seen(a.OFFICER.token)).toEqual(
      expect.arrayContaining([
        [minePerson, "Nia Attending-Mine"],
        [theirPerson, null],
      ]),
    );
    expect(await seen(a.MANAGER.token)).toEqual(
      expect.arrayContaining([
        [minePerson, "Nia Attending-Mine"],
        [theirPerson, "Ola Attending-Theirs"],
      ]),
    );
  });

  it("refuses steering and an anonymous caller", async () => {
    expect(code(await server.gql(SESSION, { input: session() }, a.STEERING.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(SESSION, { input: session() }))).toBe("UNAUTHENTICATED");
  });
});

describe("recordSessionEvaluations", () => {
  it("stores anonymous scores with nothing linking a form to a person, and shows means only from 3 forms", async () => {
    const s = (await server.gql(SESSION, { input: session({ attendance: 3 }) }, a.OFFICER.token)).data.recordGroupSession;
    const two = await server.gql(
      EVALUATE,
      {
        input: {
          sessionId: s.id,
          forms: [
            { usefulness: 5, impartiality: 4 },
            { usefulness: 3, impartiality: 4 },
          ],
        },
      },
      a.OFFICER.token,
    );
    expect(two.data.recordSessionEvaluations).toMatchObject({ evaluationForms: 2, meanUsefulness: null, meanImpartiality: null });
    const three = await server.gql(EVALUATE, { input: { sessionId: s.id, forms: [{ usefulness: 4, impartiality: 5 }] } }, a.OFFICER.token);
    expect(three.data.recordSessionEvaluations).toMatchObject({ evaluationForms: 3, meanUsefulness: 4, meanImpartiality: 4.33 });
    const rows = await server.db.select().from(tables.sessionEvaluations).where(eq(tables.sessionEvaluations.sessionId, s.id));
    // The statistics key is generated from the form's own random id (decision 066): it links to nothing.
    expect(Object.keys(rows[0]!).sort()).toEqual(["id", "impartiality", "serviceId", "sessionId", "statsKey", "usefulness"]);
  });

  it("refuses more forms than attended, a score out of range, and another service's session", async () => {
    const s = (await server.gql(SESSION, { input: session({ attendance: 1 }) }, a.OFFICER.token)).data.recordGroupSession;
    const forms = [
      { usefulness: 5, impartiality: 5 },
      { usefulness: 5, impartiality: 5 },
    ];
    expect(code(await server.gql(EVALUATE, { input: { sessionId: s.id, forms } }, a.OFFICER.token))).toBe("ATTENDANCE_EXCEEDS_COUNT");
    const bad = await server.gql(EVALUATE, { input: { sessionId: s.id, forms: [{ usefulness: 6, impartiality: 5 }] } }, a.OFFICER.token);
    expect(field(bad)).toBe("input.forms.0.usefulness");
    expect(code(await server.gql(EVALUATE, { input: { sessionId: s.id, forms: [forms[0]!] } }, b.MANAGER.token))).toBe("NOT_FOUND");
  });
});

describe("recordMonitoringNote", () => {
  const note = (overrides: Partial<RecordMonitoringNoteInput> = {}): RecordMonitoringNoteInput => ({
    kind: "POOR_PRACTICE",
    category: "STATUTORY_TIMESCALES",
    agencyType: "LOCAL_AUTHORITY",
    month: "2026-11-12",
    summary: "Draft plan issued at week 30 with no explanation to the family.",
    ...overrides,
  });

  it("records an anonymised poor-practice issue by month, and a positive outcome without category", async () => {
    const res = await server.gql(NOTE, { input: note() }, a.OFFICER.token);
    expect(res.data.recordMonitoringNote).toMatchObject({ kind: "POOR_PRACTICE", category: "STATUTORY_TIMESCALES", month: "2026-11-01" });
    const good = await server.gql(
      NOTE,
      { input: note({ kind: "POSITIVE_OUTCOME", category: null, agencyType: null, summary: "Parent co-chaired the review." }) },
      a.OFFICER.token,
    );
    expect(good.data.recordMonitoringNote).toMatchObject({ kind: "POSITIVE_OUTCOME", category: null });
    expect((await server.gql(NOTES, {}, a.MANAGER.token)).data.monitoringNotes.length).toBeGreaterThanOrEqual(2);
  });

  it("accepts digits that identify nobody: a reference, a school year, a sum (decision 047)", async () => {
    const summary = "Tribunal ref 1234567890 for 2025-2026 took 20 weeks; the authority's £12,345,678.90 budget was cited.";
    const res = await server.gql(NOTE, { input: note({ summary }) }, a.OFFICER.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.recordMonitoringNote.summary).toBe(summary);
  });

  it("refuses text that looks personal with PERSONAL_DATA_IN_ANONYMOUS_TEXT, and poor practice without its category", async () => {
    const before = await tally(tables.monitoringNotes);
    for (const summary of [
      "Mrs Khan was not told.",
      "Call 07911 123456 back",
      "NHS number 943 476 5919 was on the form",
      "Email jo@example.org",
      "Lives in ST4 7QB",
      "Child born 03/04/2015",
    ]) {
      const res = await server.gql(NOTE, { input: note({ summary }) }, a.OFFICER.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "PERSONAL_DATA_IN_ANONYMOUS_TEXT", field: "input.summary" });
    }
    expect(field(await server.gql(NOTE, { input: note({ category: null }) }, a.OFFICER.token))).toBe("input.category");
    expect(code(await server.gql(NOTE, { input: note() }, a.STEERING.token))).toBe("FORBIDDEN");
    expect(await tally(tables.monitoringNotes)).toBe(before);
  });
});

describe("recordActivityExpense and expenseTotals", () => {
  it("records mileage and expenses on the officer's activity, and the manager sees the month's total per officer", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { receivedAt: "2026-11-20T10:00:00Z" });
    const logged = await server.gql(
      LOG,
      {
        input: {
          caseId: c.caseId,
          kind: "FACE_TO_FACE",
          occurredAt: "2026-11-25T08:30:00Z",
          minutes: 60,
          withFamily: true,
          summary: "Visit",
        },
      },
      a.OFFICER.token,
    );
    if (logged.errors) throw new Error(JSON.stringify(logged.errors));
    const activityId = logged.data.logActivity.id;
    const first = await server.gql(EXPENSE, { input: { activityId, miles: 12.5, amountPence: 450, note: "Parking" } }, a.OFFICER.token);
    expect(first.data.recordActivityExpense).toMatchObject({ incurredOn: "2026-11-25", miles: 12.5, amountPence: 450 });
    // A correction replaces it.
    await server.gql(EXPENSE, { input: { activityId, miles: 14, amountPence: 450, note: "Parking" } }, a.OFFICER.token);
    const totals = (await server.gql(TOTALS, { month: "2026-11" }, a.MANAGER.token)).data.expenseTotals;
    expect(totals).toContainEqual({ staffId: a.OFFICER.id, staffName: expect.any(String), claims: 1, miles: 14, amountPence: 450 });
    expect((await server.gql(TOTALS, { month: "2026-10" }, a.MANAGER.token)).data.expenseTotals).toEqual([]);

    // On the case page: the claim shows to whoever did the activity and to a manager, no one else.
    const onCase = async (token: string) =>
      (await server.gql(CASE_ACTIVITIES, { id: c.caseId }, token)).data.case.activities.find((x) => x.id === activityId);
    expect(await onCase(a.OFFICER.token)).toMatchObject({ viewerMayClaimExpense: true, expense: { miles: 14, amountPence: 450 } });
    expect(await onCase(a.MANAGER.token)).toMatchObject({ viewerMayClaimExpense: true, expense: { miles: 14, amountPence: 450 } });
    // The manager's own activity on the officer's case: the officer holding the case neither sees nor claims it.
    const managers = await server.gql(
      LOG,
      { input: { caseId: c.caseId, kind: "NOTE", occurredAt: "2026-11-25T08:45:00Z", minutes: 5, withFamily: false, summary: "Note" } },
      a.MANAGER.token,
    );
    if (managers.errors) throw new Error(JSON.stringify(managers.errors));
    const managersId = managers.data.logActivity.id;
    expect(code(await server.gql(EXPENSE, { input: { activityId: managersId, miles: 3, amountPence: 0 } }, a.OFFICER.token))).toBe(
      "FORBIDDEN",
    );
    await server.gql(EXPENSE, { input: { activityId: managersId, miles: 3, amountPence: 0 } }, a.MANAGER.token);
    const officerSees = (await server.gql(CASE_ACTIVITIES, { id: c.caseId }, a.OFFICER.token)).data.case.activities.find(
      (x) => x.id === managersId,
    );
    expect(officerSees).toMatchObject({ viewerMayClaimExpense: false, expense: null });
  });

  it("refuses nothing claimed, someone else's activity, another service, steering and an officer asking for totals", async () => {
    const c = await openCase(server, a.MANAGER.token, a.OFFICER.id, 2, { receivedAt: "2026-11-20T10:00:00Z" });
    const logged = await server.gql(
      LOG,
      { input: { caseId: c.caseId, kind: "NOTE", occurredAt: "2026-11-25T08:30:00Z", minutes: 5, withFamily: false, summary: "Note" } },
      a.OFFICER.token,
    );
    if (logged.errors) throw new Error(JSON.stringify(logged.errors));
    const activityId = logged.data.logActivity.id;
    expect(field(await server.gql(EXPENSE, { input: { activityId, miles: 0, amountPence: 0 } }, a.OFFICER.token))).toBe("input.miles");
    expect(field(await server.gql(EXPENSE, { input: { activityId, miles: -1, amountPence: 0 } }, a.OFFICER.token))).toBe("input.miles");
    expect(code(await server.gql(EXPENSE, { input: { activityId, miles: 3, amountPence: 0 } }, a.VOLUNTEER.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(EXPENSE, { input: { activityId, miles: 3, amountPence: 0 } }, b.MANAGER.token))).toBe("NOT_FOUND");
    expect(code(await server.gql(EXPENSE, { input: { activityId, miles: 3, amountPence: 0 } }, a.STEERING.token))).toBe("FORBIDDEN");
    expect(code(await server.gql(TOTALS, { month: "2026-11" }, a.OFFICER.token))).toBe("FORBIDDEN");
    expect(field(await server.gql(TOTALS, { month: "November" }, a.MANAGER.token))).toBe("month");
  });
});
