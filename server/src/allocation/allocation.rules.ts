import type { StaffRole } from "../core/vocabulary.js";

/** Why a staff member may not hold a case; each code is also the error code of the refusal. */
export type BlockingCode =
  "NOT_QUALIFIED_FOR_LEVEL" | "DBS_NOT_VALID" | "CONFIDENTIALITY_NOT_SIGNED" | "CONFLICT_OF_INTEREST" | "AT_CAPACITY";

export interface BlockingReason {
  code: BlockingCode;
  message: string;
}

export interface StaffFacts {
  role: StaffRole;
  capacity: number;
  openAllocations: number;
  dbsEnhanced: boolean;
  /** ISO date. */
  dbsRenewalDueOn: string | null;
  confidentialitySignedOn: string | null;
  training: { kind: string; expiresOn: string | null }[];
  conflicts: { kind: "FAMILY" | "EDUCATION_SETTING"; subject: string; withdrawnOn: string | null }[];
}

/** What the case asks of its holder; absent parts are simply not checked (e.g. `team` without a referral). */
export interface CaseDemand {
  level?: number | null;
  /** Full names of the contact and the child. */
  familyNames?: (string | null)[];
  educationSetting?: string | null;
}

/** Level 4 (intensive support, tribunal) needs recorded legal training [004 2.2B3]. */
export const LEVEL_4_TRAINING = "IPSEA_LEVEL_3";
const CASE_HOLDING_ROLES: readonly StaffRole[] = ["MANAGER", "OFFICER", "VOLUNTEER"];

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
const surname = (fullName: string) => normalise(fullName).split(" ").at(-1) ?? "";

/**
 * Every reason the staff member may not hold this case today, in the order a refusal reports them.
 * Pure: the one rule book for `allocateReferral`, `claimReferral` and `team`.
 */
export function blockingReasons(
  staff: StaffFacts,
  demand: CaseDemand,
  opts: { today: string; volunteerMaxLevel: number },
): BlockingReason[] {
  const reasons: BlockingReason[] = [];
  const { today } = opts;
  const level = demand.level ?? null;

  if (!CASE_HOLDING_ROLES.includes(staff.role)) {
    reasons.push({ code: "NOT_QUALIFIED_FOR_LEVEL", message: `A ${staff.role.toLowerCase()} account cannot hold cases.` });
  } else if (level !== null) {
    if (staff.role === "VOLUNTEER" && level > opts.volunteerMaxLevel) {
      reasons.push({
        code: "NOT_QUALIFIED_FOR_LEVEL",
        message: `Volunteers in this service take cases up to level ${opts.volunteerMaxLevel}; this one is level ${level}.`,
      });
    } else if (level >= 4 && !staff.training.some((t) => t.kind === LEVEL_4_TRAINING && (t.expiresOn === null || t.expiresOn >= today))) {
      reasons.push({ code: "NOT_QUALIFIED_FOR_LEVEL", message: "Level 4 needs IPSEA level 3 legal training on record." });
    }
  }
  if (!staff.dbsEnhanced) reasons.push({ code: "DBS_NOT_VALID", message: "No enhanced DBS check on record." });
  else if (staff.dbsRenewalDueOn !== null && staff.dbsRenewalDueOn < today)
    reasons.push({ code: "DBS_NOT_VALID", message: `The enhanced DBS check was due for renewal on ${staff.dbsRenewalDueOn}.` });
  if (!staff.confidentialitySignedOn || staff.confidentialitySignedOn > today)
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
