import { z } from "zod";
import { isoDate, optionalText, requiredText } from "../core/text.js";
import { AGENCY_TYPE, MONITORING_KIND, POOR_PRACTICE_CATEGORY, SESSION_KIND, SESSION_TOPIC } from "../core/vocabulary.js";
import { MAX_EXPENSE_PENCE, MAX_MILES, SESSION_SCORE_MAX, SESSION_SCORE_MIN, needsCategory } from "./groupwork.rules.js";

const uuid = (what: string) => z.string().uuid(`Not a valid ${what} id.`);

/** `recordGroupSession(input)`: a session held (not in the future), with how many came and, optionally, who. */
export const groupSessionSchema = (today: string) =>
  z.object({
    kind: z.enum(SESSION_KIND.values),
    title: requiredText(200, "Give the session a title."),
    heldOn: isoDate().refine((d) => d <= today, "Record a session once it has been held."),
    topic: z.enum(SESSION_TOPIC.values),
    facilitator: requiredText(200, "Say who ran the session."),
    attendance: z.number().int("A whole number.").min(0, "Cannot be negative.").max(1000, "At most 1000."),
    attendees: z
      .array(z.object({ personId: uuid("person"), attended: z.boolean() }))
      .max(200, "At most 200 people.")
      .optional()
      .nullable(),
  });

/** `recordSessionEvaluations(input)`: anonymous forms, scores only. */
export const sessionEvaluationsSchema = z.object({
  sessionId: uuid("session"),
  forms: z
    .array(
      z.object({
        usefulness: z.number().int().min(SESSION_SCORE_MIN, "From 1 to 5.").max(SESSION_SCORE_MAX, "From 1 to 5."),
        impartiality: z.number().int().min(SESSION_SCORE_MIN, "From 1 to 5.").max(SESSION_SCORE_MAX, "From 1 to 5."),
      }),
    )
    .min(1, "Enter at least one form.")
    .max(1000),
});

/** `recordMonitoringNote(input)`: anonymised; poor practice names its category and agency type. */
export const monitoringNoteSchema = (today: string) =>
  z
    .object({
      kind: z.enum(MONITORING_KIND.values),
      category: z.enum(POOR_PRACTICE_CATEGORY.values).optional().nullable(),
      agencyType: z.enum(AGENCY_TYPE.values).optional().nullable(),
      month: isoDate("Enter a real month.").refine((d) => d <= today, "This cannot be in the future."),
      summary: requiredText(2000, "Describe it, without names or details that identify anyone."),
    })
    .superRefine((n, ctx) => {
      if (needsCategory(n.kind) && !n.category)
        ctx.addIssue({ code: "custom", path: ["category"], message: "Choose the kind of poor practice." });
      if (needsCategory(n.kind) && !n.agencyType)
        ctx.addIssue({ code: "custom", path: ["agencyType"], message: "Choose the kind of agency." });
    });

/** `recordActivityExpense(input)`: miles and an amount in pence on one activity. */
export const activityExpenseSchema = z
  .object({
    activityId: uuid("activity"),
    miles: z.number().min(0, "Cannot be negative.").max(MAX_MILES, `At most ${MAX_MILES} miles.`),
    amountPence: z.number().int("Whole pence.").min(0, "Cannot be negative.").max(MAX_EXPENSE_PENCE, "At most £1,000."),
    note: optionalText(500),
  })
  .superRefine((e, ctx) => {
    if (e.miles === 0 && e.amountPence === 0) ctx.addIssue({ code: "custom", path: ["miles"], message: "Enter the miles or an amount." });
  });

/** `expenseTotals(month)`: a month, as its first day. */
export const expenseMonthSchema = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "A month as YYYY-MM.") });
