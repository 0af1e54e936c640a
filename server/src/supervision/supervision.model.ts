import type { ComplianceIssue } from "../staff/staff.rules.js";
import type { Connection } from "../core/cursor.js";
import type { StaffRole, SupervisionKind, SupervisionTopic, TrainingKind } from "../core/vocabulary.js";

/** A staff member named on a supervision record. */
export interface SupervisionPerson {
  id: string;
  displayName: string;
  role: StaffRole;
}

/** A supervision session; only its supervisee(s), its supervisor and managers see it. */
export interface Supervision {
  id: string;
  kind: SupervisionKind;
  heldOn: string;
  supervisor: SupervisionPerson;
  attendees: SupervisionPerson[];
  topics: SupervisionTopic[];
  notes: string | null;
}

export type SupervisionConnection = Connection<Supervision>;

/** The latest completion of one kind of training. */
export interface TrainingStatus {
  kind: TrainingKind;
  completedOn: string;
  expiresOn: string | null;
  expired: boolean;
  expiringSoon: boolean;
}

/** What allocation requires of a staff member, as it stands today. */
export interface StaffCompliance {
  dbsEnhanced: boolean;
  dbsRenewalDueOn: string | null;
  dbsExpired: boolean;
  dbsRenewalDueSoon: boolean;
  confidentialitySignedOn: string | null;
  confidentialitySigned: boolean;
  training: TrainingStatus[];
  trainingExpired: boolean;
  trainingExpiringSoon: boolean;
  /** Every compliance record missing, expired or due soon (DBS, barred list, training, appraisal…). */
  issues: ComplianceIssue[];
}

/** When a staff member was last supervised and is next due, with their compliance. */
export interface SupervisionScheduleEntry {
  staff: SupervisionPerson;
  everyWeeks: number;
  lastSupervisedOn: string | null;
  lastGroupSupportOn: string | null;
  nextDueOn: string;
  overdue: boolean;
  compliance: StaffCompliance;
}
