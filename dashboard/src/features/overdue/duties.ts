import type { OverdueKind } from "../../gql/graphql";
import { formatDay, relativeSpan, todayLocal } from "../../ui/format";

/** An open overdue item as the lists read it (the `OverdueListItem` fragment). */
export type OverdueEntry = {
  id: string;
  kind: OverdueKind;
  label: string;
  dueAt: string;
  referralId?: string | null;
  assigneeName?: string | null;
  assigneeStaffId?: string | null;
  subjectType: string;
  subjectId: string;
  /** The date an item raised ahead of a date warns of (a key date, a DBS renewal). */
  upcomingOn?: string | null;
};

/** One thing someone must do: an item, with the response target it outranks folded in when both are open. */
export type Duty = OverdueEntry & { alsoTargetDueAt: string | null };

/** How each kind is marked; its words are the server's (`overdueKindLabels`). */
export const overdueKindTone: Record<OverdueKind, "danger" | "warn" | "neutral"> = {
  SAFEGUARDING_NOT_ACKNOWLEDGED: "danger",
  RESPONSE_MAXIMUM_BREACHED: "danger",
  RESPONSE_TARGET_REACHED: "warn",
  ALLOCATION_NOT_ACCEPTED: "warn",
  KEY_DATE_APPROACHING: "warn",
  CONSENT_REVIEW_DUE: "warn",
  MEETING_FOLLOW_UP_DUE: "warn",
  CASE_INACTIVE: "neutral",
  COMPLAINT_RESPONSE_DUE: "warn",
  SUPERVISION_DUE: "neutral",
  DBS_RENEWAL_DUE: "warn",
  TRAINING_EXPIRED: "neutral",
  CLOSURE_PROPOSAL_AWAITING_MANAGER: "warn",
  CONDUCT_REVIEW_AWAITING_MANAGER: "warn",
};

/**
 * Most urgent first: a child's safety, then a family waiting past the maximum, then dates the family
 * faces, then the rest. Exhaustive, so a new kind fails the build until it is placed.
 */
function rank(kind: OverdueKind): number {
  switch (kind) {
    case "SAFEGUARDING_NOT_ACKNOWLEDGED":
      return 0;
    case "RESPONSE_MAXIMUM_BREACHED":
      return 1;
    case "KEY_DATE_APPROACHING":
      return 2;
    case "RESPONSE_TARGET_REACHED":
      return 3;
    case "ALLOCATION_NOT_ACCEPTED":
      return 4;
    case "COMPLAINT_RESPONSE_DUE":
      return 5;
    case "MEETING_FOLLOW_UP_DUE":
      return 6;
    case "CONSENT_REVIEW_DUE":
      return 7;
    case "DBS_RENEWAL_DUE":
      return 8;
    case "TRAINING_EXPIRED":
      return 9;
    case "CASE_INACTIVE":
      return 10;
    case "SUPERVISION_DUE":
      return 11;
    case "CLOSURE_PROPOSAL_AWAITING_MANAGER":
      return 12;
    case "CONDUCT_REVIEW_AWAITING_MANAGER":
      return 12;
  }
}

/**
 * One row per duty, most urgent first. When a referral has both its response target and its
 * maximum open, they are one duty (the maximum, the target noted), not two rows.
 */
export function toDuties(items: readonly OverdueEntry[]): Duty[] {
  const maxima = new Set(items.filter((i) => i.kind === "RESPONSE_MAXIMUM_BREACHED" && i.referralId).map((i) => i.referralId));
  const targets = new Map(items.filter((i) => i.kind === "RESPONSE_TARGET_REACHED" && i.referralId).map((i) => [i.referralId, i.dueAt]));
  return items
    .filter((i) => !(i.kind === "RESPONSE_TARGET_REACHED" && maxima.has(i.referralId)))
    .map((i) => ({ ...i, alsoTargetDueAt: i.kind === "RESPONSE_MAXIMUM_BREACHED" ? (targets.get(i.referralId) ?? null) : null }))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.id.localeCompare(b.id));
}

/** The most urgent duty for each referral (for lists of referrals and cases). */
export function dutiesByReferral(duties: readonly Duty[]): Map<string, Duty> {
  const byReferral = new Map<string, Duty>();
  for (const d of duties) if (d.referralId && !byReferral.has(d.referralId)) byReferral.set(d.referralId, d);
  return byReferral;
}

const dayWords = (days: number) => (days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`);

function daysFrom(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * When, in words that fit the date: "in 6 days" for a tribunal still to come, "3 days overdue" for
 * something late. `tone` colours it: danger for a family's date within two days or a maximum passed.
 */
export function dutyTiming(duty: Duty, now: number): { text: string; detail: string; tone: "danger" | "warn" | "neutral" } {
  if (duty.upcomingOn) {
    const today = todayLocal(new Date(now));
    const date = duty.upcomingOn;
    const days = daysFrom(today, date);
    const what = duty.kind === "DBS_RENEWAL_DUE" ? "Renewal " : "";
    if (days >= 0) return { text: `${what}${dayWords(days)}`, detail: formatDay(date), tone: days <= 2 ? "danger" : "warn" };
    return { text: `${what}${-days === 1 ? "1 day" : `${-days} days`} ago`, detail: formatDay(date), tone: "danger" };
  }
  const late = now - Date.parse(duty.dueAt);
  const detail = `Due ${formatDay(todayLocal(new Date(duty.dueAt)))}`;
  if (late < 0) return { text: `Due in ${relativeSpan(late)}`, detail, tone: "neutral" };
  return { text: `${relativeSpan(late)} overdue`, detail, tone: overdueKindTone[duty.kind] === "danger" ? "danger" : "warn" };
}

/** Who must act: the person holding it, or the managers (for a referral nobody holds yet, say so). */
export function dutyOwner(duty: Duty): string {
  if (duty.assigneeName) return duty.assigneeName;
  if (
    duty.referralId &&
    (duty.kind === "RESPONSE_MAXIMUM_BREACHED" || duty.kind === "RESPONSE_TARGET_REACHED" || duty.kind === "KEY_DATE_APPROACHING")
  )
    return "Managers (not allocated yet)";
  return "Managers";
}

/** Where a manager acts on a duty: the referral, the staff member, or the complaints log. */
export function managerLinkFor(duty: Duty): string | null {
  if (duty.referralId) return `/triage/${duty.referralId}`;
  if (duty.subjectType === "staff") return `/team/${duty.subjectId}`;
  if (duty.subjectType === "complaint") return "/complaints";
  return null;
}
