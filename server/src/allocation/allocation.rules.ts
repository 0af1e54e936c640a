import type { BlockingReasonCode, ConflictKind, ReferralStatus, StaffRole, TrainingKind } from "../core/vocabulary.js";
import {
  INDUCTION_TRAINING,
  OBSERVATION_TRAINING,
  SAFEGUARDING_TRAINING,
  VOLUNTEER_TRAINING,
  barredListMissing,
  confidentialitySignedBy,
  dbsValidOn,
  holdsCases,
  isLegacyFamilyDeclaration,
  needsObservation,
  trainingCurrentOn,
} from "../staff/staff.rules.js";

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
  /** The children's barred list was checked with the enhanced DBS check [001 DBS]. */
  dbsBarredListChecked: boolean;
  confidentialitySignedOn: string | null;
  training: { kind: TrainingKind; expiresOn: string | null }[];
  conflicts: DeclaredConflict[];
}

/** A conflict-of-interest declaration as the check reads it [002]. */
export interface DeclaredConflict {
  kind: ConflictKind;
  /** A person's full name, or a setting's, group's or agency's name; for COLLEAGUE the colleague's name. */
  subject: string;
  dateOfBirth?: string | null;
  postcode?: string | null;
  withdrawnOn: string | null;
}

/** A member of the family a referral is about, with what identifies them beyond their name. */
export interface FamilyMember {
  fullName: string | null;
  dateOfBirth?: string | null;
  postcode?: string | null;
}

/** What the case asks of its holder; absent parts are simply not checked (e.g. `team` without a referral). */
export interface CaseDemand {
  level?: number | null;
  /** The contact and the child. */
  family?: FamilyMember[];
  educationSetting?: string | null;
  /** The referrer's name and organisation (a professional, a parent support group, another agency). */
  referrerName?: string | null;
  referrerOrganisation?: string | null;
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

/** Names compare without case, punctuation or extra spaces ("St. Mary's  C of E" = "st marys c of e"). */
export const normaliseName = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const normalisePostcode = (s: string) => s.toUpperCase().replace(/\s+/g, "");

/** A family name as older declarations gave it: the whole name, or its last words (a surname, double-barrelled or not). */
const endsWithName = (fullName: string, subject: string) => {
  const name = normaliseName(fullName);
  return name === subject || name.endsWith(` ${subject}`);
};

/**
 * Whether a live declaration names this referral [002]. A person is matched by full name AND a
 * second identifier (date of birth or postcode), never by surname alone; a school or nursery by the
 * child's education setting; a parent support group or agency by the referrer's organisation; a
 * colleague when they are the referrer or one of the family. An older family declaration without a
 * second identifier (`isLegacyFamilyDeclaration`) still matches conservatively, as when it was made:
 * a family member's full name or the last words of it, their surname (decision 045), until re-declared.
 */
export function conflictMatches(c: DeclaredConflict, demand: CaseDemand): boolean {
  const subject = normaliseName(c.subject);
  if (!subject) return false;
  const same = (v: string | null | undefined) => Boolean(v) && normaliseName(v!) === subject;
  const family = demand.family ?? [];
  switch (c.kind) {
    case "FAMILY":
      if (isLegacyFamilyDeclaration(c)) return family.some((p) => Boolean(p.fullName) && endsWithName(p.fullName!, subject));
      return family.some(
        (p) =>
          same(p.fullName) &&
          ((Boolean(c.dateOfBirth) && p.dateOfBirth === c.dateOfBirth) ||
            (Boolean(c.postcode) && Boolean(p.postcode) && normalisePostcode(p.postcode!) === normalisePostcode(c.postcode!))),
      );
    case "EDUCATION_SETTING":
      return same(demand.educationSetting);
    case "PARENT_GROUP":
    case "AGENCY":
      return same(demand.referrerOrganisation);
    case "COLLEAGUE":
      return same(demand.referrerName) || family.some((p) => same(p.fullName));
  }
}

const CONFLICT_MESSAGES: Record<ConflictKind, string> = {
  FAMILY: "Declared a conflict of interest with this family.",
  EDUCATION_SETTING: "Declared a conflict of interest with the child's education setting.",
  PARENT_GROUP: "Declared a conflict of interest with the parent support group that referred.",
  COLLEAGUE: "Declared a conflict of interest with a colleague who is the referrer or one of the family.",
  AGENCY: "Declared a conflict of interest with the agency that referred.",
};

/**
 * Every reason the staff member may not hold this case today, in the order a refusal reports them:
 * the role and its level ceiling or the level's training, the DBS check and its barred-list check,
 * the confidentiality policy, induction, current safeguarding training, a volunteer's IPSEA level 1,
 * observation before lone casework (holding a case is lone casework), declared conflicts of
 * interest that name this referral (`conflictMatches`), and capacity.
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
  if (barredListMissing(staff))
    reasons.push({ code: "BARRED_LIST_NOT_CHECKED", message: "No children's barred-list check recorded with the enhanced DBS check." });
  if (!confidentialitySignedBy(staff.confidentialitySignedOn, today))
    reasons.push({ code: "CONFIDENTIALITY_NOT_SIGNED", message: "The confidentiality policy has not been signed." });
  if (holdsCases(staff.role)) {
    const current = (kind: TrainingKind) => staff.training.some((t) => t.kind === kind && trainingCurrentOn(t, today));
    if (!staff.training.some((t) => t.kind === INDUCTION_TRAINING))
      reasons.push({ code: "NO_INDUCTION", message: "No induction on record." });
    if (!current(SAFEGUARDING_TRAINING))
      reasons.push({
        code: "SAFEGUARDING_TRAINING_EXPIRED",
        message: staff.training.some((t) => t.kind === SAFEGUARDING_TRAINING)
          ? "Their safeguarding training has expired."
          : "No safeguarding training on record.",
      });
    if (staff.role === "VOLUNTEER" && !current(VOLUNTEER_TRAINING))
      reasons.push({ code: "NO_IPSEA_LEVEL_1", message: "Volunteers need IPSEA level 1 training before holding a case." });
    if (needsObservation(staff.role) && !staff.training.some((t) => t.kind === OBSERVATION_TRAINING))
      reasons.push({
        code: "NO_OBSERVATION",
        message: "Not yet observed in casework: holding a case is lone casework. They can join a case as co-worker or shadow.",
      });
  }

  const live = staff.conflicts.filter((c) => (c.withdrawnOn === null || c.withdrawnOn > today) && conflictMatches(c, demand));
  for (const kind of new Set(live.map((c) => c.kind))) {
    reasons.push({ code: "CONFLICT_OF_INTEREST", message: CONFLICT_MESSAGES[kind] });
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
 * them holding a case except the level's training (shadowing is how staff learn level 4), capacity
 * (they do not hold it) and observation (working beside the holder is not lone casework).
 */
export const jointWorkerBlockingReasons = (staff: StaffFacts, demand: CaseDemand, opts: { today: string; volunteerMaxLevel: number }) =>
  blockingReasons(staff, { ...demand, level: null }, opts).filter((r) => r.code !== "AT_CAPACITY" && r.code !== "NO_OBSERVATION");
