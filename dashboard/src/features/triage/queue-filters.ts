import type { ReferralChannel, ReferralStatus, TriageQueueFilter } from "../../gql/graphql";
import { referralChannelValues, referralStatusLabels } from "../../gql/labels";
import { isOneOf } from "../../lib/one-of";

/**
 * The statuses a referral is in the triage queue in: the server's QUEUE_STATUSES
 * (server/src/referral/referral.rules.ts). The API does not serve this set, and the screen needs it
 * to drop a referral pushed live once it has left the queue and to offer the status filter.
 */
export const QUEUE_STATUSES = ["NEW", "TRIAGED", "POOLED"] as const satisfies readonly ReferralStatus[];
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
export const isInQueue = (status: ReferralStatus): status is QueueStatus => isOneOf(QUEUE_STATUSES, status);

/**
 * What the manager narrowed the queue to. `show`, `channel`, `overdue` and `safeguarding` go to the
 * API (`triageQueue(filter:)`), so counts and pages are the service's; `search` has no API argument
 * and looks only at the referrals loaded (the screen says so when more exist).
 */
export type QueueFilters = {
  show: "ALL" | QueueStatus;
  channel: ReferralChannel | "ALL";
  overdue: boolean;
  safeguarding: boolean;
  search: string;
};

export const noFilters: QueueFilters = { show: "ALL", channel: "ALL", overdue: false, safeguarding: false, search: "" };

/** The status filter's options: the whole queue, or one of its statuses by the server's label. */
export const showOptions: readonly { value: QueueFilters["show"]; label: string }[] = [
  { value: "ALL", label: "Every open referral" },
  ...QUEUE_STATUSES.map((s) => ({ value: s, label: referralStatusLabels[s] })),
];

/** The API's part of the filters, or null for the whole queue. */
export function serverFilter(f: QueueFilters): TriageQueueFilter | null {
  const filter: TriageQueueFilter = {};
  if (f.show !== "ALL") filter.status = [f.show];
  if (f.channel !== "ALL") filter.channel = [f.channel];
  if (f.overdue) filter.overdue = true;
  if (f.safeguarding) filter.safeguarding = true;
  return Object.keys(filter).length ? filter : null;
}

/** Whether a referral pushed live belongs in the list as the API filtered it. */
export function matchesServerFilter(
  f: QueueFilters,
  r: {
    status: ReferralStatus;
    channel: ReferralChannel;
    responseTargetAt: string;
    firstRespondedAt?: string | null;
    safeguardingFlag: boolean;
  },
  now: number,
): boolean {
  if (f.safeguarding && !r.safeguardingFlag) return false;
  if (f.show !== "ALL" && r.status !== f.show) return false;
  if (f.channel !== "ALL" && r.channel !== f.channel) return false;
  if (f.overdue && (r.firstRespondedAt || Date.parse(r.responseTargetAt) > now)) return false;
  return true;
}

export const hasFilters = (f: QueueFilters) =>
  f.show !== "ALL" || f.channel !== "ALL" || f.overdue || f.safeguarding || f.search.trim() !== "";

/** Filters live in the address (?show=NEW&channel=EMAIL&overdue=1), so a reload or a shared link keeps them. */
export function filtersFromSearch(search: string): QueueFilters {
  const q = new URLSearchParams(search);
  const show = q.get("show");
  const channel = q.get("channel");
  return {
    show: isOneOf(QUEUE_STATUSES, show) ? show : "ALL",
    channel: isOneOf(referralChannelValues, channel) ? channel : "ALL",
    overdue: q.get("overdue") === "1",
    safeguarding: q.get("safeguarding") === "1",
    search: q.get("q") ?? "",
  };
}

export function searchFromFilters(f: QueueFilters): string {
  const q = new URLSearchParams();
  if (f.show !== "ALL") q.set("show", f.show);
  if (f.channel !== "ALL") q.set("channel", f.channel);
  if (f.overdue) q.set("overdue", "1");
  if (f.safeguarding) q.set("safeguarding", "1");
  if (f.search.trim()) q.set("q", f.search.trim());
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** Words and references, case and accents ignored: "zoe" finds "Zoë". */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}
