import type { ComplianceItem, ComplianceState, ConflictKind, StaffRole, TrainingKind } from "../core/vocabulary.js";

/*
 * What a staff member must have on record to hold cases [001 DBS, Training, Confidentiality], read
 * alike by allocation (blocking reasons), the supervision schedule (compliance) and the overdue
 * engine (renewals due).
 */

/** Roles that hold cases (and are supervised, and need a valid DBS check). */
export const CASE_HOLDING_ROLES = ["MANAGER", "OFFICER", "VOLUNTEER"] as const satisfies readonly StaffRole[];

export const holdsCases = (role: StaffRole) => (CASE_HOLDING_ROLES as readonly StaffRole[]).includes(role);

/** Days of warning before a DBS renewal or a training expiry falls due. */
export const DBS_WARNING_DAYS = 30;
export const TRAINING_WARNING_DAYS = DBS_WARNING_DAYS;

/** An enhanced DBS check is valid until its renewal date (dates are ISO, in the service's time zone). */
export const dbsValidOn = (s: { dbsEnhanced: boolean; dbsRenewalDueOn: string | null }, today: string) =>
  s.dbsEnhanced && (s.dbsRenewalDueOn === null || s.dbsRenewalDueOn >= today);

/** Training counts until it expires; training with no expiry date counts for good. */
export const trainingCurrentOn = (t: { expiresOn: string | null }, today: string) => t.expiresOn === null || t.expiresOn >= today;

/** The confidentiality policy counts as signed from the day it was signed. */
export const confidentialitySignedBy = (signedOn: string | null, today: string) => signedOn !== null && signedOn <= today;

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A date (renewal, expiry) falls due soon when it is today or within the warning window. */
export const dueSoon = (date: string | null, today: string, warningDays = DBS_WARNING_DAYS) =>
  date !== null && date >= today && date <= addDays(today, warningDays);

/** Appraisals are quarterly [004]: the next is due three months after the last (or after starting). */
export const APPRAISAL_INTERVAL_MONTHS = 3;

const addMonths = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
};

export const appraisalDueOn = (lastHeldOn: string | null, startedOn: string) =>
  addMonths(lastHeldOn ?? startedOn, APPRAISAL_INTERVAL_MONTHS);

/** Training every case holder needs before holding a case, and what a volunteer needs besides [001 Training; 004 2.2E6]. */
export const INDUCTION_TRAINING = "INDUCTION" satisfies TrainingKind;
export const SAFEGUARDING_TRAINING = "SAFEGUARDING" satisfies TrainingKind;
export const VOLUNTEER_TRAINING = "IPSEA_LEVEL_1" satisfies TrainingKind;
/**
 * Observation in casework before working alone [001 Training]. Officers and volunteers need it; a
 * manager is the one who observes. Holding a case is lone casework, so allocation refuses them until
 * it is recorded; joining a case as co-worker or shadow is how they are observed (decision 045).
 */
export const OBSERVATION_TRAINING = "OBSERVATION" satisfies TrainingKind;
export const needsObservation = (role: StaffRole) => holdsCases(role) && role !== "MANAGER";

/** An enhanced DBS check counts for casework only with the children's barred list checked [001 DBS] (decision 045). */
export const barredListMissing = (s: { dbsEnhanced: boolean; dbsBarredListChecked: boolean }) => s.dbsEnhanced && !s.dbsBarredListChecked;

/**
 * A FAMILY declaration with neither date of birth nor postcode: only one recorded before decision 041
 * (the input refuses one since), often a surname alone. Allocation matches it as it was matched then
 * (`conflictMatches`), and the compliance screen asks for it to be declared again (decision 045).
 */
export const isLegacyFamilyDeclaration = (c: { kind: ConflictKind; dateOfBirth?: string | null; postcode?: string | null }) =>
  c.kind === "FAMILY" && !c.dateOfBirth && !c.postcode;

/** Everything kept about a person's compliance, as the rules below read it. */
export interface ComplianceFacts {
  role: StaffRole;
  startedOn: string;
  dbsEnhanced: boolean;
  dbsCheckedOn: string | null;
  dbsRenewalDueOn: string | null;
  dbsBarredListChecked: boolean;
  dbsUpdateService: boolean;
  dbsUpdateServiceRenewalOn: string | null;
  confidentialitySignedOn: string | null;
  /** The latest of each kind. */
  training: { kind: TrainingKind; expiresOn: string | null }[];
  lastAppraisalOn: string | null;
}

