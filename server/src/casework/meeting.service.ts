import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { recordAudit } from "../audit/audit.service.js";
import { badInput, conflict, notFound } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { getService } from "../service/service.service.js";
import { calendarOf, serviceToday } from "../service/service-calendar.js";
import { localDate } from "../clock/calendar-date.js";
import { cases, meetings } from "./casework.table.js";
import { meetingOutcomeSchema, scheduleMeetingSchema } from "./casework.validation.js";
import { MISSED_MEETINGS_FOR_CLOSURE, followUpDue, needsFollowUp } from "./casework.rules.js";
import { requireCaseAccess } from "./case.service.js";
import { toMeeting } from "./case.query.js";
import type { Meeting } from "./casework.model.js";
import { theRow } from "../db/rows.js";

/** Book a meeting. Less than two weeks' notice is allowed but shown (`shortNotice`). */
export async function scheduleMeeting(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<ReturnType<typeof scheduleMeetingSchema>>;
  now: Date;
}): Promise<Meeting> {
  const { viewer } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const input = parseInput(scheduleMeetingSchema(serviceToday(service, opts.now)), opts.input);
  const meetingDay = localDate(input.scheduledAt, service.officeHours.timeZone);
  if (input.noticeReceivedOn > meetingDay) throw badInput("input.noticeReceivedOn", "Notice cannot come after the meeting.");
  const row = await opts.db.transaction(async (tx) => {
    const { row: kase } = await requireCaseAccess(tx, viewer, input.caseId, "write");
    const created = theRow(
      await tx
        .insert(meetings)
        .values({
          serviceId: viewer.serviceId,
          caseId: kase.id,
          kind: input.kind,
          scheduledAt: input.scheduledAt,
          noticeReceivedOn: input.noticeReceivedOn,
        })
        .returning(),
      "the new meeting",
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.meeting.schedule",
      entityType: "case",
      entityId: kase.id,
      fields: ["meetings"],
    });
    return created;
  });
  return toMeeting(row, service.officeHours.timeZone);
}

/**
 * What happened at a meeting. Attended: only with the family present, key points noted, and a
 * follow-up review with the family falls due [001 (7)]. Missed without notice: counted on the
 * case; the second puts the case forward for closure [003].
 */
export async function recordMeetingOutcome(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<typeof meetingOutcomeSchema>;
  now: Date;
}): Promise<Meeting> {
  const input = parseInput(meetingOutcomeSchema, opts.input);
  const { viewer, now } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const row = await opts.db.transaction(async (tx) => {
    const [meeting] = await tx
      .select()
      .from(meetings)
      .where(and(eq(meetings.id, input.meetingId), eq(meetings.serviceId, viewer.serviceId)));
    if (!meeting) throw notFound("Meeting");
    await requireCaseAccess(tx, viewer, meeting.caseId, "write");
    // Re-read under the case lock: two outcomes for one meeting must not both count.
    const current = theRow(
      await tx.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, meeting.id)),
      "the meeting found above",
    );
    if (current.status !== "SCHEDULED")
      throw conflict(`This meeting is already recorded as ${current.status.toLowerCase().replace(/_/g, " ")}.`);
    if (input.outcome !== "CANCELLED" && meeting.scheduledAt > now) throw badInput("input.outcome", "The meeting has not happened yet.");

    const updated = theRow(
      await tx
        .update(meetings)
        .set({
          status: input.outcome,
          familyPresent: input.outcome === "ATTENDED" || input.outcome === "FAMILY_ATTENDED_ALONE" ? true : (input.familyPresent ?? null),
          keyPoints: input.keyPoints,
          actions: input.actions,
          followUpDueOn: needsFollowUp(input.outcome)
            ? followUpDue(calendarOf(service), meeting.scheduledAt, service.meetingFollowUpWorkingDays)
            : null,
        })
        .where(eq(meetings.id, meeting.id))
        .returning(),
      "the meeting found above",
    );
    if (input.outcome === "MISSED_WITHOUT_NOTICE") {
      await tx
        .update(cases)
        .set({
          missedMeetings: sql`${cases.missedMeetings} + 1`,
          putForwardForClosureAt: sql`case when ${cases.missedMeetings} + 1 >= ${MISSED_MEETINGS_FOR_CLOSURE}
            then coalesce(${cases.putForwardForClosureAt}, ${now.toISOString()}::timestamptz) else ${cases.putForwardForClosureAt} end`,
        })
        .where(eq(cases.id, meeting.caseId));
    }
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.meeting.outcome",
      entityType: "case",
      entityId: meeting.caseId,
      fields: ["meetings", ...(input.outcome === "MISSED_WITHOUT_NOTICE" ? ["missedMeetings"] : [])],
    });
    return updated;
  });
  return toMeeting(row, service.officeHours.timeZone);
}
