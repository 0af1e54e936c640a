import type { BlockingReasonCode, ConflictKind, ReferralStatus, StaffRole, TrainingKind } from "../core/vocabulary.js";
import { confidentialitySignedBy, dbsValidOn, holdsCases, trainingCurrentOn } from "../staff/staff.rules.js";

/*
 * Who may hold a case [001 DBS, Confidentiality; 002; 004 2.2B3], and which referrals can be
 * allocated. The one rule book for `allocateReferral`, `claimReferral`, the pool and `team`.
 */

export interface BlockingReason {
  code: BlockingReasonCode;
  message: string;
}

export interface StaffFacts {
  role: StaffRole;
  capacity: number;
  /** The highest level the administrator lets them hold; null or absent: as the role and training allow. */
  maxLevel?: number | null;
  openAllocations: number;
  dbsEnhanced: boolean;
  /** ISO date. */
  dbsRenewalDueOn: string | null;
  confidentialitySignedOn: string | null;
  training: { kind: TrainingKind; expiresOn: string | null }[];
  conflicts: { kind: ConflictKind; subject: string; withdrawnOn: string | null }[];
}

/** What the case asks of its holder; absent parts are simply not checked (e.g. `team` without a referral). */
export interface CaseDemand {
  level?: number | null;
  /** Full names of the contact and the child. */
  familyNames?: (string | null)[];
  educationSetting?: string | null;
}

/** Level 4 (intensive support, tribunal) needs recorded legal training [004 2.2B3]. */
export const LEVEL_4_TRAINING = "IPSEA_LEVEL_3" satisfies TrainingKind;

/** Statuses a referral can be allocated from (eligible and with a level): triaged, in the pool, or reallocated. */
export const ALLOCATABLE_STATUSES = ["TRIAGED", "POOLED", "ALLOCATED"] as const satisfies readonly ReferralStatus[];

/** A referral can be allocated once triaged as eligible with a level, and until it is settled. */
export const mayAllocate = (r: { status: ReferralStatus; eligibility: string; level: number | null }) =>
  (ALLOCATABLE_STATUSES as readonly ReferralStatus[]).includes(r.status) && r.eligibility === "ELIGIBLE" && r.level !== null;

/** Only a triaged, eligible referral with a level can be published to the pool. */
export const mayPublishToPool = (r: { status: ReferralStatus; eligibility: string; level: number | null }) =>
  r.status === "TRIAGED" && r.eligibility === "ELIGIBLE" && r.level !== null;

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
const surname = (fullName: string) => normalise(fullName).split(" ").at(-1) ?? "";

/**
 * Every reason the staff member may not hold this case today, in the order a refusal reports them:
 * the role and its level ceiling or the level's training, the DBS check, the confidentiality policy,
 * declared conflicts of interest with the family (full name or surname) or the education setting,
 * and capacity.
 */
export function blockingReasons(
  staff: StaffFacts,
  demand: CaseDemand,
  opts: { today: string; volunteerMaxLevel: number },
): BlockingReason[] {
  const reasons: BlockingReason[] = [];
  const { today } = opts;
  const level = demand.level ?? null;

  if (!holdsCases(staff.role)) {
    reasons.push({ code: "NOT_QUALIFIED_FOR_LEVEL", message: `A ${staff.role.toLowerCase()} account cannot hold cases.` });
  } else if (level !== null) {
    if (staff.role === "VOLUNTEER" && level > opts.volunteerMaxLevel) {
      reasons.push({
        code: "NOT_QUALIFIED_FOR_LEVEL",
        message: `Volunteers in this service take cases up to level ${opts.volunteerMaxLevel}; this one is level ${level}.`,
      });
    } else if (staff.maxLevel != null && level > staff.maxLevel) {
      reasons.push({
        code: "NOT_QUALIFIED_FOR_LEVEL",
        message: `Their account allows cases up to level ${staff.maxLevel}; this one is level ${level}.`,
      });
    } else if (level >= 4 && !staff.training.some((t) => t.kind === LEVEL_4_TRAINING && trainingCurrentOn(t, today))) {
      reasons.push({ code: "NOT_QUALIFIED_FOR_LEVEL", message: "Level 4 needs IPSEA level 3 legal training on record." });
    }
  }
  if (!staff.dbsEnhanced) reasons.push({ code: "DBS_NOT_VALID", message: "No enhanced DBS check on record." });
  else if (!dbsValidOn(staff, today))
    reasons.push({ code: "DBS_NOT_VALID", message: `The enhanced DBS check was due for renewal on ${staff.dbsRenewalDueOn}.` });
  if (!confidentialitySignedBy(staff.confidentialitySignedOn, today))
    reasons.push({ code: "CONFIDENTIALITY_NOT_SIGNED", message: "The confidentiality policy has not been signed." });

  const live = staff.conflicts.filter((c) => c.withdrawnOn === null || c.withdrawnOn > today);
  const names = (demand.familyNames ?? []).filter((n): n is string => Boolean(n));
  const familyKeys = new Set(names.flatMap((n) => [normalise(n), surname(n)]).filter(Boolean));
  if (live.some((c) => c.kind === "FAMILY" && familyKeys.has(normalise(c.subject)))) {
    reasons.push({ code: "CONFLICT_OF_INTEREST", message: "Declared a conflict of interest with this family." });
  }
  const setting = demand.educationSetting ? normalise(demand.educationSetting) : null;
  if (setting && live.some((c) => c.kind === "EDUCATION_SETTING" && normalise(c.subject) === setting)) {
    reasons.push({ code: "CONFLICT_OF_INTEREST", message: "Declared a conflict of interest with the child's education setting." });
  }
  if (staff.openAllocations >= staff.capacity) {
    reasons.push({ code: "AT_CAPACITY", message: `At capacity: ${staff.openAllocations} open cases of ${staff.capacity}.` });
  }
  return reasons;
}

/**
 * What stops the holder keeping a case whose level changes: only the level's own checks (the role's
 * ceiling, level-4 training). They already hold it, so capacity and the rest were checked then.
 */
export const levelBlockingReasons = (staff: StaffFacts, level: number, opts: { today: string; volunteerMaxLevel: number }) =>
  blockingReasons(staff, { level }, opts).filter((r) => r.code === "NOT_QUALIFIED_FOR_LEVEL");

/**
 * What stops someone joining a level-4 case as co-worker or shadow [004 2.2B3]: everything that stops
 * them holding a case except the level's training (shadowing is how staff learn level 4) and capacity
 * (they do not hold it).
 */
export const jointWorkerBlockingReasons = (staff: StaffFacts, demand: CaseDemand, opts: { today: string; volunteerMaxLevel: number }) =>
  blockingReasons(staff, { ...demand, level: null }, opts).filter((r) => r.code !== "AT_CAPACITY");