export interface ComplianceIssue {
  item: ComplianceItem;
  state: ComplianceState;
  /** The date it fell or falls due, where there is one. */
  dueOn: string | null;
  message: string;
}

/**
 * What is missing, expired or due soon in a person's records, in the order the compliance screen and
 * the supervision schedule list them. Only case holders need DBS, training and appraisals; everyone
 * signs the confidentiality policy.
 */
export function complianceIssues(f: ComplianceFacts, today: string, warningDays = DBS_WARNING_DAYS): ComplianceIssue[] {
  const out: ComplianceIssue[] = [];
  const push = (item: ComplianceItem, state: ComplianceState, dueOn: string | null, message: string) =>
    out.push({ item, state, dueOn, message });
  if (!confidentialitySignedBy(f.confidentialitySignedOn, today))
    push("CONFIDENTIALITY", "MISSING", null, "The confidentiality policy has not been signed.");
  if (!holdsCases(f.role)) return out;

  if (!f.dbsEnhanced) push("DBS", "MISSING", null, "No enhanced DBS check on record.");
  else if (!dbsValidOn(f, today)) push("DBS", "EXPIRED", f.dbsRenewalDueOn, `The DBS check was due for renewal on ${f.dbsRenewalDueOn}.`);
  else if (dueSoon(f.dbsRenewalDueOn, today, warningDays))
    push("DBS", "DUE_SOON", f.dbsRenewalDueOn, `The DBS check is due for renewal on ${f.dbsRenewalDueOn}.`);
  if (barredListMissing(f)) push("BARRED_LIST", "MISSING", null, "No barred-list check recorded with the DBS check.");
  if (f.dbsUpdateService && f.dbsUpdateServiceRenewalOn !== null) {
    if (f.dbsUpdateServiceRenewalOn < today)
      push(
        "UPDATE_SERVICE",
        "EXPIRED",
        f.dbsUpdateServiceRenewalOn,
        `The update-service subscription lapsed on ${f.dbsUpdateServiceRenewalOn}.`,
      );
    else if (dueSoon(f.dbsUpdateServiceRenewalOn, today, warningDays))
      push(
        "UPDATE_SERVICE",
        "DUE_SOON",
        f.dbsUpdateServiceRenewalOn,
        `The update-service subscription renews on ${f.dbsUpdateServiceRenewalOn}.`,
      );
  }

  const latest = (kind: TrainingKind) => f.training.find((t) => t.kind === kind);
  const need = (kind: TrainingKind, item: ComplianceItem, label: string) => {
    const t = latest(kind);
    if (!t) push(item, "MISSING", null, `No ${label} on record.`);
    else if (!trainingCurrentOn(t, today))
      push(item, "EXPIRED", t.expiresOn, `${label[0]!.toUpperCase()}${label.slice(1)} expired on ${t.expiresOn}.`);
    else if (dueSoon(t.expiresOn, today, warningDays))
      push(item, "DUE_SOON", t.expiresOn, `${label[0]!.toUpperCase()}${label.slice(1)} expires on ${t.expiresOn}.`);
  };
  need(INDUCTION_TRAINING, "INDUCTION", "induction");
  need(SAFEGUARDING_TRAINING, "SAFEGUARDING", "safeguarding training");
  if (f.role === "VOLUNTEER") need(VOLUNTEER_TRAINING, "IPSEA_LEVEL_1", "IPSEA level 1 training");
  if (needsObservation(f.role)) need(OBSERVATION_TRAINING, "OBSERVATION", "observation before lone casework");

  const appraisal = appraisalDueOn(f.lastAppraisalOn, f.startedOn);
  if (appraisal < today) push("APPRAISAL", "EXPIRED", appraisal, `An appraisal was due on ${appraisal}.`);
  else if (dueSoon(appraisal, today, warningDays)) push("APPRAISAL", "DUE_SOON", appraisal, `An appraisal is due on ${appraisal}.`);
  return out;
}
