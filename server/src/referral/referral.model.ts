import type { Connection } from "../core/cursor.js";
import type {
  AccessibilityNeed,
  ContactMethod,
  CurrentStage,
  DecisionMaker,
  DiagnosisStatus,
  Eligibility,
  EnquiryTopic,
  EthnicGroup,
  HowHeard,
  KeyDateKind,
  PrimaryNeed,
  ProfessionalType,
  QueueChange,
  ReferralChannel,
  ReferralSource,
  ReferralStatus,
} from "../core/vocabulary.js";
import type { EligibilityCheck } from "../triage/triage.rules.js";
import type { PriorityReason } from "../triage/priority.js";

export type { EligibilityCheck, PriorityReason };

/** The parent, carer or young person the service works with, as a referral shows them. */
export interface ReferralContact {
  fullName: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  postcode: string | null;
  preferredContact: ContactMethod | null;
  accessibilityNeeds: AccessibilityNeed[];
  interpreterLanguage: string | null;
  ethnicity: EthnicGroup | null;
}

export interface ReferralChild {
  fullName: string | null;
  dateOfBirth: string | null;
  /** Age today in whole years. */
  ageYears: number | null;
  educationSetting: string | null;
  needsOverview: string | null;
  diagnosisStatus: DiagnosisStatus;
  primaryNeed: PrimaryNeed;
}

export interface KeyDate {
  id: string;
  kind: KeyDateKind;
  on: string;
  /** The statutory rule this date was derived by, if any. */
  rule: string | null;
  derivedFromId: string | null;
  notes: string | null;
  /** The later date of the same kind that replaced this one, if any (`SINGLE_CURRENT_KEY_DATE_KINDS`). */
  supersededById: string | null;
}

/** A referral as the manager sees it: personal fields, the response clock, priority and eligibility. */
export interface Referral {
  id: string;
  reference: string;
  status: ReferralStatus;
  channel: ReferralChannel;
  source: ReferralSource;
  professionalType: ProfessionalType | null;
  referrerName: string | null;
  referrerOrganisation: string | null;
  familyConsentedToShare: boolean;
  receivedAt: Date;
  responseTargetAt: Date;
  responseDeadlineAt: Date;
  firstRespondedAt: Date | null;
  priority: number;
  priorityReasons: PriorityReason[];
  level: number | null;
  eligibility: Eligibility;
  eligibilityChecks: EligibilityCheck[];
  ineligibleReason: string | null;
  signposting: string | null;
  possibleDuplicate: boolean;
  possibleDuplicateOfId: string | null;
  currentStage: CurrentStage;
  howHeard: HowHeard;
  /** What the enquiry is about, when recorded. */
  topic: EnquiryTopic | null;
  reasonForReferral: string | null;
  safeguardingFlag: boolean;
  excludedOrNoPlace: boolean;
  childInNeedOrLookedAfter: boolean;
  priorityOverride: number | null;
  priorityOverrideReason: string | null;
  triageNotes: string | null;
  triagedAt: Date | null;
  overdue: boolean;
  decisionMaker: DecisionMaker;
  personId: string | null;
  contact: ReferralContact | null;
  child: ReferralChild | null;
  nextKeyDate: KeyDate | null;
}

export type ReferralConnection = Connection<Referral> & { totalCount: number };

/** What the family is told after submitting the form. */
export interface SelfReferralReceipt {
  /** false: no consent to record, so only an anonymous tally was kept. */
  recorded: boolean;
  /** false: the young person is outside the ages we support; recorded as not eligible, and the promise says where to go instead. */
  eligible: boolean;
  reference: string | null;
  responsePromise: string;
  respondBy: Date | null;
}

/** A change to the triage queue: the referral as it now is (null when it left the queue). */
export interface TriageQueueEvent {
  change: QueueChange;
  referralId: string;
  referral: Referral | null;
}
