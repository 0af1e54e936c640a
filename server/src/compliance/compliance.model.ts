import type { ConflictKind, StaffRole, TrainingKind } from "../core/vocabulary.js";
import type { ComplianceIssue } from "../staff/staff.rules.js";

/** The latest completion of one kind of training, with where the evidence is kept. */
export interface TrainingRecord {
  kind: TrainingKind;
  completedOn: string;
  expiresOn: string | null;
  evidenceRef: string | null;
}

export interface Appraisal {
  id: string;
  heldOn: string;
  appraiserId: string;
  appraiserName: string;
  evidenceRef: string | null;
}

/** A conflict-of-interest declaration [002]. */
export interface ConflictDeclaration {
  id: string;
  staffId: string;
  kind: ConflictKind;
  subject: string;
  dateOfBirth: string | null;
  postcode: string | null;
  colleagueId: string | null;
  declaredOn: string;
  withdrawnOn: string | null;
  notes: string | null;
  /** An older family declaration without date of birth or postcode, matched by name alone until declared again (decision 045). */
  matchedByNameAlone: boolean;
}

/** Everything kept about one person's compliance, and what is missing, expired or due. */
export interface StaffComplianceRecord {
  staffId: string;
  displayName: string;
  role: StaffRole;
  holdsCases: boolean;
  dbsEnhanced: boolean;
  dbsCheckedOn: string | null;
  dbsRenewalDueOn: string | null;
  dbsBarredListChecked: boolean;
  dbsBarredListCheckedOn: string | null;
  dbsUpdateService: boolean;
  dbsUpdateServiceRenewalOn: string | null;
  dbsEvidenceRef: string | null;
  confidentialitySignedOn: string | null;
  training: TrainingRecord[];
  /** Newest first. */
  appraisals: Appraisal[];
  /** Case holders only: three months after the last appraisal, or after they started. */
  appraisalDueOn: string | null;
  conflicts: ConflictDeclaration[];
  issues: ComplianceIssue[];
}
