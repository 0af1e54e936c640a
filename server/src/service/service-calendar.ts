import { localDate } from "../clock/calendar-date.js";
import { responseDeadlines, type WorkingCalendar } from "../clock/working-time.js";
import type { ServiceRow } from "./service.service.js";

/** The service's working calendar: its office hours and closure days (the response clock's input). */
export function calendarOf(service: Pick<ServiceRow, "officeHours" | "closureDays">): WorkingCalendar {
  return { hours: service.officeHours, closureDays: service.closureDays };
}

/** Today's date (ISO) in the service's time zone: what "today" means for every date rule of the service. */
export const serviceToday = (service: Pick<ServiceRow, "officeHours">, now: Date) => localDate(now, service.officeHours.timeZone);

/**
 * The response clock of a referral received at `receivedAt`: its target and maximum, the service's
 * working days later. The one place a referral's clock is set — at intake, on the public form, and
 * again when its time received is corrected.
 */
export const responseClock = (
  service: Pick<ServiceRow, "officeHours" | "closureDays" | "responseTargetDays" | "responseMaxDays">,
  receivedAt: Date,
) => responseDeadlines(calendarOf(service), receivedAt, service.responseTargetDays, service.responseMaxDays);
