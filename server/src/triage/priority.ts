import { sql, type SQL } from "drizzle-orm";
import { daysBetween, localDate, shortDate } from "../clock/calendar-date.js";
import { KEY_DATE_KIND, isValueOf } from "../core/vocabulary.js";
import {
  KEY_DATE_BANDS,
  STATUTORY_STAGES,
  STATUTORY_STAGE_REASONS,
  URGENT_KEY_DATE_KINDS,
  WEIGHTS,
  isStatutoryStage,
} from "./triage.rules.js";

/*
 * Triage priority [004 2.2B8]: the weights of triage.rules.ts, as the SQL expression the queue sorts
 * by (`prioritySql`) and as the reasons shown to the manager (`explainPriority`); a property test
 * (tests/api/priority.test.ts) checks the two always agree.
 */

export interface PriorityReason {
  code: string;
  label: string;
  weight: number;
}

export interface PriorityFacts {
  safeguardingFlag: boolean;
  excludedOrNoPlace: boolean;
  childInNeedOrLookedAfter: boolean;
  currentStage: string;
  /** The nearest urgent key date today or later, if any. */
  nextKeyDate: { kind: string; on: string } | null;
  firstRespondedAt: Date | null;
  responseTargetAt: Date;
  responseDeadlineAt: Date;
  priorityOverride: number | null;
  priorityOverrideReason: string | null;
}

/** The reasons, in weight order; their weights always add up to the priority. */
export function explainPriority(f: PriorityFacts, asOf: Date, timeZone: string): { priority: number; reasons: PriorityReason[] } {
  const reasons: PriorityReason[] = [];
  if (f.safeguardingFlag) reasons.push({ code: "SAFEGUARDING", label: "Safeguarding concern flagged", weight: WEIGHTS.safeguarding });
  if (f.excludedOrNoPlace)
    reasons.push({ code: "EXCLUDED_OR_NO_PLACE", label: "Excluded or without a school place", weight: WEIGHTS.excludedOrNoPlace });
  if (f.childInNeedOrLookedAfter)
    reasons.push({ code: "VULNERABILITY", label: "Child in need or looked after", weight: WEIGHTS.childInNeedOrLookedAfter });
  if (isStatutoryStage(f.currentStage))
    reasons.push({ code: "STATUTORY_PROCESS", label: STATUTORY_STAGE_REASONS[f.currentStage], weight: WEIGHTS.statutoryProcess });
  if (f.nextKeyDate) {
    const days = daysBetween(localDate(asOf, timeZone), f.nextKeyDate.on);
    const band = KEY_DATE_BANDS.find((b) => days <= b.withinDays);
    if (band) {
      const when = days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`;
      const date = shortDate(f.nextKeyDate.on);
      reasons.push({
        code: "KEY_DATE",
        label: `${isValueOf(KEY_DATE_KIND, f.nextKeyDate.kind) ? KEY_DATE_KIND.labels[f.nextKeyDate.kind] : "Key date"} ${when} (${date})`,
        weight: band.weight,
      });
    }
  }
  if (!f.firstRespondedAt) {
    if (f.responseDeadlineAt <= asOf) reasons.push({ code: "PAST_MAXIMUM", label: "Response maximum passed", weight: WEIGHTS.pastMaximum });
    else if (f.responseTargetAt <= asOf) reasons.push({ code: "PAST_TARGET", label: "Response target passed", weight: WEIGHTS.pastTarget });
  }
  const computed = reasons.reduce((sum, r) => sum + r.weight, 0);
  reasons.sort((a, b) => b.weight - a.weight);
  if (f.priorityOverride !== null && f.priorityOverride !== computed) {
    reasons.push({
      code: "MANAGER_OVERRIDE",
      label: `Set by manager: ${f.priorityOverrideReason ?? "no reason given"}`,
      weight: f.priorityOverride - computed,
    });
    return { priority: f.priorityOverride, reasons };
  }
  return { priority: computed, reasons };
}

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * The same score as `explainPriority`, as one SQL expression over the referral's columns and the
 * nearest urgent key date (`keyDateOn`, a date column or null). `asOf` is passed as a parameter so a
 * paginated queue scores every page at the same instant.
 */
export function prioritySql(cols: {
  safeguardingFlag: SQL | unknown;
  excludedOrNoPlace: unknown;
  childInNeedOrLookedAfter: unknown;
  currentStage: unknown;
  firstRespondedAt: unknown;
  responseTargetAt: unknown;
  responseDeadlineAt: unknown;
  priorityOverride: unknown;
  keyDateOn: unknown;
  asOf: Date;
  /** The service's IANA time zone: a literal, or SQL reading it from the service row. */
  timeZone: string | SQL;
}): SQL<number> {
  const asOf = sql`${cols.asOf.toISOString()}::timestamptz`;
  const today = sql`(${asOf} at time zone ${cols.timeZone})::date`;
  const bands = sql.join(
    KEY_DATE_BANDS.map((b) => sql`when ${cols.keyDateOn} - ${today} <= ${sql.raw(String(b.withinDays))} then ${sql.raw(String(b.weight))}`),
    sql` `,
  );
  return sql<number>`coalesce(${cols.priorityOverride}, (
    case when ${cols.safeguardingFlag} then ${sql.raw(String(WEIGHTS.safeguarding))} else 0 end
    + case when ${cols.excludedOrNoPlace} then ${sql.raw(String(WEIGHTS.excludedOrNoPlace))} else 0 end
    + case when ${cols.childInNeedOrLookedAfter} then ${sql.raw(String(WEIGHTS.childInNeedOrLookedAfter))} else 0 end
    + case when ${cols.currentStage}::text in (${list(STATUTORY_STAGES)}) then ${sql.raw(String(WEIGHTS.statutoryProcess))} else 0 end
    + case when ${cols.keyDateOn} is null then 0 ${bands} else 0 end
    + case when ${cols.firstRespondedAt} is not null then 0
           when ${cols.responseDeadlineAt} <= ${asOf} then ${sql.raw(String(WEIGHTS.pastMaximum))}
           when ${cols.responseTargetAt} <= ${asOf} then ${sql.raw(String(WEIGHTS.pastTarget))}
           else 0 end
  ))`.mapWith(Number);
}

export const urgentKindsSql = () => list(URGENT_KEY_DATE_KINDS);
