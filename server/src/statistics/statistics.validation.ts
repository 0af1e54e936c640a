import { DateTime } from "luxon";
import { z } from "zod";
import { isoDate } from "../core/text.js";
import { EARLIEST_PERIOD_START, MAX_PERIOD_DAYS } from "./statistics.rules.js";

/** `serviceStats(from, to)` and the other statistics: inclusive dates, at most three years, from 2000. */
export const periodSchema = z
  .object({ from: isoDate("Enter the first day as a real date."), to: isoDate("Enter the last day as a real date.") })
  .superRefine((p, ctx) => {
    if (p.from > p.to) ctx.addIssue({ code: "custom", path: ["to"], message: "The last day must be on or after the first day." });
    else if (DateTime.fromISO(p.to).diff(DateTime.fromISO(p.from), "days").days + 1 > MAX_PERIOD_DAYS)
      ctx.addIssue({ code: "custom", path: ["to"], message: "Choose a period of three years or less." });
    if (p.from < EARLIEST_PERIOD_START) ctx.addIssue({ code: "custom", path: ["from"], message: "Choose a period from 2000 onwards." });
  });
