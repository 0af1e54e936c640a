import type {
  ActivityKind,
  CaseStatus,
  ContactMethod,
  KeyDateKind,
  PersonRole,
  ReferralChannel,
  ReferralStatus,
} from "../core/vocabulary.js";

/** A referral on a family record; the second and later are repeats. */
export interface FamilyReferral {
  id: string;
  reference: string;
  status: ReferralStatus;
  channel: ReferralChannel;
  receivedAt: Date;
  level: number | null;
  childName: string | null;
  childDateOfBirth: string | null;
  caseId: string | null;
  caseStatus: CaseStatus | null;
  /** Not the family's first referral. */
  repeat: boolean;
}

export interface FamilyActivity {
  id: string;
  caseId: string;
  referralReference: string;
  kind: ActivityKind;
  occurredAt: Date;
  minutes: number;
  summary: string | null;
  staffDisplayName: string;
  voided: boolean;
  voidReason: string | null;
  withFamily: boolean;
  /** The consent a third-party contact rests on, and its party. */
  consentId: string | null;
  partyName: string | null;
}

export interface FamilyConsent {
  id: string;
  caseId: string;
  partyName: string;
  granted: boolean;
  givenOn: string;
  reviewOn: string;
  withdrawnOn: string | null;
}

export interface FamilyKeyDate {
  id: string;
  referralId: string;
  kind: KeyDateKind;
  on: string;
  notes: string | null;
  derived: boolean;
  voided: boolean;
  voidReason: string | null;
}

/** One change to a record: the value before and after, who, when and why. */
export interface Correction {
  id: string;
  entityType: string;
  entityId: string;
  field: string;
  previousValue: string | null;
  newValue: string | null;
  reason: string | null;
  changedBy: string;
  /** The activity or key date corrected has since been voided as entered in error. */
  entryVoided: boolean;
  changedAt: Date;
}

export interface PossibleDuplicate {
  personId: string;
  fullName: string | null;
  matchedOn: string;
  referralCount: number;
}

/** Everything held about one person (parent/carer or young person): the family record. */
export interface PersonRecord {
  id: string;
  role: PersonRole;
  fullName: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  postcode: string | null;
  preferredContact: ContactMethod | null;
  erased: boolean;
  mergedIntoId: string | null;
  referrals: FamilyReferral[];
  activities: FamilyActivity[];
  consents: FamilyConsent[];
  keyDates: FamilyKeyDate[];
  corrections: Correction[];
  possibleDuplicates: PossibleDuplicate[];
}
