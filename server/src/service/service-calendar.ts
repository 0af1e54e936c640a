import { localDate } from "../clock/calendar-date.js";
import type { WorkingCalendar } from "../clock/working-time.js";
import type { ServiceRow } from "./service.service.js";

/** The service's working calendar: its office hours and closure days (the response clock's input). */
export function calendarOf(service: Pick<ServiceRow, "officeHours" | "closureDays">): WorkingCalendar {
  return { hours: service.officeHours, closureDays: service.closureDays };
}

/** Today's date (ISO) in the service's time zone: what "today" means for every date rule of the service. */
export const serviceToday = (service: Pick<ServiceRow, "officeHours">, now: Date) => localDate(now, service.officeHours.timeZone);
