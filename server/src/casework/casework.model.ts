import type {
  ActivityKind,
  AllocationKind,
  CaseStatus,
  ClosureReason,
  ConductAction,
  ConductReviewStatus,
  ConsentMethod,
  ConsentPartyType,
  DecisionMaker,
  MeetingStatus,
  PrimaryNeed,
  PersonRole,
  JointWorkingRole,
} from "../core/vocabulary.js";
import type { Referral } from "../referral/referral.model.js";
import type { ActivityExpense } from "./groupwork.model.js";

/** Who holds (or held) a case. A reallocation ends the old allocation; history is kept. */
export interface Allocation {
  id: string;
  caseId: string;
  referralId: string;
  referralReference: string;
  level: number;
  staffId: string;
  staffDisplayName: string;
  kind: AllocationKind;
  allocatedAt: Date;
  acceptedAt: Date | null;
  endedAt: Date | null;
  /** Still the case's allocation. */
  current: boolean;
  /** The child's initials, for lists that must not spell out names; null when not recorded or erased. */
  childInitials: string | null;
  primaryNeed: PrimaryNeed | null;
  responseTargetAt: Date;
  responseDeadlineAt: Date;
  /** The first contact with the family, which stops the response clock. */
  firstRespondedAt: Date | null;
}

/** Something done on a case, with the time spent. */
export interface Activity {
  id: string;
  caseId: string;
  kind: ActivityKind;
  occurredAt: Date;
  minutes: number;
  withFamily: boolean;
  consentId: string | null;
  /** The third party the contact was with (from the consent relied on). */
  partyName: string | null;
  summary: string | null;
  staffId: string;
  staffDisplayName: string;
  /** The viewer did the activity or is a manager: they may claim its mileage and expenses. */
  viewerMayClaimExpense: boolean;
  /** Its mileage and expenses, shown only to whoever may claim them. */
  expense: ActivityExpense | null;
}

/** Consent to speak to one named third party; always with a review date. */
export interface Consent {
  id: string;
  caseId: string;
  partyName: string;
  partyOrganisation: string | null;
  partyType: ConsentPartyType;
  granted: boolean;
  givenOn: string;
  method: ConsentMethod;
  reviewOn: string;
  withdrawnOn: string | null;
  /** The day the case closed, ending this consent with it. */
  endedOn: string | null;
  givenBy: PersonRole | null;
  mayShare: string | null;
  /** Allows contact today. */
  current: boolean;
}

export interface Meeting {
  id: string;
  caseId: string;
  kind: string;
  scheduledAt: Date;
  noticeReceivedOn: string | null;
  shortNotice: boolean;
  status: MeetingStatus;
  familyPresent: boolean | null;
  keyPoints: string | null;
  actions: string | null;
  followUpDueOn: string | null;
}

export interface ConductIncident {
  id: string;
  caseId: string;
  occurredOn: string;
  description: string | null;
  /** The action an upheld incident takes (decided again when the manager upholds it). */
  action: ConductAction;
  signposting: string | null;
  reviewStatus: ConductReviewStatus;
  reviewedAt: Date | null;
  reviewNote: string | null;
  letterSentOn: string | null;
  recordedAt: Date;
}

/** An incident for the managers to act on: to review, or (upheld) its letter to record. */
export interface ConductAwaitingReview extends ConductIncident {
  referralId: string;
  referralReference: string;
  recordedByName: string;
}

/** A new referral that may come from a family removed for conduct (managers see it in triage). */
export interface ConductReferralFlag {
  incidentId: string;
  matchedOn: string;
  flaggedAt: Date;
  /** The day the removal was decided. */
  removedOn: string | null;
}

/** A change of the case's level after allocation, with why. */
export interface CaseLevelChange {
  id: string;
  fromLevel: number;
  toLevel: number;
  reason: string;
  changedByName: string;
  changedAt: Date;
}

/** A co-worker or shadow on a level-4 case. */
export interface CaseCoworker {
  id: string;
  staffId: string;
  staffDisplayName: string;
  role: JointWorkingRole;
  addedAt: Date;
  endedAt: Date | null;
}

/** A reopening of the case, with the closure it undid. */
export interface CaseReopening {
  id: string;
  previousClosedAt: Date;
  previousClosureReason: ClosureReason | null;
  reason: string;
  reopenedAt: Date;
}

/** Casework for one referral, as the viewer may see it. */
export interface Case {
  id: string;
  status: CaseStatus;
  level: number;
  openedAt: Date;
  lastActivityAt: Date | null;
  /** The caller may only read it (no longer allocated to them, or closed). */
  readOnly: boolean;
  referral: Referral;
  decisionMaker: DecisionMaker;
  currentAllocation: Allocation | null;
  allocations: Allocation[];
  activities: Activity[];
  totalMinutes: number;
  consents: Consent[];
  meetings: Meeting[];
  missedMeetings: number;
  putForwardForClosureAt: Date | null;
  conductIncidents: ConductIncident[];
  closedAt: Date | null;
  closureReason: ClosureReason | null;
  closureNote: string | null;
  levelChanges: CaseLevelChange[];
  coworkers: CaseCoworker[];
  reopenings: CaseReopening[];
  /** The viewer is a manager: they may change the level, add a co-worker and reopen the case. */
  viewerManages: boolean;
  /** Mental-capacity assessments of a young person aged 16 or over, newest first. */
  capacityAssessments: CapacityAssessment[];
}

/** A closed case, and the code for the family's anonymous evaluation (shown once). */
export interface CloseCasePayload {
  case: Case;
  evaluationToken: string | null;
}

/** A case put forward for closure after two missed meetings, waiting for a manager [003]. */
export interface ProposedClosure {
  caseId: string;
  referralId: string;
  referralReference: string;
  level: number;
  missedMeetings: number;
  putForwardForClosureAt: Date;
  holderName: string | null;
}

/** An assessment of whether a young person aged 16 or over has the mental capacity to decide [003]. */
export interface CapacityAssessment {
  id: string;
  hasCapacity: boolean;
  assessedOn: string;
  assessedBy: string;
  notes: string | null;
}
