import { sql, type SQL } from "drizzle-orm";
import { daysBetween, localDate, shortDate } from "../clock/calendar-date.js";
import { KEY_DATE_KIND, isValueOf, type KeyDateKind } from "../core/vocabulary.js";

/*
 * Triage priority [004 2.2B8]: a sum of weighted criteria, each shown to the manager as a reason.
 * The same table drives the SQL expression the queue sorts by (`prioritySql`) and the reasons
 * (`explainPriority`); a property test checks the two always agree.
 */

export const WEIGHTS = {
  safeguarding: 40,
  excludedOrNoPlace: 25,
  childInNeedOrLookedAfter: 15,
  statutoryProcess: 10,
  pastMaximum: 20,
  pastTarget: 12,
} as const;

/** Key dates that make a referral urgent, and how much by days to go (first band that fits wins). */
export const URGENT_KEY_DATE_KINDS = [
  "TRIBUNAL",
  "APPEAL_DEADLINE",
  "EXCLUSION_HEARING",
  "MEETING",
  "DECISION_TO_ASSESS_DUE",
  "DRAFT_PLAN_COMMENTS_DUE",
  "FINAL_PLAN_DUE",
] as const satisfies readonly KeyDateKind[];
export const KEY_DATE_BANDS = [
  { withinDays: 3, weight: 30 },
  { withinDays: 7, weight: 25 },
  { withinDays: 14, weight: 15 },
  { withinDays: 28, weight: 8 },
] as const;

/** Stages where a statutory process is under way. */
export const STATUTORY_STAGES = ["EHC_NEEDS_ASSESSMENT", "DRAFT_PLAN", "APPEAL_TRIBUNAL", "EXCLUSION"] as const;

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

const STAGE_LABEL: Record<string, string> = {
  EHC_NEEDS_ASSESSMENT: "EHC needs assessment under way",
  DRAFT_PLAN: "Draft EHC plan issued",
  APPEAL_TRIBUNAL: "Appeal or tribunal under way",
  EXCLUSION: "Exclusion process under way",
};

/** The reasons, in weight order; their weights always add up to the priority. */
export function explainPriority(f: PriorityFacts, asOf: Date, timeZone: string): { priority: number; reasons: PriorityReason[] } {
  const reasons: PriorityReason[] = [];
  if (f.safeguardingFlag) reasons.push({ code: "SAFEGUARDING", label: "Safeguarding concern flagged", weight: WEIGHTS.safeguarding });
  if (f.excludedOrNoPlace)
    reasons.push({ code: "EXCLUDED_OR_NO_PLACE", label: "Excluded or without a school place", weight: WEIGHTS.excludedOrNoPlace });
  if (f.childInNeedOrLookedAfter)
    reasons.push({ code: "VULNERABILITY", label: "Child in need or looked after", weight: WEIGHTS.childInNeedOrLookedAfter });
  if ((STATUTORY_STAGES as readonly string[]).includes(f.currentStage))
    reasons.push({ code: "STATUTORY_PROCESS", label: STAGE_LABEL[f.currentStage], weight: WEIGHTS.statutoryProcess });
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
