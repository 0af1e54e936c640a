/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccessibilityNeed =
  /** British Sign Language (BSL) */
  | 'BSL'
  /** Easy read */
  | 'EASY_READ'
  /** Interpreter */
  | 'INTERPRETER'
  /** Large print */
  | 'LARGE_PRINT';

export type ActivityKind =
  /** Advice given */
  | 'ADVICE_GIVEN'
  /** Email */
  | 'EMAIL'
  /** Face to face */
  | 'FACE_TO_FACE'
  /** Home visit */
  | 'HOME_VISIT'
  /** Information given */
  | 'INFORMATION_GIVEN'
  /** Letter */
  | 'LETTER'
  /** Literature sent */
  | 'LITERATURE_SENT'
  /** Meeting attended */
  | 'MEETING_ATTENDED'
  /** Meeting prepared */
  | 'MEETING_PREPARED'
  /** Note */
  | 'NOTE'
  /** Phone call */
  | 'PHONE_CALL'
  /** Professional contact */
  | 'PROFESSIONAL_CONTACT';

export type AddCaseCoworkerInput = {
  caseId: string | number;
  role: JointWorkingRole;
  staffId: string | number;
};

/** A new staff member; they set their own password through the one-time link the answer carries. */
export type AddStaffInput = {
  /** Open cases they may carry; defaults to 20 for roles that hold cases, else 0. */
  capacity?: number | null | undefined;
  displayName: string;
  /** Sign-in address; unique across the deployment. */
  email: string;
  /** Highest intervention level (1–4) they may hold; absent: as role and training allow. */
  maxLevel?: number | null | undefined;
  role: StaffRole;
};

/** The kind of agency, never which one: poor practice is anonymised for the provider too [001]. */
export type AgencyType =
  /** Education (school, college, setting) */
  | 'EDUCATION'
  /** Health */
  | 'HEALTH'
  /** Local authority SEN team */
  | 'LOCAL_AUTHORITY'
  /** Other */
  | 'OTHER'
  /** Social care */
  | 'SOCIAL_CARE';

/** DIRECT: allocated by a manager; CLAIMED: taken from the pool. */
export type AllocationKind =
  /** Claimed from the pool */
  | 'CLAIMED'
  /** Allocated by a manager */
  | 'DIRECT';

/** An enquiry whose caller declined to be recorded: counted, with nothing personal. */
export type AnonymousEnquiryInput = {
  channel: ReferralChannel;
  /** When it reached us; defaults to now. */
  receivedAt?: string | null | undefined;
  topic: EnquiryTopic;
};

/** A quarterly appraisal held with a staff member. */
export type AppraisalInput = {
  /** The manager or administrator who held it. */
  appraiserId: string | number;
  /** Where the appraisal record is kept. */
  evidenceRef?: string | null | undefined;
  /** Not in the future. */
  heldOn: string;
};

/** Filters of the audit viewer; each optional. */
export type AuditFilterInput = {
  /** One action, e.g. `case.read`. */
  action?: string | null | undefined;
  /** The staff member who acted. */
  actorId?: string | number | null | undefined;
  /** One record. */
  entityId?: string | number | null | undefined;
  /** The kind of record, e.g. `referral`, `case`, `staff`. */
  entityType?: string | null | undefined;
  /** First day, in the service's time zone. */
  from?: string | null | undefined;
  /** Last day, inclusive. */
  to?: string | null | undefined;
};

/** Why a staff member may not hold a case; the same code a refused allocation carries. */
export type BlockingReasonCode =
  /** At capacity */
  | 'AT_CAPACITY'
  /** No barred-list check with the DBS check */
  | 'BARRED_LIST_NOT_CHECKED'
  /** Confidentiality policy not signed */
  | 'CONFIDENTIALITY_NOT_SIGNED'
  /** Conflict of interest */
  | 'CONFLICT_OF_INTEREST'
  /** No valid enhanced DBS check */
  | 'DBS_NOT_VALID'
  /** Not qualified for the level */
  | 'NOT_QUALIFIED_FOR_LEVEL'
  /** No induction on record */
  | 'NO_INDUCTION'
  /** Volunteer without IPSEA level 1 */
  | 'NO_IPSEA_LEVEL_1'
  /** Not yet observed before lone casework */
  | 'NO_OBSERVATION'
  /** Safeguarding training missing or expired */
  | 'SAFEGUARDING_TRAINING_EXPIRED';

export type CallerInput = {
  email?: string | null | undefined;
  fullName: string;
  phone?: string | null | undefined;
  postcode?: string | null | undefined;
};

export type CaseAssignmentInput = {
  caseId: string | number;
  toStaffId: string | number;
};

/** Filter a case list. Officers and volunteers always see the cases they hold now. */
export type CaseListFilter = {
  level?: Array<number> | null | undefined;
  /** Only the cases the caller holds now. */
  mine?: boolean | null | undefined;
  /** Managers: the cases this staff member holds now. */
  staffId?: string | number | null | undefined;
  status?: Array<CaseStatus> | null | undefined;
};

/** Intervention status in the national model: open, inactive or closed. */
export type CaseStatus =
  /** Closed */
  | 'CLOSED'
  /** Inactive */
  | 'INACTIVE'
  /** Open */
  | 'OPEN';

export type ChangeCaseLevelInput = {
  caseId: string | number;
  /** The new level of intervention, 1–4. */
  level: number;
  /** Why the case escalates or settles. */
  reason: string;
};

export type ChangeStaffCapacityInput = {
  /** Never below the open cases they hold now. */
  capacity: number;
  /** Highest intervention level (1–4); absent or null: as role and training allow. */
  maxLevel?: number | null | undefined;
};

export type ChangeStaffRoleInput = {
  role: StaffRole;
};

export type ChildInput = {
  dateOfBirth: string;
  diagnosisStatus?: DiagnosisStatus | null | undefined;
  educationSetting?: string | null | undefined;
  fullName: string;
  needsOverview?: string | null | undefined;
  primaryNeed?: PrimaryNeed | null | undefined;
};

export type CloseCaseInput = {
  caseId: string | number;
  /** Required when the reason is OTHER. */
  note?: string | null | undefined;
  /** CONDUCT_REMOVAL comes only from recordConductIncident. */
  reason: ClosureReason;
};

/** A manager's decision on a case put forward for closure after two missed meetings [003]. */
export type ClosureProposalDecision =
  /** Close the case */
  | 'CLOSE'
  /** Keep it open */
  | 'KEEP_OPEN';

export type ClosureReason =
  /** Removed for conduct */
  | 'CONDUCT_REMOVAL'
  /** Family withdrew */
  | 'FAMILY_WITHDREW'
  /** Information given (quick call) */
  | 'INFORMATION_GIVEN'
  /** Missed meetings */
  | 'MISSED_MEETINGS'
  /** Moved away */
  | 'MOVED_AWAY'
  /** No contact */
  | 'NO_CONTACT'
  /** Other */
  | 'OTHER'
  /** Outcome achieved */
  | 'OUTCOME_ACHIEVED'
  /** Signposted elsewhere */
  | 'SIGNPOSTED_ELSEWHERE';

export type ComplaintOutcome =
  /** Not upheld */
  | 'NOT_UPHELD'
  /** Open */
  | 'OPEN'
  /** Partly upheld */
  | 'PARTLY_UPHELD'
  /** Resolved */
  | 'RESOLVED'
  /** Upheld */
  | 'UPHELD'
  /** Withdrawn */
  | 'WITHDRAWN';

export type ComplianceItem =
  /** Quarterly appraisal */
  | 'APPRAISAL'
  /** Barred-list check */
  | 'BARRED_LIST'
  /** Confidentiality policy */
  | 'CONFIDENTIALITY'
  /** Enhanced DBS check */
  | 'DBS'
  /** Induction */
  | 'INDUCTION'
  /** IPSEA level 1 */
  | 'IPSEA_LEVEL_1'
  /** Observation before lone casework */
  | 'OBSERVATION'
  /** Safeguarding training */
  | 'SAFEGUARDING'
  /** DBS update service */
  | 'UPDATE_SERVICE';

export type ComplianceState =
  /** Due soon */
  | 'DUE_SOON'
  /** Expired or overdue */
  | 'EXPIRED'
  /** Missing */
  | 'MISSING';

/** First incident: warning letter; second: removal with signposting [003]. */
export type ConductAction =
  /** Removal from the service */
  | 'REMOVAL'
  /** Warning letter */
  | 'WARNING';

/** A manager's review of a conduct incident: UPHOLD applies its action (a warning letter, or removal of the family); DISMISS records nothing against the family. */
export type ConductDecision =
  /** Dismiss */
  | 'DISMISS'
  /** Uphold */
  | 'UPHOLD';

/** A service setting: who may record a conduct incident (default CASE_WORKERS). */
export type ConductRecordedBy =
  /** Whoever works the case (holder, co-worker) and managers */
  | 'CASE_WORKERS'
  /** Managers only */
  | 'MANAGERS_ONLY';

/** Where a recorded conduct incident stands: a manager upholds it (its action applies) or dismisses it [003]. */
export type ConductReviewStatus =
  /** Awaiting a manager's review */
  | 'AWAITING_REVIEW'
  /** Dismissed */
  | 'DISMISSED'
  /** Upheld */
  | 'UPHELD';

/** A conflict of interest: a family or named person (full name and date of birth or postcode), a school or nursery, a parent support group, another agency (by name), or a colleague (by id). */
export type ConflictInput = {
  /** COLLEAGUE: the colleague. */
  colleagueId?: string | number | null | undefined;
  dateOfBirth?: string | null | undefined;
  declaredOn: string;
  kind: ConflictKind;
  notes?: string | null | undefined;
  postcode?: string | null | undefined;
  /** Full name, or the setting's, group's or agency's name; not for COLLEAGUE. */
  subject?: string | null | undefined;
};

export type ConflictKind =
  /** Another agency */
  | 'AGENCY'
  /** A colleague */
  | 'COLLEAGUE'
  /** A school, nursery or college */
  | 'EDUCATION_SETTING'
  /** A family or a named person */
  | 'FAMILY'
  /** A parent support group */
  | 'PARENT_GROUP';

/** How the family gave (or refused) consent. */
export type ConsentMethod =
  /** By email */
  | 'EMAIL'
  /** Verbally */
  | 'VERBAL'
  /** On the web form */
  | 'WEB_FORM'
  /** In writing */
  | 'WRITTEN';

export type ConsentPartyType =
  /** College */
  | 'COLLEGE'
  /** Early years setting */
  | 'EARLY_YEARS_SETTING'
  /** Health */
  | 'HEALTH'
  /** Independent Support */
  | 'INDEPENDENT_SUPPORT'
  /** Local authority SEN team */
  | 'LOCAL_AUTHORITY_SEN_TEAM'
  /** Other */
  | 'OTHER'
  /** School */
  | 'SCHOOL'
  /** Social care */
  | 'SOCIAL_CARE';

export type ContactInput = {
  accessibilityNeeds?: Array<AccessibilityNeed> | null | undefined;
  address?: string | null | undefined;
  email?: string | null | undefined;
  fullName: string;
  interpreterLanguage?: string | null | undefined;
  phone?: string | null | undefined;
  postcode?: string | null | undefined;
  preferredContact: ContactMethod;
};

export type ContactMethod =
  /** Email */
  | 'EMAIL'
  /** Letter */
  | 'LETTER'
  /** Phone */
  | 'PHONE'
  /** Text message */
  | 'TEXT';

/** Correct an activity, validated like logging it; the hours statistics follow. Previous values kept with who, when and why. */
export type CorrectActivityInput = {
  activityId: string | number;
  /** The consent a contact with someone other than the family rests on: one of the case's, valid on the day (else CONSENT_REQUIRED). */
  consentId?: string | number | null | undefined;
  kind?: ActivityKind | null | undefined;
  minutes?: number | null | undefined;
  occurredAt?: string | null | undefined;
  /** Or the party it was with: their consent valid on the day is used (else CONSENT_REQUIRED). */
  partyName?: string | null | undefined;
  /** Why it is being corrected (kept with the previous values). Required. */
  reason?: string | null | undefined;
  summary?: string | null | undefined;
  withFamily?: boolean | null | undefined;
};

/** Correct the child's details on a referral, validated like the original entry; previous values kept with who, when and why. */
export type CorrectChildInput = {
  /** A new date of birth moves the age at referral, and the statistics' age band. */
  dateOfBirth?: string | null | undefined;
  diagnosisStatus?: DiagnosisStatus | null | undefined;
  educationSetting?: string | null | undefined;
  fullName?: string | null | undefined;
  needsOverview?: string | null | undefined;
  primaryNeed?: PrimaryNeed | null | undefined;
  /** Why it is being corrected (kept with the previous values). Required. */
  reason?: string | null | undefined;
  referralId: string | number;
};

/** Correct a consent, validated like recording it; previous values kept with who, when and why. */
export type CorrectConsentInput = {
  consentId: string | number;
  givenBy?: PersonRole | null | undefined;
  givenOn?: string | null | undefined;
  granted?: boolean | null | undefined;
  mayShare?: string | null | undefined;
  method?: ConsentMethod | null | undefined;
  partyName?: string | null | undefined;
  partyOrganisation?: string | null | undefined;
  partyType?: ConsentPartyType | null | undefined;
  /** Why it is being corrected (kept with the previous values). Required. */
  reason?: string | null | undefined;
  reviewOn?: string | null | undefined;
};

/** Correct a person's contact details: each field given replaces the old value, which is kept with who, when and why. */
export type CorrectContactInput = {
  address?: string | null | undefined;
  email?: string | null | undefined;
  fullName?: string | null | undefined;
  personId: string | number;
  phone?: string | null | undefined;
  postcode?: string | null | undefined;
  preferredContact?: ContactMethod | null | undefined;
  /** Why it is being corrected (kept with the previous values). Required. */
  reason?: string | null | undefined;
};

/** Correct a key date; the statutory dates worked out from it are worked out again. Previous values kept. */
export type CorrectKeyDateInput = {
  keyDateId: string | number;
  kind?: KeyDateKind | null | undefined;
  notes?: string | null | undefined;
  on?: string | null | undefined;
  /** Why it is being corrected (kept with the previous values). Required. */
  reason?: string | null | undefined;
};

/** Correct a referral's own details, validated like staff intake; previous values kept with who, when and why. */
export type CorrectReferralInput = {
  channel?: ReferralChannel | null | undefined;
  childInNeedOrLookedAfter?: boolean | null | undefined;
  currentStage?: CurrentStage | null | undefined;
  excludedOrNoPlace?: boolean | null | undefined;
  howHeard?: HowHeard | null | undefined;
  professionalType?: ProfessionalType | null | undefined;
  /** Why it is being corrected (kept with the previous values). Required. */
  reason?: string | null | undefined;
  reasonForReferral?: string | null | undefined;
  /** When it really reached us (e.g. a call entered an hour late): not in the future, not after it was entered or first acted on, not more than 366 days before it was entered. The response target and maximum are worked out again. */
  receivedAt?: string | null | undefined;
  referralId: string | number;
  referrerName?: string | null | undefined;
  referrerOrganisation?: string | null | undefined;
  source?: ReferralSource | null | undefined;
  topic?: EnquiryTopic | null | undefined;
};

/** A referral entered by staff, from any channel. */
export type CreateReferralInput = {
  channel: ReferralChannel;
  child?: ChildInput | null | undefined;
  childInNeedOrLookedAfter?: boolean | null | undefined;
  consentToRecord: boolean;
  contact?: ContactInput | null | undefined;
  currentStage?: CurrentStage | null | undefined;
  ethnicity?: EthnicGroup | null | undefined;
  excludedOrNoPlace?: boolean | null | undefined;
  /** Professional referrals: the referrer confirms the family agreed to share. */
  familyConsentedToShare?: boolean | null | undefined;
  howHeard?: HowHeard | null | undefined;
  /** Not eligible (e.g. out of area): why. Over 25 is found from the date of birth. Needs `signposting`. */
  ineligibleReason?: string | null | undefined;
  keyDates?: Array<KeyDateInput> | null | undefined;
  professionalType?: ProfessionalType | null | undefined;
  reasonForReferral?: string | null | undefined;
  /** When it reached us (an answerphone message or letter is entered later). Defaults to now. */
  receivedAt?: string | null | undefined;
  referrerName?: string | null | undefined;
  referrerOrganisation?: string | null | undefined;
  safeguardingFlag?: boolean | null | undefined;
  /** Where a family that is not eligible was signposted: the referral is recorded as signposted, not refused. */
  signposting?: string | null | undefined;
  source: ReferralSource;
  /** What the enquiry is about. */
  topic?: EnquiryTopic | null | undefined;
};

/** A further service of this deployment, and its first administrator. */
export type CreateServiceInput = {
  administrator: NewAdministratorInput;
  areaName: string;
  helplinePhone?: string | null | undefined;
  name: string;
  /** Short name: lower-case letters, digits and hyphens. */
  slug: string;
};

/** Where the family is in the SEND process. */
export type CurrentStage =
  /** Annual review */
  | 'ANNUAL_REVIEW'
  /** Appeal or tribunal */
  | 'APPEAL_TRIBUNAL'
  /** Draft EHC plan */
  | 'DRAFT_PLAN'
  /** EHC needs assessment */
  | 'EHC_NEEDS_ASSESSMENT'
  /** EHC plan */
  | 'EHC_PLAN'
  /** Exclusion */
  | 'EXCLUSION'
  /** No support yet */
  | 'NO_SUPPORT_YET'
  /** Other */
  | 'OTHER'
  /** SEN support */
  | 'SEN_SUPPORT';

export type DecideClosureProposalInput = {
  caseId: string | number;
  decision: ClosureProposalDecision;
  /** Why, e.g. 'Mum in hospital; both meetings missed for that'. */
  note?: string | null | undefined;
};

/** Who makes decisions: a young person aged 16 or over decides for themselves [003]. */
export type DecisionMaker =
  /** Parent or carer */
  | 'PARENT_CARER'
  /** The young person */
  | 'YOUNG_PERSON';

export type DiagnosisStatus =
  /** Being assessed */
  | 'BEING_ASSESSED'
  /** Diagnosed */
  | 'DIAGNOSED'
  /** No diagnosis */
  | 'NONE';

/** What a document is filed on (decision 038). */
export type DocumentAttachment =
  /** Case */
  | 'CASE'
  /** Family record */
  | 'PERSON'
  /** Referral */
  | 'REFERRAL';

export type Eligibility =
  /** Eligible */
  | 'ELIGIBLE'
  /** Not eligible */
  | 'INELIGIBLE'
  /** Not decided yet */
  | 'PENDING';

/** What an enquiry is about: information calls, anonymous enquiries and referrals. */
export type EnquiryTopic =
  /** Appeal, tribunal or mediation */
  | 'APPEAL_TRIBUNAL'
  /** EHC needs assessment */
  | 'EHC_NEEDS_ASSESSMENT'
  /** EHC plan or annual review */
  | 'EHC_PLAN'
  /** Exclusion */
  | 'EXCLUSION'
  /** Health */
  | 'HEALTH'
  /** The Local Offer */
  | 'LOCAL_OFFER'
  /** Something else */
  | 'OTHER'
  /** Personal budgets */
  | 'PERSONAL_BUDGETS'
  /** Preparing for adulthood */
  | 'PREPARING_FOR_ADULTHOOD'
  /** School place or transfer */
  | 'SCHOOL_PLACE'
  /** SEN support in school */
  | 'SEN_SUPPORT_IN_SCHOOL'
  /** Social care */
  | 'SOCIAL_CARE'
  /** Home to school transport */
  | 'TRANSPORT';

/** Ethnic group, as the high-level categories of the 2021 census: a fixed list, never free text, as it stays in the anonymised statistics after erasure. */
export type EthnicGroup =
  /** Asian or Asian British */
  | 'ASIAN'
  /** Black, Black British, Caribbean or African */
  | 'BLACK'
  /** Mixed or multiple ethnic groups */
  | 'MIXED'
  /** Other ethnic group */
  | 'OTHER'
  /** Prefer not to say */
  | 'PREFER_NOT_TO_SAY'
  /** White */
  | 'WHITE';

/** The family's anonymous evaluation of the service. */
export type EvaluationAnswersInput = {
  comment?: string | null | undefined;
  /** How helpful was the service? 1 (not at all) to 5 (very). */
  helpfulness: number;
  /** Did we stay impartial? 1 (not at all) to 5 (completely). */
  impartiality: number;
  wouldRecommend: boolean;
};

/** A complaint, a comment or a compliment about the service. */
export type FeedbackKind =
  /** Comment */
  | 'COMMENT'
  /** Complaint */
  | 'COMPLAINT'
  /** Compliment */
  | 'COMPLIMENT';

export type HowHeard =
  /** Event */
  | 'EVENT'
  /** Friend or family */
  | 'FRIEND_FAMILY'
  /** Health */
  | 'HEALTH'
  /** Local authority */
  | 'LOCAL_AUTHORITY'
  /** Local Offer */
  | 'LOCAL_OFFER'
  /** Other */
  | 'OTHER'
  /** Used the service before */
  | 'PREVIOUS_USE'
  /** School */
  | 'SCHOOL'
  /** Search engine */
  | 'SEARCH_ENGINE'
  /** Social media */
  | 'SOCIAL_MEDIA';

/** A quick information call in one step: level 1, closed as information given. */
export type InformationCallInput = {
  adviceGiven: string;
  caller: CallerInput;
  channel: ReferralChannel;
  childName?: string | null | undefined;
  /** Consent to record the caller's details; without it log an anonymous enquiry. */
  consentToRecord: boolean;
  minutes: number;
  /** When the call came; defaults to now. */
  receivedAt?: string | null | undefined;
  source: ReferralSource;
  topic: EnquiryTopic;
};

/** Joint working on a level-4 case [004 2.2B3]: a co-worker works the case with its holder; a shadow reads it and attends, to learn. */
export type JointWorkingRole =
  /** Co-worker */
  | 'CO_WORKER'
  /** Shadowing */
  | 'SHADOW';

export type KeyDateInput = {
  kind: KeyDateKind;
  notes?: string | null | undefined;
  on: string;
};

export type KeyDateKind =
  /** Appeal deadline */
  | 'APPEAL_DEADLINE'
  /** Decision letter */
  | 'DECISION_LETTER'
  /** Decision to assess due */
  | 'DECISION_TO_ASSESS_DUE'
  /** Comments on draft plan due */
  | 'DRAFT_PLAN_COMMENTS_DUE'
  /** Draft plan received */
  | 'DRAFT_PLAN_RECEIVED'
  /** EHC needs assessment requested */
  | 'EHC_NEEDS_ASSESSMENT_REQUEST'
  /** Exclusion hearing */
  | 'EXCLUSION_HEARING'
  /** Final plan due */
  | 'FINAL_PLAN_DUE'
  /** Mediation certificate */
  | 'MEDIATION_CERTIFICATE'
  /** Meeting */
  | 'MEETING'
  /** Other */
  | 'OTHER'
  /** Tribunal */
  | 'TRIBUNAL';

export type LogActivityInput = {
  caseId: string | number;
  /** A contact with anyone but the family (and every professional contact): the consent relied on. */
  consentId?: string | number | null | undefined;
  kind: ActivityKind;
  /** Time spent, in minutes. */
  minutes: number;
  /** When it happened; not in the future. */
  occurredAt: string;
  /** A third-party contact: the party spoken to, if no consentId is given. */
  partyName?: string | null | undefined;
  /** What was discussed or given; required for advice and information. */
  summary?: string | null | undefined;
  /** A contact with the parent, carer or young person. */
  withFamily: boolean;
};

/** A complaint, comment or compliment as received [001 Complaints]. */
export type LogComplaintInput = {
  /** Who it was escalated to, if anyone. */
  escalatedTo?: string | null | undefined;
  /** Who it came from (personal data: managers only). */
  fromWhom?: string | null | undefined;
  kind: FeedbackKind;
  measuresTaken?: string | null | undefined;
  /** When it reached us; defaults to now. */
  receivedAt?: string | null | undefined;
  /** When a response is due. Complaints default to 20 working days after receipt; compliments have none. */
  responseDueOn?: string | null | undefined;
  /** What it is about. */
  what: string;
};

/** What happened to a scheduled meeting. */
export type MeetingOutcome =
  /** Attended */
  | 'ATTENDED'
  /** Cancelled */
  | 'CANCELLED'
  /** The family attended without us */
  | 'FAMILY_ATTENDED_ALONE'
  /** Missed without notice */
  | 'MISSED_WITHOUT_NOTICE';

export type MeetingStatus =
  /** Attended */
  | 'ATTENDED'
  /** Cancelled */
  | 'CANCELLED'
  /** The family attended without us */
  | 'FAMILY_ATTENDED_ALONE'
  /** Missed without notice */
  | 'MISSED_WITHOUT_NOTICE'
  /** Scheduled */
  | 'SCHEDULED';

/** Merge a duplicate record of a person into the one kept; its referrals move across. Managers only. */
export type MergePeopleInput = {
  keepPersonId: string | number;
  mergePersonId: string | number;
  reason?: string | null | undefined;
};

/** An anonymised monitoring note: an issue of poor practice, or a positive outcome of engagement and co-production [001]. */
export type MonitoringKind =
  /** Poor practice challenged */
  | 'POOR_PRACTICE'
  /** Positive outcome */
  | 'POSITIVE_OUTCOME';

export type NewAdministratorInput = {
  displayName: string;
  email: string;
};

/** What an email notification is about. */
export type NotificationKind =
  /** Case allocated to you */
  | 'ALLOCATION'
  /** Receipt to a family */
  | 'FAMILY_RECEIPT'
  /** Daily digest of overdue duties */
  | 'OVERDUE_DIGEST'
  /** Safeguarding concern raised */
  | 'SAFEGUARDING_CONCERN';

/** Where an email notification is in its delivery. */
export type NotificationState =
  /** Failed */
  | 'FAILED'
  /** Queued */
  | 'QUEUED'
  /** Retrying */
  | 'RETRYING'
  /** Sent */
  | 'SENT';

export type OfficeHoursInput = {
  close: string;
  days: Array<number>;
  open: string;
  timeZone: string;
};

/** What has fallen due. */
export type OverdueKind =
  /** Allocation not picked up */
  | 'ALLOCATION_NOT_ACCEPTED'
  /** Case inactive */
  | 'CASE_INACTIVE'
  /** Case put forward for closure: a manager to decide */
  | 'CLOSURE_PROPOSAL_AWAITING_MANAGER'
  /** Complaint response due */
  | 'COMPLAINT_RESPONSE_DUE'
  /** Conduct incident: a manager to review */
  | 'CONDUCT_REVIEW_AWAITING_MANAGER'
  /** Consent review due */
  | 'CONSENT_REVIEW_DUE'
  /** DBS renewal due */
  | 'DBS_RENEWAL_DUE'
  /** Key date approaching */
  | 'KEY_DATE_APPROACHING'
  /** Meeting follow-up with the family due */
  | 'MEETING_FOLLOW_UP_DUE'
  /** Response maximum breached */
  | 'RESPONSE_MAXIMUM_BREACHED'
  /** Response target reached */
  | 'RESPONSE_TARGET_REACHED'
  /** Safeguarding concern not acknowledged */
  | 'SAFEGUARDING_NOT_ACKNOWLEDGED'
  /** Supervision due */
  | 'SUPERVISION_DUE'
  /** Training expired */
  | 'TRAINING_EXPIRED';

export type PersonRole =
  /** Parent or carer */
  | 'PARENT_CARER'
  /** Young person */
  | 'YOUNG_PERSON';

/** Kinds of poor practice the service challenges, recorded anonymised for the monitoring report [001]. */
export type PoorPracticeCategory =
  /** Assessment or support refused */
  | 'ASSESSMENT_REFUSED'
  /** Poor communication with the family */
  | 'COMMUNICATION'
  /** Other */
  | 'OTHER'
  /** Provision not delivered */
  | 'PROVISION_NOT_DELIVERED'
  /** Statutory timescales missed */
  | 'STATUTORY_TIMESCALES'
  /** Unlawful or informal exclusion */
  | 'UNLAWFUL_EXCLUSION';

/** Wording to preview with sample values before it is saved; refused as saving it would be. */
export type PreviewLetterInput = {
  body: string;
  /** The easy-read wording (14 point, wider spacing). */
  easyRead: boolean;
  /** ACKNOWLEDGEMENT, CLOSURE, APPOINTMENT, CONSENT_TO_SHARE or SIGNPOSTING. */
  kind: string;
  /** Render at large print size (18 point), as for a family who needs it. */
  largePrint?: boolean | null | undefined;
};

export type PrimaryNeed =
  /** Cognition and learning */
  | 'COGNITION_LEARNING'
  /** Communication and interaction */
  | 'COMMUNICATION_INTERACTION'
  /** Not known */
  | 'NOT_KNOWN'
  /** Sensory and/or physical */
  | 'SENSORY_PHYSICAL'
  /** Social, emotional and mental health */
  | 'SOCIAL_EMOTIONAL_MENTAL_HEALTH';

export type ProfessionalType =
  /** Family support worker */
  | 'FAMILY_SUPPORT_WORKER'
  /** Health */
  | 'HEALTH'
  /** Independent support */
  | 'INDEPENDENT_SUPPORT'
  /** Other */
  | 'OTHER'
  /** School staff */
  | 'SCHOOL_STAFF'
  /** SEN assessment team */
  | 'SEN_ASSESSMENT_TEAM'
  /** Service co-ordinator */
  | 'SERVICE_COORDINATOR'
  /** Social worker */
  | 'SOCIAL_WORKER';

export type QueueChange =
  /** Joined the queue */
  | 'ADDED'
  /** Left the queue */
  | 'REMOVED'
  /** Changed while in the queue */
  | 'UPDATED';

/** A concern about a child's or young person's safety. Give the case, or the referral if no case is open yet. */
export type RaiseSafeguardingConcernInput = {
  caseId?: string | number | null | undefined;
  referralId?: string | number | null | undefined;
  summary: string;
};

/** A person's open cases, each to a colleague who passes the allocation checks; all or nothing. */
export type ReassignCasesInput = {
  assignments: Array<CaseAssignmentInput>;
  fromStaffId: string | number;
};

/** What a searcher sees of a family: FULL when they may read it; LIMITED shows only that the family is known and who holds it. */
export type RecordAccess =
  /** Full record */
  | 'FULL'
  /** Known to the service (held by someone else) */
  | 'LIMITED';

export type RecordActivityExpenseInput = {
  activityId: string | number;
  /** Other expenses in pence (fares, parking, calls). */
  amountPence: number;
  /** Miles travelled (0 if none), to one decimal place. */
  miles: number;
  note?: string | null | undefined;
};

export type RecordConductIncidentInput = {
  caseId: string | number;
  description: string;
  occurredOn: string;
  /** Where the family could be signposted if removal is upheld (the manager may set it). */
  signposting?: string | null | undefined;
};

export type RecordConductLetterInput = {
  incidentId: string | number;
  sentOn: string;
};

export type RecordConsentInput = {
  caseId: string | number;
  /** Who gave (or refused) it: the parent or carer, or the young person. */
  givenBy: PersonRole;
  givenOn: string;
  granted: boolean;
  /** What may be shared with this party, as agreed with the family [000]. */
  mayShare: string;
  method: ConsentMethod;
  /** The named party, e.g. 'Ms Patel, SENCo'. */
  partyName: string;
  /** e.g. 'Oak Primary School'. */
  partyOrganisation?: string | null | undefined;
  partyType: ConsentPartyType;
  /** Required: consent is never open-ended. After givenOn, at most 12 months later. */
  reviewOn: string;
};

export type RecordGroupSessionInput = {
  /** How many attended in all. */
  attendance: number;
  /** Optionally, people known to the service, attending or not. */
  attendees?: Array<SessionAttendeeInput> | null | undefined;
  /** Who ran it: a staff member or a partner. */
  facilitator: string;
  heldOn: string;
  kind: SessionKind;
  title: string;
  topic: SessionTopic;
};

export type RecordMeetingOutcomeInput = {
  actions?: string | null | undefined;
  /** Required for ATTENDED, and must be true: officers attend only with the family [001]. */
  familyPresent?: boolean | null | undefined;
  keyPoints?: string | null | undefined;
  meetingId: string | number;
  outcome: MeetingOutcome;
};

export type RecordMentalCapacityInput = {
  assessedBy: string;
  assessedOn: string;
  caseId: string | number;
  /** Whether the young person has the mental capacity to make the decisions. */
  hasCapacity: boolean;
  notes?: string | null | undefined;
};

export type RecordMonitoringNoteInput = {
  /** Required for poor practice: the kind of agency, never which one. */
  agencyType?: AgencyType | null | undefined;
  /** Required for poor practice. */
  category?: PoorPracticeCategory | null | undefined;
  kind: MonitoringKind;
  /** Any day of the month it happened; the month is kept. */
  month: string;
  /** No names, contact details or anything that identifies the family or the provider. */
  summary: string;
};

/** Find a family: every criterion given must match; a name matches with typos. */
export type RecordSearchInput = {
  /** The child or young person's date of birth. */
  dateOfBirth?: string | null | undefined;
  /** Compared without regard to case. */
  email?: string | null | undefined;
  /** Parent, carer, young person or child's name; typos tolerated (3 letters or more). One word finds every name with a word like it (a surname alone finds each family of that name); several words must match the whole name. */
  name?: string | null | undefined;
  /** Compared by digits; +44 reads as a leading 0. */
  phone?: string | null | undefined;
  /** A full postcode, or its first half (district). */
  postcode?: string | null | undefined;
  /** A referral's reference, with or without the R-. */
  reference?: string | null | undefined;
};

export type RecordSessionEvaluationsInput = {
  forms: Array<SessionEvaluationFormInput>;
  sessionId: string | number;
};

/** A supervision session held: one-to-one (one supervisee) or group support (two or more). */
export type RecordSupervisionInput = {
  /** The supervisee(s): staff of the caller's service. */
  attendeeIds: Array<string | number>;
  heldOn: string;
  kind: SupervisionKind;
  /** Visible to the supervisee(s), the supervisor and managers only. */
  notes?: string | null | undefined;
  /** Who supervised; defaults to the caller. */
  supervisorId?: string | number | null | undefined;
  topics: Array<SupervisionTopic>;
};

/** How the referral reached the service. */
export type ReferralChannel =
  /** Answerphone message */
  | 'ANSWERPHONE'
  /** Email */
  | 'EMAIL'
  /** Helpline (phone) */
  | 'HELPLINE'
  /** In person (events) */
  | 'IN_PERSON'
  /** Letter */
  | 'LETTER'
  /** Professional referral */
  | 'PROFESSIONAL'
  /** Web form */
  | 'WEB_FORM';

/** Who made the referral. */
export type ReferralSource =
  /** Parent or carer */
  | 'PARENT_CARER'
  /** Professional */
  | 'PROFESSIONAL'
  /** Young person */
  | 'YOUNG_PERSON';

export type ReferralStatus =
  /** Allocated */
  | 'ALLOCATED'
  /** Closed */
  | 'CLOSED'
  /** New */
  | 'NEW'
  /** In the pool */
  | 'POOLED'
  /** Signposted */
  | 'SIGNPOSTED'
  /** Triaged */
  | 'TRIAGED';

export type ReopenCaseInput = {
  caseId: string | number;
  /** Why the case reopens, e.g. 'Family back about the same appeal'. */
  reason: string;
  /** Who takes it; the last holder if not given. */
  staffId?: string | number | null | undefined;
};

/** One letter kind's wording to put back to the default. */
export type ResetLetterTemplateInput = {
  /** The easy-read wording rather than the standard one. */
  easyRead: boolean;
  /** ACKNOWLEDGEMENT, CLOSURE, APPOINTMENT, CONSENT_TO_SHARE or SIGNPOSTING. */
  kind: string;
};

export type ReviewConductIncidentInput = {
  decision: ConductDecision;
  incidentId: string | number;
  /** The manager's reasons. */
  note?: string | null | undefined;
  /** Required when upholding removes the family: where they are signposted. */
  signposting?: string | null | undefined;
};

/** A service's wording for one letter kind; placeholders must be ones `letterPlaceholders` lists. */
export type SaveLetterTemplateInput = {
  body: string;
  easyRead: boolean;
  kind: string;
};

export type ScheduleMeetingInput = {
  caseId: string | number;
  /** What the meeting is, e.g. 'Annual review'. */
  kind: string;
  /** When the family told us about it (two weeks' notice requested). */
  noticeReceivedOn: string;
  scheduledAt: string;
};

/** The public web form: a parent/carer or young person refers themselves. */
export type SelfReferralInput = {
  child?: ChildInput | null | undefined;
  /** Consent to record details on our database; without it only an anonymous tally is kept. */
  consentToRecord: boolean;
  contact?: ContactInput | null | undefined;
  currentStage?: CurrentStage | null | undefined;
  ethnicity?: EthnicGroup | null | undefined;
  excludedOrNoPlace?: boolean | null | undefined;
  howHeard?: HowHeard | null | undefined;
  keyDates?: Array<KeyDateInput> | null | undefined;
  reasonForReferral?: string | null | undefined;
  /** Which service the form belongs to. */
  serviceSlug: string;
  submittedBy?: ReferralSource | null | undefined;
};

/** Make a letter for a case, or before a case for a referral (the kinds a letter template marks `onReferral`), and file it there, in the format the family's access needs call for. */
export type SendLetterInput = {
  /** The case the letter is for; or give referralId. */
  caseId?: string | number | null | undefined;
  /** The closure letter only: the code closeCase returned. */
  evaluationCode?: string | null | undefined;
  /** ACKNOWLEDGEMENT, CLOSURE, APPOINTMENT, CONSENT_TO_SHARE or SIGNPOSTING. */
  kind: string;
  /** The referral the letter is for, filed in the referral's documents; or give caseId. */
  referralId?: string | number | null | undefined;
};

/** Every setting of the service, as it should be from now on; settings added later (meeting follow-up, reopen window) may be left out. */
export type ServiceSettingsInput = {
  acceptWithinHours: number;
  areaPostcodeDistricts: Array<string>;
  closureDays: Array<string>;
  /** Who may record a conduct incident. Absent: unchanged. */
  conductRecordedBy?: ConductRecordedBy | null | undefined;
  dbsWarningDays: number;
  documentFileMaxMb?: number | null | undefined;
  documentFolderMaxMb?: number | null | undefined;
  inactiveCaseDays: number;
  keyDateWarningDays: number;
  /** Absent: unchanged. */
  meetingFollowUpWorkingDays?: number | null | undefined;
  officeHours: OfficeHoursInput;
  /** Absent: unchanged. */
  reopenWithinMonths?: number | null | undefined;
  responseMaxDays: number;
  responseTargetDays: number;
  safeguardingAckMinutes: number;
  supervisionOfficerWeeks: number;
  supervisionVolunteerWeeks: number;
  suppressionK: number;
  volunteerMaxLevel: number;
};

export type SessionAttendeeInput = {
  attended: boolean;
  personId: string | number;
};

export type SessionEvaluationFormInput = {
  /** 1–5. */
  impartiality: number;
  /** 1–5. */
  usefulness: number;
};

/** Group work for parents and young people [001 Information Sessions and Training, 004 2.2B10 VI]. */
export type SessionKind =
  /** Information session */
  | 'INFORMATION'
  /** Training session */
  | 'TRAINING';

/** The theme of a session [004 2.2B2: common themes such as SEN support, draft EHCPs, annual reviews]. */
export type SessionTopic =
  /** Annual reviews */
  | 'ANNUAL_REVIEWS'
  /** Draft EHC plans */
  | 'DRAFT_EHCP'
  /** EHC needs assessment */
  | 'EHC_NEEDS_ASSESSMENT'
  /** Exclusions */
  | 'EXCLUSIONS'
  /** Getting the most out of meetings */
  | 'GETTING_THE_MOST_FROM_MEETINGS'
  /** Other */
  | 'OTHER'
  /** Preparing for adulthood */
  | 'PREPARING_FOR_ADULTHOOD'
  /** SEN support */
  | 'SEN_SUPPORT'
  /** Tribunals and mediation */
  | 'TRIBUNALS_AND_MEDIATION';

/** The enhanced DBS check (barred list, update service) and the signed confidentiality policy as they stand now; no date in the future. */
export type StaffComplianceInput = {
  /** The check included the children's barred list; absent: false. */
  barredListChecked?: boolean | null | undefined;
  /** Needed when barredListChecked; not in the future. */
  barredListCheckedOn?: string | null | undefined;
  confidentialitySignedOn?: string | null | undefined;
  /** Certificate date; needed when dbsEnhanced. */
  dbsCheckedOn?: string | null | undefined;
  /** An enhanced DBS check with barred-list check is on record. */
  dbsEnhanced: boolean;
  /** When the check is due for renewal. */
  dbsRenewalDueOn?: string | null | undefined;
  /** Where the evidence is kept (certificate number, file); never the certificate. */
  evidenceRef?: string | null | undefined;
  /** Subscribed to the DBS update service; absent: false. */
  updateService?: boolean | null | undefined;
  /** When the subscription renews; needed when updateService. */
  updateServiceRenewalOn?: string | null | undefined;
};

/** What a staff member does in the service. */
export type StaffRole =
  /** Administrator */
  | 'ADMIN'
  /** Service manager */
  | 'MANAGER'
  /** Officer */
  | 'OFFICER'
  /** Steering group member */
  | 'STEERING'
  /** Volunteer */
  | 'VOLUNTEER';

export type StaffTrainingInput = {
  completedOn: string;
  /** Where the certificate or record is kept. */
  evidenceRef?: string | null | undefined;
  /** Safeguarding training expires (required for it); most training does not. */
  expiresOn?: string | null | undefined;
  kind: TrainingKind;
};

/** EXACT: true counts, for a manager's own service. PROTECTED: every count has passed through the disclosure control of decision 028 (small counts shown as 0 or k, others moved by up to 2), for steering members and figures across services. */
export type StatFigures =
  /** Exact figures */
  | 'EXACT'
  /** Protected figures */
  | 'PROTECTED';

/** One-to-one supervision, or group support (termly). */
export type SupervisionKind =
  /** Group support */
  | 'GROUP'
  /** One-to-one supervision */
  | 'INDIVIDUAL';

export type SupervisionTopic =
  /** Casework */
  | 'CASEWORK'
  /** Health and safety */
  | 'HEALTH_AND_SAFETY'
  /** Practice */
  | 'PRACTICE'
  /** Training */
  | 'TRAINING'
  /** Wellbeing */
  | 'WELLBEING';

export type TrainingKind =
  /** Independent Support */
  | 'INDEPENDENT_SUPPORT'
  /** Induction */
  | 'INDUCTION'
  /** IPSEA level 1 */
  | 'IPSEA_LEVEL_1'
  /** IPSEA level 2 */
  | 'IPSEA_LEVEL_2'
  /** IPSEA level 3 (legal training) */
  | 'IPSEA_LEVEL_3'
  /** Observed in casework before working alone */
  | 'OBSERVATION'
  /** Safeguarding */
  | 'SAFEGUARDING';

export type TriageQueueFilter = {
  channel?: Array<ReferralChannel> | null | undefined;
  level?: Array<number> | null | undefined;
  /** Only referrals past their response target without a response. */
  overdue?: boolean | null | undefined;
  /** Only referrals flagged for safeguarding (false: only those not flagged). */
  safeguarding?: boolean | null | undefined;
  status?: Array<ReferralStatus> | null | undefined;
};

export type TriageReferralInput = {
  childInNeedOrLookedAfter?: boolean | null | undefined;
  currentStage?: CurrentStage | null | undefined;
  /** ELIGIBLE keeps it for allocation; INELIGIBLE closes it as signposted. */
  eligibility: Eligibility;
  excludedOrNoPlace?: boolean | null | undefined;
  ineligibleReason?: string | null | undefined;
  /** 1 information, 2 advice, 3 support, 4 intensive support. */
  level?: number | null | undefined;
  notes?: string | null | undefined;
  /** Replace the computed priority; needs a reason. Null clears an override. */
  priorityOverride?: number | null | undefined;
  priorityOverrideReason?: string | null | undefined;
  referralId: string | number;
  safeguardingFlag?: boolean | null | undefined;
  signposting?: string | null | undefined;
};

/** Changes to a logged complaint; omitted fields stay as they are. */
export type UpdateComplaintInput = {
  escalatedTo?: string | null | undefined;
  measuresTaken?: string | null | undefined;
  outcome?: ComplaintOutcome | null | undefined;
  /** When we responded; an outcome other than OPEN records now if not given. */
  respondedAt?: string | null | undefined;
  responseDueOn?: string | null | undefined;
};

/** Which emails you receive; omitted choices stay as they are. */
export type UpdateNotificationPreferencesInput = {
  /** A case is allocated to you. */
  allocation?: boolean | null | undefined;
  /** Each working morning, how many of your duties are overdue. */
  overdueDigest?: boolean | null | undefined;
  /** A safeguarding concern is raised (managers). */
  safeguarding?: boolean | null | undefined;
};

/** Void an activity entered in error: kept for audit, left out of statistics and the timeline. */
export type VoidActivityInput = {
  activityId: string | number;
  /** Why it is void. Required. */
  reason?: string | null | undefined;
};

/** Why a document is voided (kept for audit, hidden from the folder). */
export type VoidDocumentInput = {
  reason: string;
};

/** Void a key date entered in error: kept for audit, out of the queue, reminders, statistics and the timeline. */
export type VoidKeyDateInput = {
  keyDateId: string | number;
  /** Why it is void. Required. */
  reason?: string | null | undefined;
};

export type WithdrawConflictInput = {
  withdrawnOn: string;
};

export type SetPasswordMutationVariables = Exact<{
  t: string;
  p: string;
}>;


export type SetPasswordMutation = { setPassword: boolean };

export type AccountsLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type AccountsLoginMutation = { login: { token: string, me: { role: StaffRole, serviceName: string } } };

export type StaffAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffAccountsQuery = { staffAccounts: { canManage: boolean, accounts: Array<{ id: string, email: string, role: StaffRole, active: boolean, holdsCases: boolean, capacity: number, maxLevel: number | null, openCases: number, passwordSet: boolean }> } };

export type AddStaffMutationVariables = Exact<{
  input: AddStaffInput;
}>;


export type AddStaffMutation = { addStaff: { account: { id: string, email: string, role: StaffRole, capacity: number, maxLevel: number | null, active: boolean, passwordSet: boolean, holdsCases: boolean }, link: { path: string, expiresAt: string } } };

export type DeactivateStaffMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateStaffMutation = { deactivateStaff: { account: { id: string, active: boolean }, openCases: Array<{ caseId: string, referralId: string, reference: string, level: number }> } };

export type ReactivateStaffMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateStaffMutation = { reactivateStaff: { id: string, active: boolean } };

export type ResetStaffPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetStaffPasswordMutation = { resetStaffPassword: { account: { id: string, passwordSet: boolean }, link: { path: string } } };

export type ChangeStaffRoleMutationVariables = Exact<{
  id: string | number;
  input: ChangeStaffRoleInput;
}>;


export type ChangeStaffRoleMutation = { changeStaffRole: { id: string, role: StaffRole } };

export type ChangeStaffCapacityMutationVariables = Exact<{
  id: string | number;
  input: ChangeStaffCapacityInput;
}>;


export type ChangeStaffCapacityMutation = { changeStaffCapacity: { id: string, capacity: number, maxLevel: number | null } };

export type RecordStaffComplianceMutationVariables = Exact<{
  id: string | number;
  input: StaffComplianceInput;
}>;


export type RecordStaffComplianceMutation = { recordStaffCompliance: { id: string } };

export type RecordStaffTrainingMutationVariables = Exact<{
  id: string | number;
  input: StaffTrainingInput;
}>;


export type RecordStaffTrainingMutation = { recordStaffTraining: { id: string } };

export type AccountsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMeQuery = { me: { id: string, role: StaffRole } };

export type TeamRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamRolesQuery = { team: Array<{ id: string, role: StaffRole }> };

export type ReferralPoolQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralPoolQuery = { referralPool: Array<{ id: string, level: number, blockingReasons: Array<{ code: BlockingReasonCode }> }> };

export type AcceptAllocationMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptAllocationMutation = { acceptAllocation: { id: string, acceptedAt: string | null } };

export type MyAllocationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyAllocationsQuery = { myAllocations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, caseId: string, current: boolean } }> } };

export type MyAllocationCursorsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAllocationCursorsQuery = { myAllocations: { edges: Array<{ cursor: string }> } };

export type MyAllocationRowsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAllocationRowsQuery = { myAllocations: { edges: Array<{ node: { caseId: string, childInitials: string | null, primaryNeed: PrimaryNeed | null, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null } }> } };

export type ReferralPoolRowsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralPoolRowsQuery = { referralPool: Array<{ id: string, primaryNeed: PrimaryNeed | null, responseTargetAt: string, responseDeadlineAt: string }> };

export type TeamQueryVariables = Exact<{
  level?: number | null | undefined;
  r?: string | number | null | undefined;
}>;


export type TeamQuery = { team: Array<{ id: string, role: StaffRole, capacity: number, openCases: number, caseload: Array<{ level: number, openCases: number }>, blockingReasons: Array<{ code: BlockingReasonCode, message: string }> }> };

export type AllocationAssignedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AllocationAssignedSubscription = { allocationAssigned: { id: string, caseId: string, referralReference: string, level: number, staffId: string, staffDisplayName: string, allocatedAt: string, acceptedAt: string | null } };

export type AllocationAddCoworkerMutationVariables = Exact<{
  input: AddCaseCoworkerInput;
}>;


export type AllocationAddCoworkerMutation = { addCaseCoworker: { id: string, coworkers: Array<{ staffId: string, role: JointWorkingRole }> } };

export type AuditViewerEntriesQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditViewerEntriesQuery = { auditEntries: { edges: Array<{ cursor: string, node: { id: string, at: string, actorId: string | null, actorName: string | null, action: string, entityType: string, entityId: string | null, fields: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditViewerCsvQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
}>;


export type AuditViewerCsvQuery = { auditEntriesCsv: string };

export type LoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, me: { id: string, role: StaffRole, serviceName: string } } };

export type MyIdQueryVariables = Exact<{ [key: string]: never; }>;


export type MyIdQuery = { me: { id: string } };

export type MyIdAndRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type MyIdAndRoleQuery = { me: { id: string, role: StaffRole } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ReferralReceivedIdSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReferralReceivedIdSubscription = { referralReceived: { id: string } };

export type ConductRecordMutationVariables = Exact<{
  input: RecordConductIncidentInput;
}>;


export type ConductRecordMutation = { recordConductIncident: { id: string, action: ConductAction, reviewStatus: ConductReviewStatus, signposting: string | null, letterSentOn: string | null } };

export type ConductReviewMutationVariables = Exact<{
  input: ReviewConductIncidentInput;
}>;


export type ConductReviewMutation = { reviewConductIncident: { id: string, action: ConductAction, reviewStatus: ConductReviewStatus, reviewNote: string | null, signposting: string | null } };

export type ConductLetterMutationVariables = Exact<{
  input: RecordConductLetterInput;
}>;


export type ConductLetterMutation = { recordConductLetter: { id: string, letterSentOn: string | null } };

export type ConductToActQueryVariables = Exact<{ [key: string]: never; }>;


export type ConductToActQuery = { conductIncidentsToAct: Array<{ id: string, referralReference: string, reviewStatus: ConductReviewStatus, recordedByName: string }> };

export type ConductCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ConductCaseQuery = { case: { id: string, status: CaseStatus, closureReason: ClosureReason | null, conductIncidents: Array<{ id: string, reviewStatus: ConductReviewStatus, action: ConductAction }> } };

export type ConductReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ConductReferralQuery = { referral: { id: string, conductFlag: { incidentId: string, matchedOn: string, removedOn: string | null } | null } };

export type GroupSessionRecordMutationVariables = Exact<{
  input: RecordGroupSessionInput;
}>;


export type GroupSessionRecordMutation = { recordGroupSession: { id: string, kind: SessionKind, title: string, topic: SessionTopic, attendance: number, evaluationForms: number, meanUsefulness: number | null, attendees: Array<{ personId: string, attended: boolean }> } };

export type GroupSessionListQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupSessionListQuery = { groupSessions: Array<{ id: string, title: string }> };

export type GroupSessionNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupSessionNamesQuery = { groupSessions: Array<{ id: string, attendees: Array<{ personId: string, fullName: string | null, attended: boolean }> }> };

export type GroupSessionChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupSessionChoicesQuery = { sessionAttendeeChoices: Array<{ personId: string, fullName: string | null }> };

export type ExpenseCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ExpenseCaseQuery = { case: { id: string, activities: Array<{ id: string, viewerMayClaimExpense: boolean, expense: { miles: number, amountPence: number, note: string | null } | null }> } };

export type GroupSessionEvaluateMutationVariables = Exact<{
  input: RecordSessionEvaluationsInput;
}>;


export type GroupSessionEvaluateMutation = { recordSessionEvaluations: { id: string, evaluationForms: number, meanUsefulness: number | null, meanImpartiality: number | null } };

export type MonitoringNoteRecordMutationVariables = Exact<{
  input: RecordMonitoringNoteInput;
}>;


export type MonitoringNoteRecordMutation = { recordMonitoringNote: { id: string, kind: MonitoringKind, category: PoorPracticeCategory | null, agencyType: AgencyType | null, month: string, summary: string } };

export type MonitoringNoteListQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitoringNoteListQuery = { monitoringNotes: Array<{ id: string }> };

export type GroupWorkLogMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type GroupWorkLogMutation = { logActivity: { id: string } };

export type ExpenseRecordMutationVariables = Exact<{
  input: RecordActivityExpenseInput;
}>;


export type ExpenseRecordMutation = { recordActivityExpense: { id: string, incurredOn: string, miles: number, amountPence: number, note: string | null } };

export type ExpenseTotalsQueryVariables = Exact<{
  month: string;
}>;


export type ExpenseTotalsQuery = { expenseTotals: Array<{ staffId: string, staffName: string, claims: number, miles: number, amountPence: number }> };

export type CaseRulesDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseRulesDetailQuery = { case: { id: string, status: CaseStatus, level: number, closureReason: ClosureReason | null, activities: Array<{ kind: ActivityKind, withFamily: boolean, consentId: string | null, partyName: string | null }>, consents: Array<{ id: string, partyName: string, givenBy: PersonRole | null, mayShare: string | null, current: boolean, withdrawnOn: string | null }>, meetings: Array<{ id: string, status: MeetingStatus }> } };

export type CaseRulesLogMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type CaseRulesLogMutation = { logActivity: { id: string, kind: ActivityKind, withFamily: boolean, consentId: string | null, partyName: string | null } };

export type CaseRulesConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type CaseRulesConsentMutation = { recordConsent: { id: string, partyName: string, givenBy: PersonRole | null, mayShare: string | null, current: boolean } };

export type CaseRulesCloseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CaseRulesCloseMutation = { closeCase: { evaluationToken: string | null, case: { status: CaseStatus, closureReason: ClosureReason | null } } };

export type CaseRulesScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type CaseRulesScheduleMutation = { scheduleMeeting: { id: string, status: MeetingStatus } };

export type CaseRulesAddKeyDateMutationVariables = Exact<{
  r: string | number;
  input: KeyDateInput;
}>;


export type CaseRulesAddKeyDateMutation = { addKeyDate: { id: string, keyDates: Array<{ id: string, kind: KeyDateKind, on: string, derivedFromId: string | null, supersededById: string | null }> } };

export type CaseRulesRaiseMutationVariables = Exact<{
  input: RaiseSafeguardingConcernInput;
}>;


export type CaseRulesRaiseMutation = { raiseSafeguardingConcern: { id: string, referralId: string, caseId: string | null, raisedById: string } };

export type CaseRulesSafeguardingAlertSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CaseRulesSafeguardingAlertSubscription = { safeguardingAlert: { id: string, referralId: string, raisedByName: string, summary: string | null } };

export type CaseRulesUnacknowledgedQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseRulesUnacknowledgedQuery = { unacknowledgedSafeguardingConcerns: Array<{ id: string, referralReference: string }> };

export type CaseRulesChangeLevelMutationVariables = Exact<{
  input: ChangeCaseLevelInput;
}>;


export type CaseRulesChangeLevelMutation = { changeCaseLevel: { id: string, level: number, levelChanges: Array<{ fromLevel: number, toLevel: number, reason: string }> } };

export type CaseRulesReopenMutationVariables = Exact<{
  input: ReopenCaseInput;
}>;


export type CaseRulesReopenMutation = { reopenCase: { id: string, status: CaseStatus, closedAt: string | null, currentAllocation: { staffId: string } | null, reopenings: Array<{ previousClosureReason: ClosureReason | null, reason: string }> } };

export type CaseRulesAddCoworkerMutationVariables = Exact<{
  input: AddCaseCoworkerInput;
}>;


export type CaseRulesAddCoworkerMutation = { addCaseCoworker: { id: string, coworkers: Array<{ staffId: string, role: JointWorkingRole, endedAt: string | null }> } };

export type CaseRulesEraseMutationVariables = Exact<{
  personId: string | number;
}>;


export type CaseRulesEraseMutation = { eraseServiceUser: { personId: string } };

export type CaseRulesOutcomeMutationVariables = Exact<{
  input: RecordMeetingOutcomeInput;
}>;


export type CaseRulesOutcomeMutation = { recordMeetingOutcome: { id: string, status: MeetingStatus, familyPresent: boolean | null, followUpDueOn: string | null } };

export type CaseRulesProposedQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseRulesProposedQuery = { casesProposedForClosure: Array<{ caseId: string, referralReference: string, missedMeetings: number, holderName: string | null }> };

export type CaseRulesDecideMutationVariables = Exact<{
  input: DecideClosureProposalInput;
}>;


export type CaseRulesDecideMutation = { decideClosureProposal: { evaluationToken: string | null, case: { id: string, status: CaseStatus, closureReason: ClosureReason | null, missedMeetings: number, putForwardForClosureAt: string | null } } };

export type CaseRulesCapacityMutationVariables = Exact<{
  input: RecordMentalCapacityInput;
}>;


export type CaseRulesCapacityMutation = { recordMentalCapacity: { id: string, decisionMaker: DecisionMaker, capacityAssessments: Array<{ hasCapacity: boolean, assessedOn: string, assessedBy: string }> } };

export type CaseworkStatsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CaseworkStatsQuery = { serviceStats: { figures: StatFigures, suppressionThreshold: number, current: { casesOpenedByLevel: { total: { value: number | null } }, casesClosedByLevel: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, casesOpenAtEndByLevel: { total: { value: number | null } }, casesReopened: { value: number | null }, levelChanges: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, sessionsByTopic: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, sessionsByKind: { total: { value: number | null } }, sessionAttendanceByTopic: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, sessionEvaluationScores: Array<{ key: string, value: number | null, suppressed: boolean }>, poorPracticeByCategory: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, positiveOutcomes: { value: number | null } } } };

export type StatsCloseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type StatsCloseMutation = { closeCase: { case: { id: string, status: CaseStatus } } };

export type StatsReopenMutationVariables = Exact<{
  input: ReopenCaseInput;
}>;


export type StatsReopenMutation = { reopenCase: { id: string, status: CaseStatus } };

export type StatsLevelMutationVariables = Exact<{
  input: ChangeCaseLevelInput;
}>;


export type StatsLevelMutation = { changeCaseLevel: { id: string, level: number } };

export type StatsSessionMutationVariables = Exact<{
  input: RecordGroupSessionInput;
}>;


export type StatsSessionMutation = { recordGroupSession: { id: string } };

export type StatsSessionEvaluateMutationVariables = Exact<{
  input: RecordSessionEvaluationsInput;
}>;


export type StatsSessionEvaluateMutation = { recordSessionEvaluations: { id: string } };

export type StatsNoteMutationVariables = Exact<{
  input: RecordMonitoringNoteInput;
}>;


export type StatsNoteMutation = { recordMonitoringNote: { id: string } };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { case: { id: string, status: CaseStatus, level: number, readOnly: boolean, decisionMaker: DecisionMaker, totalMinutes: number, missedMeetings: number, putForwardForClosureAt: string | null, closureReason: ClosureReason | null, closedAt: string | null, referral: { id: string, reference: string, firstRespondedAt: string | null, contact: { fullName: string | null } | null }, currentAllocation: { staffId: string } | null, allocations: Array<{ staffId: string, current: boolean }>, activities: Array<{ kind: ActivityKind, withFamily: boolean, consentId: string | null, summary: string | null }>, consents: Array<{ partyName: string, current: boolean, reviewOn: string }>, meetings: Array<{ status: MeetingStatus, shortNotice: boolean, followUpDueOn: string | null }>, conductIncidents: Array<{ action: ConductAction }>, safeguardingConcerns: Array<{ id: string }> } };

export type LogActivityMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogActivityMutation = { logActivity: { id: string, kind: ActivityKind, occurredAt: string, minutes: number, withFamily: boolean, consentId: string | null, summary: string | null, staffId: string } };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string, partyName: string, granted: boolean, reviewOn: string, current: boolean } };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { id: string, status: MeetingStatus, shortNotice: boolean } };

export type RecordMeetingOutcomeMutationVariables = Exact<{
  input: RecordMeetingOutcomeInput;
}>;


export type RecordMeetingOutcomeMutation = { recordMeetingOutcome: { id: string, status: MeetingStatus, familyPresent: boolean | null, followUpDueOn: string | null } };

export type RecordConductIncidentMutationVariables = Exact<{
  input: RecordConductIncidentInput;
}>;


export type RecordConductIncidentMutation = { recordConductIncident: { id: string, action: ConductAction, signposting: string | null } };

export type CloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { closeCase: { evaluationToken: string | null, case: { status: CaseStatus, closureReason: ClosureReason | null, currentAllocation: { id: string } | null } } };

export type EvaluateClosedCaseMutationVariables = Exact<{
  t: string;
  a: EvaluationAnswersInput;
}>;


export type EvaluateClosedCaseMutation = { submitEvaluation: { received: boolean } };

export type QueueChangedWithFirstResponseSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QueueChangedWithFirstResponseSubscription = { triageQueueChanged: { change: QueueChange, referralId: string, referral: { firstRespondedAt: string | null } | null } };

export type WithdrawConsentMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { current: boolean } };

export type ComplaintFieldsFragment = { id: string, kind: FeedbackKind, receivedAt: string, fromWhom: string | null, what: string | null, measuresTaken: string | null, outcome: ComplaintOutcome, escalatedTo: string | null, responseDueOn: string | null, respondedAt: string | null, responseOverdue: boolean, loggedBy: string };

export type LogComplaintMutationVariables = Exact<{
  input: LogComplaintInput;
}>;


export type LogComplaintMutation = { logComplaint: { id: string, kind: FeedbackKind, receivedAt: string, fromWhom: string | null, what: string | null, measuresTaken: string | null, outcome: ComplaintOutcome, escalatedTo: string | null, responseDueOn: string | null, respondedAt: string | null, responseOverdue: boolean, loggedBy: string } };

export type UpdateComplaintMutationVariables = Exact<{
  id: string | number;
  input: UpdateComplaintInput;
}>;


export type UpdateComplaintMutation = { updateComplaint: { id: string, kind: FeedbackKind, receivedAt: string, fromWhom: string | null, what: string | null, measuresTaken: string | null, outcome: ComplaintOutcome, escalatedTo: string | null, responseDueOn: string | null, respondedAt: string | null, responseOverdue: boolean, loggedBy: string } };

export type ComplaintsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ComplaintsQuery = { complaints: { edges: Array<{ cursor: string, node: { id: string, kind: FeedbackKind, receivedAt: string, fromWhom: string | null, what: string | null, measuresTaken: string | null, outcome: ComplaintOutcome, escalatedTo: string | null, responseDueOn: string | null, respondedAt: string | null, responseOverdue: boolean, loggedBy: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FeedbackStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type FeedbackStatsQuery = { serviceStats: { current: { feedback: { total: { value: number | null }, cells: Array<{ key: string, display: string, value: number | null }> } } } };

export type StaffComplianceListQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffComplianceListQuery = { staffCompliance: Array<{ staffId: string, displayName: string, role: StaffRole, holdsCases: boolean, dbsEnhanced: boolean, dbsCheckedOn: string | null, dbsBarredListChecked: boolean, dbsBarredListCheckedOn: string | null, dbsUpdateService: boolean, dbsUpdateServiceRenewalOn: string | null, dbsEvidenceRef: string | null, confidentialitySignedOn: string | null, appraisalDueOn: string | null, training: Array<{ kind: TrainingKind, completedOn: string, expiresOn: string | null, evidenceRef: string | null }>, appraisals: Array<{ heldOn: string, appraiserId: string, appraiserName: string }>, conflicts: Array<{ id: string, kind: ConflictKind, subject: string, dateOfBirth: string | null, postcode: string | null, colleagueId: string | null, declaredOn: string, withdrawnOn: string | null, matchedByNameAlone: boolean }>, issues: Array<{ item: ComplianceItem, state: ComplianceState, dueOn: string | null, message: string }> }> };

export type ComplianceRecordDbsMutationVariables = Exact<{
  id: string | number;
  input: StaffComplianceInput;
}>;


export type ComplianceRecordDbsMutation = { recordStaffCompliance: { id: string } };

export type ComplianceRecordTrainingMutationVariables = Exact<{
  id: string | number;
  input: StaffTrainingInput;
}>;


export type ComplianceRecordTrainingMutation = { recordStaffTraining: { id: string } };

export type RecordAppraisalMutationVariables = Exact<{
  id: string | number;
  input: AppraisalInput;
}>;


export type RecordAppraisalMutation = { recordStaffAppraisal: { staffId: string, appraisalDueOn: string | null, appraisals: Array<{ heldOn: string, appraiserName: string }>, issues: Array<{ item: ComplianceItem, state: ComplianceState }> } };

export type DeclareConflictMutationVariables = Exact<{
  id: string | number;
  input: ConflictInput;
}>;


export type DeclareConflictMutation = { declareConflict: { id: string, kind: ConflictKind, subject: string, dateOfBirth: string | null, postcode: string | null, colleagueId: string | null, declaredOn: string, withdrawnOn: string | null } };

export type WithdrawConflictMutationVariables = Exact<{
  id: string | number;
  input: WithdrawConflictInput;
}>;


export type WithdrawConflictMutation = { withdrawConflict: { id: string, withdrawnOn: string | null } };

export type ComplianceScheduleQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplianceScheduleQuery = { supervisionSchedule: Array<{ staff: { id: string }, compliance: { issues: Array<{ item: ComplianceItem, state: ComplianceState }> } }> };

export type UnavailableMeQueryVariables = Exact<{ [key: string]: never; }>;


export type UnavailableMeQuery = { me: { id: string } };

export type CreateReferralForPersonMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralForPersonMutation = { createReferral: { id: string, personId: string | null } };

export type ServiceStatsCsvQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceStatsCsvQuery = { serviceStatsCsv: string };

export type EraseServiceUserMutationVariables = Exact<{
  id: string | number;
}>;


export type EraseServiceUserMutation = { eraseServiceUser: { personId: string, referralsErased: number, erasedAt: string } };

export type SubjectAccessExportQueryVariables = Exact<{
  id: string | number;
}>;


export type SubjectAccessExportQuery = { subjectAccessExport: { json: string, html: string } };

export type DemoTeamCaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoTeamCaseloadQuery = { team: Array<{ id: string, openCases: number }> };

export type DeploymentCreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type DeploymentCreateServiceMutation = { createService: { serviceId: string, slug: string, name: string, administrator: { id: string, email: string, role: StaffRole, passwordSet: boolean }, link: { path: string } } };

export type DeploymentSetPasswordMutationVariables = Exact<{
  t: string;
  p: string;
}>;


export type DeploymentSetPasswordMutation = { setPassword: boolean };

export type DeploymentTeamQueryVariables = Exact<{ [key: string]: never; }>;


export type DeploymentTeamQuery = { team: Array<{ id: string, role: StaffRole }> };

export type DeploymentMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DeploymentMeQuery = { me: { id: string, isDeploymentAdmin: boolean } };

export type DeploymentLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type DeploymentLoginMutation = { login: { me: { isDeploymentAdmin: boolean } } };

export type FolderDocumentsQueryVariables = Exact<{
  caseId?: string | number | null | undefined;
  referralId?: string | number | null | undefined;
  personId?: string | number | null | undefined;
  withVoided?: boolean | null | undefined;
}>;


export type FolderDocumentsQuery = { documents: Array<{ id: string, seriesId: string, version: number, name: string, contentType: string, sizeBytes: number, attachedTo: DocumentAttachment, previewable: boolean, voidedAt: string | null, voidReason: string | null, voidedBy: string | null, uploadedBy: string, earlierVersions: Array<{ id: string, version: number, name: string }> }> };

export type VoidDocumentMutationVariables = Exact<{
  id: string | number;
  input: VoidDocumentInput;
}>;


export type VoidDocumentMutation = { voidDocument: { id: string, voidedAt: string | null, voidReason: string | null, voidedBy: string | null } };

export type EraseFamilyDocumentsMutationVariables = Exact<{
  id: string | number;
}>;


export type EraseFamilyDocumentsMutation = { eraseServiceUser: { personId: string } };

export type DocumentsSubjectAccessQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentsSubjectAccessQuery = { subjectAccessExport: { json: string } };

export type CloseCaseForLinkageMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseForLinkageMutation = { closeCase: { evaluationToken: string | null } };

export type SubmitEvaluationForLinkageMutationVariables = Exact<{
  t: string;
  a: EvaluationAnswersInput;
}>;


export type SubmitEvaluationForLinkageMutation = { submitEvaluation: { received: boolean } };

export type EvaluationBatchesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type EvaluationBatchesQuery = { evaluationBatches: Array<{ month: string, responses: number, comments: Array<string> }> };

export type CloseCaseForEvaluationMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseForEvaluationMutation = { closeCase: { evaluationToken: string | null } };

export type SubmitEvaluationMutationVariables = Exact<{
  t: string;
  a: EvaluationAnswersInput;
}>;


export type SubmitEvaluationMutation = { submitEvaluation: { received: boolean, message: string } };

export type LocalReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LocalReceivedSubscription = { referralReceived: { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, priority: number, safeguardingFlag: boolean, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed> } | null, child: { fullName: string | null, ageYears: number | null } | null, nextKeyDate: { kind: KeyDateKind, on: string } | null } };

export type LocalQueueSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LocalQueueSubscription = { triageQueueChanged: { change: QueueChange, referralId: string, referral: { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, priority: number, safeguardingFlag: boolean, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed> } | null, child: { fullName: string | null, ageYears: number | null } | null, nextKeyDate: { kind: KeyDateKind, on: string } | null } | null } };

export type LocalReadQueryVariables = Exact<{
  id: string | number;
}>;


export type LocalReadQuery = { referral: { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, priority: number, safeguardingFlag: boolean, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed> } | null, child: { fullName: string | null, ageYears: number | null } | null, nextKeyDate: { kind: KeyDateKind, on: string } | null } };

export type FuzzQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type FuzzQueueQuery = { triageQueue: { totalCount: number, edges: Array<{ node: { id: string, reference: string, status: ReferralStatus } }> } };

export type TypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type TypenameQuery = { __typename: 'Query' };

export type MissingReferralQueryVariables = Exact<{ [key: string]: never; }>;


export type MissingReferralQuery = { referral: { id: string } };

export type QueueTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueTotalQuery = { triageQueue: { totalCount: number } };

export type ReceivedReferralIdSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReceivedReferralIdSubscription = { referralReceived: { id: string } };

export type TypeNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type TypeNamesQuery = { __schema: { types: Array<{ name: string | null }> } };

export type HostileTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileTypenameQuery = { __typename: 'Query' };

export type HostileLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type HostileLoginMutation = { login: { token: string } };

export type HostileReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type HostileReceivedSubscription = { referralReceived: { id: string } };

export type IdempotentLogActivityMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type IdempotentLogActivityMutation = { logActivity: { id: string, summary: string | null } };

export type IdempotentLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type IdempotentLoginMutation = { login: { token: string } };

export type InstanceLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type InstanceLoginMutation = { login: { token: string } };

export type ReceivedOnOtherInstanceSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReceivedOnOtherInstanceSubscription = { referralReceived: { reference: string, channel: ReferralChannel } };

export type InstanceLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type InstanceLogoutMutation = { logout: boolean };

export type ReceivedFullOnEitherInstanceSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReceivedFullOnEitherInstanceSubscription = { referralReceived: { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, priority: number, safeguardingFlag: boolean, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed> } | null, child: { fullName: string | null, ageYears: number | null } | null, nextKeyDate: { kind: KeyDateKind, on: string } | null } };

export type InstanceReadReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type InstanceReadReferralQuery = { referral: { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, priority: number, safeguardingFlag: boolean, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed> } | null, child: { fullName: string | null, ageYears: number | null } | null, nextKeyDate: { kind: KeyDateKind, on: string } | null } };

export type ReferralReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReferralReceivedSubscription = { referralReceived: { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, priority: number, safeguardingFlag: boolean, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed> } | null, child: { fullName: string | null, ageYears: number | null } | null, nextKeyDate: { kind: KeyDateKind, on: string } | null } };

export type CreateReferralWithKeyDatesMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralWithKeyDatesMutation = { createReferral: { id: string, keyDates: Array<{ kind: KeyDateKind, on: string, rule: string | null }> } };

export type LetterTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type LetterTemplatesQuery = { letterTemplates: Array<{ kind: string, title: string, onReferral: boolean, easyRead: boolean, body: string, customised: boolean }> };

export type LetterPreviewQueryVariables = Exact<{
  input: PreviewLetterInput;
}>;


export type LetterPreviewQuery = { letterPreview: { text: string, format: string, pdf: string } };

export type ResetLetterTemplateMutationVariables = Exact<{
  input: ResetLetterTemplateInput;
}>;


export type ResetLetterTemplateMutation = { resetLetterTemplate: { kind: string, easyRead: boolean, body: string, customised: boolean, updatedBy: string | null } };

export type SaveLetterTemplateMutationVariables = Exact<{
  input: SaveLetterTemplateInput;
}>;


export type SaveLetterTemplateMutation = { saveLetterTemplate: { kind: string, easyRead: boolean, body: string, customised: boolean, updatedBy: string | null } };

export type SendLetterMutationVariables = Exact<{
  input: SendLetterInput;
}>;


export type SendLetterMutation = { sendLetter: { format: string, printableOnce: string | null, document: { id: string, name: string, letterKind: string | null, letterFormat: string | null, contentType: string, attachedTo: DocumentAttachment } } };

export type LettersScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type LettersScheduleMutation = { scheduleMeeting: { id: string } };

export type LettersCloseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type LettersCloseMutation = { closeCase: { evaluationToken: string | null } };

export type NewReferralIdSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NewReferralIdSubscription = { referralReceived: { id: string } };

export type LogsTriageMutationVariables = Exact<{
  input: TriageReferralInput;
}>;


export type LogsTriageMutation = { triageReferral: { id: string } };

export type LogsActivityMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogsActivityMutation = { logActivity: { id: string } };

export type LogsConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type LogsConsentMutation = { recordConsent: { id: string } };

export type LogsMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type LogsMeetingMutation = { scheduleMeeting: { id: string } };

export type LogsConcernMutationVariables = Exact<{
  input: RaiseSafeguardingConcernInput;
}>;


export type LogsConcernMutation = { raiseSafeguardingConcern: { id: string } };

export type LogsComplaintMutationVariables = Exact<{
  input: LogComplaintInput;
}>;


export type LogsComplaintMutation = { logComplaint: { id: string } };

export type LogsLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type LogsLoginMutation = { login: { token: string } };

export type NotifyRaiseConcernMutationVariables = Exact<{
  input: RaiseSafeguardingConcernInput;
}>;


export type NotifyRaiseConcernMutation = { raiseSafeguardingConcern: { id: string, referralId: string } };

export type NotifyStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type NotifyStatusQuery = { notificationStatus: { enabled: boolean, queued: number, retrying: number, failed: number } };

export type NotifyDeliveriesQueryVariables = Exact<{
  state?: NotificationState | null | undefined;
}>;


export type NotifyDeliveriesQuery = { notificationDeliveries: Array<{ id: string, kind: NotificationKind, state: NotificationState, attempts: number, recipientName: string | null, reference: string | null, nextAttemptAt: string | null, sentAt: string | null, lastError: string | null }> };

export type NotifyRetryMutationVariables = Exact<{
  id: string | number;
}>;


export type NotifyRetryMutation = { retryNotification: { id: string, state: NotificationState, attempts: number, lastError: string | null } };

export type NotifyMyPrefsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotifyMyPrefsQuery = { myNotificationPreferences: { safeguarding: boolean, allocation: boolean, overdueDigest: boolean, available: Array<NotificationKind> } };

export type NotifyUpdatePrefsMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type NotifyUpdatePrefsMutation = { updateMyNotificationPreferences: { safeguarding: boolean, allocation: boolean, overdueDigest: boolean, available: Array<NotificationKind> } };

export type OverdueItemFieldsFragment = { id: string, kind: OverdueKind, label: string, dueAt: string, raisedAt: string, referralId: string | null, assigneeStaffId: string | null };

export type OverdueItemRaisedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OverdueItemRaisedSubscription = { overdueItemRaised: { id: string, kind: OverdueKind, label: string, dueAt: string, raisedAt: string, referralId: string | null, assigneeStaffId: string | null } };

export type TeamOverdueItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamOverdueItemsQuery = { overdueItems: Array<{ subjectId: string, upcomingOn: string | null, id: string, kind: OverdueKind, label: string, dueAt: string, raisedAt: string, referralId: string | null, assigneeStaffId: string | null }> };

export type MyOverdueItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOverdueItemsQuery = { overdueItems: Array<{ id: string }> };

export type OverdueSubjectRaisedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OverdueSubjectRaisedSubscription = { overdueItemRaised: { subjectId: string, kind: OverdueKind } };

export type MyOverdueSubjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOverdueSubjectsQuery = { overdueItems: Array<{ subjectId: string, kind: OverdueKind, assigneeStaffId: string | null }> };

export type GuessLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type GuessLoginMutation = { login: { token: string } };

export type PublicServiceQueryVariables = Exact<{
  s: string;
}>;


export type PublicServiceQuery = { publicService: { slug: string, name: string, areaName: string, helplinePhone: string | null, responseTargetDays: number } };

export type UnknownPublicServiceQueryVariables = Exact<{ [key: string]: never; }>;


export type UnknownPublicServiceQuery = { publicService: { name: string } };

export type QueuePrioritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueuePrioritiesQuery = { triageQueue: { edges: Array<{ node: { priority: number, priorityReasons: Array<{ weight: number }> } }> } };

export type DemoLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type DemoLoginMutation = { login: { token: string, me: { role: StaffRole } } };

export type StartedMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StartedMeQuery = { me: { id: string } };

export type StartedMeRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type StartedMeRoleQuery = { me: { role: StaffRole } };

export type StartedQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type StartedQueueQuery = { triageQueue: { totalCount: number, edges: Array<{ node: { reference: string } }> } };

export type ReassignmentPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type ReassignmentPlanQuery = { reassignmentPlan: { fromStaffId: string, fromActive: boolean, cases: Array<{ caseId: string, reference: string, level: number, suggestedStaffId: string | null, candidates: Array<{ staffId: string, openCases: number, capacity: number, blockingReasons: Array<{ code: BlockingReasonCode }> }> }> } };

export type ReassignCasesMutationVariables = Exact<{
  input: ReassignCasesInput;
}>;


export type ReassignCasesMutation = { reassignCases: { reassigned: number } };

export type StaffToReassignQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffToReassignQuery = { staffToReassign: Array<{ staffId: string, displayName: string, openCases: number }> };

export type DeactivateLeaverMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateLeaverMutation = { deactivateStaff: { openCases: Array<{ caseId: string }> } };

export type CaseListQueryVariables = Exact<{
  filter?: CaseListFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseListQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { caseId: string, reference: string, status: CaseStatus, level: number, heldById: string | null, heldBy: string | null, contactName: string | null } }> } };

export type ReferralClockQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralClockQuery = { referral: { id: string, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string } };

export type CorrectReceivedAtMutationVariables = Exact<{
  input: CorrectReferralInput;
}>;


export type CorrectReceivedAtMutation = { correctReferral: { id: string, corrections: Array<{ entityType: string, entityId: string, field: string, previousValue: string | null, newValue: string | null, reason: string | null, changedBy: string }> } };

export type CorrectActivityConsentMutationVariables = Exact<{
  input: CorrectActivityInput;
}>;


export type CorrectActivityConsentMutation = { correctActivity: { id: string, activities: Array<{ id: string, withFamily: boolean, consentId: string | null, partyName: string | null }>, corrections: Array<{ entityType: string, entityId: string, field: string, previousValue: string | null, newValue: string | null, reason: string | null }> } };

export type LogForClockMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogForClockMutation = { logActivity: { id: string, consentId: string | null } };

export type ConsentForClockMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type ConsentForClockMutation = { recordConsent: { id: string } };

export type VoidForCaseHistoryMutationVariables = Exact<{
  input: VoidActivityInput;
}>;


export type VoidForCaseHistoryMutation = { voidActivity: { id: string, voided: boolean } };

export type ContactForCaseHistoryMutationVariables = Exact<{
  input: CorrectContactInput;
}>;


export type ContactForCaseHistoryMutation = { correctContact: { id: string } };

export type InfoCallForClockMutationVariables = Exact<{
  input: InformationCallInput;
}>;


export type InfoCallForClockMutation = { recordInformationCall: { id: string, receivedAt: string, firstRespondedAt: string | null } };

export type PersonOfClockQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonOfClockQuery = { referral: { personId: string | null } };

export type CaseCorrectionsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseCorrectionsQuery = { case: { id: string, corrections: Array<{ entityType: string, entityId: string, field: string, previousValue: string | null, newValue: string | null, reason: string | null, changedBy: string, changedAt: string, entryVoided: boolean }> } };

export type CorrectionsFamilyQueryVariables = Exact<{
  id: string | number;
  withVoided?: boolean | null | undefined;
}>;


export type CorrectionsFamilyQuery = { person: { id: string, referrals: Array<{ id: string, channel: ReferralChannel, childName: string | null, childDateOfBirth: string | null }>, activities: Array<{ id: string, kind: ActivityKind, minutes: number, summary: string | null, voided: boolean }>, consents: Array<{ id: string, partyName: string, reviewOn: string }>, keyDates: Array<{ id: string, kind: KeyDateKind, on: string, derived: boolean, voided: boolean, voidReason: string | null }>, corrections: Array<{ entityType: string, entityId: string, field: string, previousValue: string | null, newValue: string | null, reason: string | null, changedBy: string }> } };

export type CorrectChildTMutationVariables = Exact<{
  input: CorrectChildInput;
}>;


export type CorrectChildTMutation = { correctChild: { id: string, referrals: Array<{ id: string, childName: string | null, childDateOfBirth: string | null }>, corrections: Array<{ entityType: string, field: string, previousValue: string | null, newValue: string | null, reason: string | null }> } };

export type CorrectReferralTMutationVariables = Exact<{
  input: CorrectReferralInput;
}>;


export type CorrectReferralTMutation = { correctReferral: { id: string, referrals: Array<{ id: string, channel: ReferralChannel }>, corrections: Array<{ entityType: string, field: string, previousValue: string | null, newValue: string | null }> } };

export type CorrectActivityTMutationVariables = Exact<{
  input: CorrectActivityInput;
}>;


export type CorrectActivityTMutation = { correctActivity: { id: string, activities: Array<{ id: string, kind: ActivityKind, minutes: number, summary: string | null }>, corrections: Array<{ entityType: string, field: string, previousValue: string | null, newValue: string | null }> } };

export type CorrectKeyDateTMutationVariables = Exact<{
  input: CorrectKeyDateInput;
}>;


export type CorrectKeyDateTMutation = { correctKeyDate: { id: string, keyDates: Array<{ id: string, kind: KeyDateKind, on: string, derived: boolean }>, corrections: Array<{ entityType: string, field: string, previousValue: string | null, newValue: string | null }> } };

export type VoidKeyDateTMutationVariables = Exact<{
  input: VoidKeyDateInput;
}>;


export type VoidKeyDateTMutation = { voidKeyDate: { id: string, keyDates: Array<{ id: string }> } };

export type CorrectConsentTMutationVariables = Exact<{
  input: CorrectConsentInput;
}>;


export type CorrectConsentTMutation = { correctConsent: { id: string, consents: Array<{ id: string, partyName: string, reviewOn: string }>, corrections: Array<{ entityType: string, field: string, previousValue: string | null, newValue: string | null }> } };

export type LogActivityForCorrectionMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogActivityForCorrectionMutation = { logActivity: { id: string } };

export type RecordConsentForCorrectionMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentForCorrectionMutation = { recordConsent: { id: string } };

export type AddKeyDateForCorrectionMutationVariables = Exact<{
  r: string | number;
  input: KeyDateInput;
}>;


export type AddKeyDateForCorrectionMutation = { addKeyDate: { id: string, keyDates: Array<{ id: string, kind: KeyDateKind, on: string, derivedFromId: string | null }> } };

export type PersonOfCorrectedQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonOfCorrectedQuery = { referral: { personId: string | null } };

export type StatsAfterCorrectionQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type StatsAfterCorrectionQuery = { serviceStats: { current: { referralsByChannel: { cells: Array<{ key: string, value: number | null }> }, referralsByAgeBand: { cells: Array<{ key: string, value: number | null }> }, activityHoursByKind: Array<{ key: string, value: number | null }>, activitiesByKind: { cells: Array<{ key: string, value: number | null }> } } } };

export type SubjectAccessCorrectionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SubjectAccessCorrectionsQuery = { subjectAccessExport: { json: string } };

export type EraseCorrectionsMutationVariables = Exact<{
  id: string | number;
}>;


export type EraseCorrectionsMutation = { eraseServiceUser: { personId: string } };

export type FamilyRecordQueryVariables = Exact<{
  id: string | number;
  withVoided?: boolean | null | undefined;
}>;


export type FamilyRecordQuery = { person: { id: string, fullName: string | null, phone: string | null, mergedIntoId: string | null, referrals: Array<{ id: string, reference: string, repeat: boolean, caseId: string | null, childName: string | null }>, activities: Array<{ id: string, kind: ActivityKind, minutes: number, voided: boolean, voidReason: string | null }>, corrections: Array<{ entityType: string, field: string, previousValue: string | null, newValue: string | null, reason: string | null, changedBy: string }>, possibleDuplicates: Array<{ personId: string, matchedOn: string, referralCount: number }> } };

export type MergePeopleMutationVariables = Exact<{
  input: MergePeopleInput;
}>;


export type MergePeopleMutation = { mergePeople: { id: string, referrals: Array<{ id: string, repeat: boolean }> } };

export type CorrectContactMutationVariables = Exact<{
  input: CorrectContactInput;
}>;


export type CorrectContactMutation = { correctContact: { id: string, phone: string | null, corrections: Array<{ field: string, previousValue: string | null, newValue: string | null, reason: string | null }> } };

export type VoidActivityMutationVariables = Exact<{
  input: VoidActivityInput;
}>;


export type VoidActivityMutation = { voidActivity: { id: string, voided: boolean, voidReason: string | null } };

export type LogActivityForVoidMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogActivityForVoidMutation = { logActivity: { id: string } };

export type CaseTimelineAfterVoidQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseTimelineAfterVoidQuery = { case: { activities: Array<{ id: string }> } };

export type PersonOfReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonOfReferralQuery = { referral: { personId: string | null } };

export type ActivityStatsAfterVoidQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ActivityStatsAfterVoidQuery = { serviceStats: { current: { activitiesByKind: { cells: Array<{ key: string, value: number | null }> } } } };

export type SubjectAccessWithHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type SubjectAccessWithHistoryQuery = { subjectAccessExport: { json: string } };

export type EraseWithHistoryMutationVariables = Exact<{
  id: string | number;
}>;


export type EraseWithHistoryMutation = { eraseServiceUser: { personId: string } };

export type RecordInformationCallMutationVariables = Exact<{
  input: InformationCallInput;
}>;


export type RecordInformationCallMutation = { recordInformationCall: { id: string, reference: string, status: ReferralStatus, level: number | null, eligibility: Eligibility, channel: ReferralChannel, topic: EnquiryTopic | null, receivedAt: string, firstRespondedAt: string | null, caseId: string | null, contact: { fullName: string | null, phone: string | null } | null, child: { fullName: string | null } | null } };

export type RecordAnonymousEnquiryMutationVariables = Exact<{
  input: AnonymousEnquiryInput;
}>;


export type RecordAnonymousEnquiryMutation = { recordAnonymousEnquiry: { id: string, channel: ReferralChannel, topic: EnquiryTopic | null, receivedOn: string } };

export type IntakeReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type IntakeReferralQuery = { referral: { id: string, status: ReferralStatus, eligibility: Eligibility, ineligibleReason: string | null, signposting: string | null, topic: EnquiryTopic | null } };

export type InformationCallCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type InformationCallCaseQuery = { case: { id: string, status: CaseStatus, level: number, closureReason: ClosureReason | null, activities: Array<{ kind: ActivityKind, minutes: number, summary: string | null }> } };

export type IntakeStatsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type IntakeStatsQuery = { serviceStats: { current: { referralsReceived: { value: number | null }, anonymousEnquiries: { value: number | null }, referralsByChannel: { cells: Array<{ key: string, value: number | null }> }, referralsByLevel: { cells: Array<{ key: string, value: number | null }> }, casesClosedByLevel: { cells: Array<{ key: string, value: number | null }> }, activitiesByKind: { cells: Array<{ key: string, value: number | null }> } } } };

export type SearchRecordsQueryVariables = Exact<{
  input: RecordSearchInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchRecordsQuery = { searchRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { referralId: string, reference: string, access: RecordAccess, personId: string | null, contactName: string | null, childName: string | null, heldBy: string | null, nameScore: number | null, childDateOfBirth: string | null, postcode: string | null, phone: string | null, email: string | null } }> } };

export type SubmitSelfReferralEligibleMutationVariables = Exact<{
  input: SelfReferralInput;
}>;


export type SubmitSelfReferralEligibleMutation = { submitSelfReferral: { recorded: boolean, eligible: boolean, reference: string | null, responsePromise: string, respondBy: string | null } };

export type ResyncArrivalsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ResyncArrivalsSubscription = { referralReceived: { reference: string } };

export type RaiseSafeguardingConcernMutationVariables = Exact<{
  input: RaiseSafeguardingConcernInput;
}>;


export type RaiseSafeguardingConcernMutation = { raiseSafeguardingConcern: { id: string, referralId: string, caseId: string | null, summary: string | null, raisedById: string, raisedAt: string, acknowledgedAt: string | null } };

export type AcknowledgeSafeguardingConcernMutationVariables = Exact<{
  id: string | number;
  o: string;
}>;


export type AcknowledgeSafeguardingConcernMutation = { acknowledgeSafeguardingConcern: { id: string, acknowledgedAt: string | null, acknowledgedByName: string | null, outcome: string | null } };

export type SafeguardingAlertSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SafeguardingAlertSubscription = { safeguardingAlert: { id: string, referralId: string, referralReference: string, caseId: string | null, summary: string | null, raisedByName: string } };

export type UnacknowledgedConcernsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnacknowledgedConcernsQuery = { unacknowledgedSafeguardingConcerns: Array<{ id: string, referralReference: string, summary: string | null, raisedByName: string, acknowledgedAt: string | null }> };

export type SafeguardingCaseOfQueryVariables = Exact<{
  id: string | number;
}>;


export type SafeguardingCaseOfQuery = { case: { id: string } };

export type RevocationMeQueryVariables = Exact<{ [key: string]: never; }>;


export type RevocationMeQuery = { me: { id: string, role: StaffRole } };

export type RevocationReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RevocationReceivedSubscription = { referralReceived: { id: string } };

export type RevocationLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type RevocationLogoutMutation = { logout: boolean };

export type CachedStatsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CachedStatsQuery = { serviceStats: { figures: StatFigures, current: { referralsReceived: { value: number | null }, responseMaximumBreached: { value: number | null }, waitingAtPeriodEnd: { value: number | null }, feedback: { total: { value: number | null } }, safeguardingConcerns: { value: number | null }, hearingsSupported: { total: { value: number | null } }, activitiesByKind: { total: { value: number | null } } } } };

export type LogActivityForCacheMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogActivityForCacheMutation = { logActivity: { id: string } };

export type LogComplaintForCacheMutationVariables = Exact<{
  i: LogComplaintInput;
}>;


export type LogComplaintForCacheMutation = { logComplaint: { id: string } };

export type AttackServiceStatsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AttackServiceStatsQuery = { serviceStats: { figures: StatFigures, suppressionThreshold: number, current: { from: string, to: string, referralsReceived: { value: number | null }, referralsByChannel: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsBySource: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByStage: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByHowHeard: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByLevel: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByAgeBand: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByPrimaryNeed: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByEthnicity: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, activitiesByKind: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } } }, previous: { from: string, to: string, referralsReceived: { value: number | null }, referralsByChannel: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsBySource: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByStage: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByHowHeard: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByLevel: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByAgeBand: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByPrimaryNeed: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByEthnicity: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, activitiesByKind: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } } } } };

export type AttackNationalStatsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AttackNationalStatsQuery = { nationalStats: { available: boolean, figures: StatFigures, suppressionThreshold: number, current: { from: string, to: string, referralsReceived: { value: number | null }, referralsByChannel: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsBySource: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByStage: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByHowHeard: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByLevel: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByAgeBand: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByPrimaryNeed: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByEthnicity: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, activitiesByKind: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } } } | null, previous: { from: string, to: string, referralsReceived: { value: number | null }, referralsByChannel: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsBySource: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByStage: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByHowHeard: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByLevel: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByAgeBand: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByPrimaryNeed: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, referralsByEthnicity: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, activitiesByKind: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } } } | null } };

export type NationalStatsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type NationalStatsQuery = { nationalStats: { available: boolean, reason: string | null, minimumServices: number, contributingServices: number, figures: StatFigures, footnotes: Array<string>, suppressionThreshold: number, suppressionMark: string, current: { from: string, to: string, contributingServices: number, referralsReceived: { key: string, label: string, value: number | null, suppressed: boolean, display: string }, referralsByChannel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsBySource: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByStage: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByHowHeard: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByAgeBand: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByPrimaryNeed: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByEthnicity: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, activitiesByKind: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, activityHoursByKind: Array<{ key: string, label: string, unit: string, value: number | null, suppressed: boolean, display: string }> } | null, previous: { from: string, to: string, contributingServices: number, referralsReceived: { key: string, label: string, value: number | null, suppressed: boolean, display: string }, referralsByChannel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsBySource: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByStage: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByHowHeard: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByAgeBand: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByPrimaryNeed: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByEthnicity: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, activitiesByKind: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, activityHoursByKind: Array<{ key: string, label: string, unit: string, value: number | null, suppressed: boolean, display: string }> } | null } };

export type ServiceStatsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ServiceStatsQuery = { serviceStats: { figures: StatFigures, footnotes: Array<string>, suppressionThreshold: number, suppressionMark: string, current: { from: string, to: string, referralsReceived: { key: string, label: string, value: number | null, suppressed: boolean, display: string }, referralsByChannel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsBySource: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByStage: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByHowHeard: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByAgeBand: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByPrimaryNeed: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByEthnicity: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, anonymousEnquiries: { key: string, label: string, value: number | null, suppressed: boolean, display: string }, responseTimes: Array<{ key: string, label: string, unit: string, value: number | null, suppressed: boolean, display: string }>, casesOpenedByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, casesClosedByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, casesOpenAtEndByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, caseDurationByLevel: Array<{ key: string, label: string, unit: string, value: number | null, suppressed: boolean, display: string }>, activitiesByKind: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, activityHoursByKind: Array<{ key: string, label: string, unit: string, value: number | null, suppressed: boolean, display: string }>, meetingsByStatus: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, hearingsSupported: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, evaluations: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, evaluationResponseRate: { key: string, label: string, unit: string, value: number | null, suppressed: boolean, display: string }, evaluationScores: Array<{ key: string, label: string, unit: string, value: number | null, suppressed: boolean, display: string }>, feedback: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, safeguardingConcerns: { key: string, label: string, value: number | null, suppressed: boolean, display: string }, responseMaximumBreached: { key: string, label: string, value: number | null, suppressed: boolean, display: string }, waitingAtPeriodEnd: { key: string, label: string, value: number | null, suppressed: boolean, display: string }, peakWaitingList: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, previous: { from: string, to: string, referralsReceived: { key: string, label: string, value: number | null, suppressed: boolean, display: string }, referralsByChannel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsBySource: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByStage: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByHowHeard: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByAgeBand: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByPrimaryNeed: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, referralsByEthnicity: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, anonymousEnquiries: { key: string, label: string, value: number | null, suppressed: boolean, display: string }, responseTimes: Array<{ key: string, label: string, unit: string, value: number | null, suppressed: boolean, display: string }>, casesOpenedByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, casesClosedByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, casesOpenAtEndByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, caseDurationByLevel: Array<{ key: string, label: string, unit: string, value: number | null, suppressed: boolean, display: string }>, activitiesByKind: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, activityHoursByKind: Array<{ key: string, label: string, unit: string, value: number | null, suppressed: boolean, display: string }>, meetingsByStatus: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, hearingsSupported: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, evaluations: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, evaluationResponseRate: { key: string, label: string, unit: string, value: number | null, suppressed: boolean, display: string }, evaluationScores: Array<{ key: string, label: string, unit: string, value: number | null, suppressed: boolean, display: string }>, feedback: { key: string, title: string, cells: Array<{ key: string, label: string, value: number | null, suppressed: boolean, display: string }>, total: { key: string, label: string, value: number | null, suppressed: boolean, display: string } }, safeguardingConcerns: { key: string, label: string, value: number | null, suppressed: boolean, display: string }, responseMaximumBreached: { key: string, label: string, value: number | null, suppressed: boolean, display: string }, waitingAtPeriodEnd: { key: string, label: string, value: number | null, suppressed: boolean, display: string }, peakWaitingList: { key: string, label: string, value: number | null, suppressed: boolean, display: string } } } };

export type ServiceStatsCsvForPeriodQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ServiceStatsCsvForPeriodQuery = { serviceStatsCsv: string };

export type ServiceStatsReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ServiceStatsReportQuery = { serviceStatsReport: string };

export type ServiceStatsTrendQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ServiceStatsTrendQuery = { serviceStatsTrend: { figures: StatFigures, footnotes: Array<string>, months: Array<{ from: string, to: string, referralsReceived: { key: string, label: string, value: number | null, suppressed: boolean, display: string }, referralsByChannel: { cells: Array<{ key: string, value: number | null }>, total: { value: number | null } }, responseTimes: Array<{ key: string, value: number | null, suppressed: boolean, display: string }>, casesOpenedByLevel: { total: { value: number | null } }, casesClosedByLevel: { total: { value: number | null } } }> } };

export type LogComplaintForStatsMutationVariables = Exact<{
  i: LogComplaintInput;
}>;


export type LogComplaintForStatsMutation = { logComplaint: { id: string } };

export type NationalChannelsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type NationalChannelsQuery = { nationalStats: { available: boolean, reason: string | null, contributingServices: number, current: { referralsByChannel: { cells: Array<{ key: string, label: string, display: string }> } } | null } };

export type ServiceStatsTrailingYearQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ServiceStatsTrailingYearQuery = { serviceStatsTrend: { figures: StatFigures, months: Array<{ from: string, to: string, referralsReceived: { value: number | null } }> } };

export type RecordSupervisionMutationVariables = Exact<{
  input: RecordSupervisionInput;
}>;


export type RecordSupervisionMutation = { recordSupervision: { id: string, kind: SupervisionKind, heldOn: string, topics: Array<SupervisionTopic>, notes: string | null, supervisor: { id: string }, attendees: Array<{ id: string, displayName: string }> } };

export type SupervisionsQueryVariables = Exact<{
  staffId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupervisionsQuery = { supervisions: { edges: Array<{ cursor: string, node: { id: string, notes: string | null, heldOn: string, attendees: Array<{ id: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SupervisionScheduleQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionScheduleQuery = { supervisionSchedule: Array<{ everyWeeks: number, lastSupervisedOn: string | null, lastGroupSupportOn: string | null, nextDueOn: string, overdue: boolean, staff: { id: string, role: StaffRole }, compliance: { dbsEnhanced: boolean, dbsRenewalDueOn: string | null, dbsExpired: boolean, dbsRenewalDueSoon: boolean, confidentialitySigned: boolean, confidentialitySignedOn: string | null, trainingExpired: boolean, trainingExpiringSoon: boolean, training: Array<{ kind: TrainingKind, completedOn: string, expiresOn: string | null, expired: boolean, expiringSoon: boolean }> } }> };

export type TriageQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TriageQueueFilter | null | undefined;
}>;


export type TriageQueueQuery = { triageQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, priority: number, safeguardingFlag: boolean, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed> } | null, child: { fullName: string | null, ageYears: number | null } | null, nextKeyDate: { kind: KeyDateKind, on: string } | null } }> } };

export type TriageReferralDecisionMutationVariables = Exact<{
  input: TriageReferralInput;
}>;


export type TriageReferralDecisionMutation = { triageReferral: { id: string, status: ReferralStatus, eligibility: Eligibility, level: number | null, ineligibleReason: string | null, signposting: string | null, priority: number, priorityReasons: Array<{ code: string, label: string, weight: number }> } };

export type ReferralCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralCaseQuery = { referral: { id: string, caseId: string | null } };

export type QueueCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueCasesQuery = { triageQueue: { edges: Array<{ node: { id: string, caseId: string | null } }> } };

export type QueueKeyDatesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueKeyDatesQuery = { triageQueue: { edges: Array<{ node: { id: string, keyDates: Array<{ id: string, kind: KeyDateKind, on: string }> } }> } };

export type ReferralKeyDatesQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralKeyDatesQuery = { referral: { keyDates: Array<{ id: string, kind: KeyDateKind, on: string }> } };

export type QueueEveryFieldQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueEveryFieldQuery = { triageQueue: { edges: Array<{ node: { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, source: ReferralSource, professionalType: ProfessionalType | null, referrerName: string | null, referrerOrganisation: string | null, familyConsentedToShare: boolean, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, priority: number, level: number | null, eligibility: Eligibility, ineligibleReason: string | null, signposting: string | null, possibleDuplicate: boolean, possibleDuplicateOfId: string | null, currentStage: CurrentStage, howHeard: HowHeard, topic: EnquiryTopic | null, reasonForReferral: string | null, safeguardingFlag: boolean, excludedOrNoPlace: boolean, childInNeedOrLookedAfter: boolean, priorityOverride: number | null, priorityOverrideReason: string | null, triageNotes: string | null, triagedAt: string | null, overdue: boolean, decisionMaker: DecisionMaker, personId: string | null, priorityReasons: Array<{ code: string, label: string, weight: number }>, eligibilityChecks: Array<{ code: string, met: boolean | null, label: string }>, contact: { fullName: string | null, email: string | null, phone: string | null, address: string | null, postcode: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed>, interpreterLanguage: string | null, ethnicity: EthnicGroup | null } | null, child: { fullName: string | null, dateOfBirth: string | null, ageYears: number | null, educationSetting: string | null, needsOverview: string | null, diagnosisStatus: DiagnosisStatus, primaryNeed: PrimaryNeed } | null, nextKeyDate: { id: string, kind: KeyDateKind, on: string, rule: string | null, derivedFromId: string | null, notes: string | null, supersededById: string | null } | null } }> } };

export type QueueNarrowQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueNarrowQuery = { triageQueue: { edges: Array<{ node: { decisionMaker: DecisionMaker, overdue: boolean, personId: string | null, possibleDuplicateOfId: string | null, currentStage: CurrentStage, excludedOrNoPlace: boolean, childInNeedOrLookedAfter: boolean, priorityOverrideReason: string | null, id: string, priority: number, when: string, nextKeyDate: { id: string, kind: KeyDateKind, on: string, rule: string | null, supersededById: string | null } | null, child: { fullName: string | null, dateOfBirth: string | null, ageYears: number | null } | null, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed> } | null } }> } };

export type QueueNarrowFieldsFragment = { id: string, priority: number, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed> } | null };

export type ReferralEveryFieldQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralEveryFieldQuery = { referral: { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, source: ReferralSource, professionalType: ProfessionalType | null, referrerName: string | null, referrerOrganisation: string | null, familyConsentedToShare: boolean, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, priority: number, level: number | null, eligibility: Eligibility, ineligibleReason: string | null, signposting: string | null, possibleDuplicate: boolean, possibleDuplicateOfId: string | null, currentStage: CurrentStage, howHeard: HowHeard, topic: EnquiryTopic | null, reasonForReferral: string | null, safeguardingFlag: boolean, excludedOrNoPlace: boolean, childInNeedOrLookedAfter: boolean, priorityOverride: number | null, priorityOverrideReason: string | null, triageNotes: string | null, triagedAt: string | null, overdue: boolean, decisionMaker: DecisionMaker, personId: string | null, priorityReasons: Array<{ code: string, label: string, weight: number }>, eligibilityChecks: Array<{ code: string, met: boolean | null, label: string }>, contact: { fullName: string | null, email: string | null, phone: string | null, address: string | null, postcode: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed>, interpreterLanguage: string | null, ethnicity: EthnicGroup | null } | null, child: { fullName: string | null, dateOfBirth: string | null, ageYears: number | null, educationSetting: string | null, needsOverview: string | null, diagnosisStatus: DiagnosisStatus, primaryNeed: PrimaryNeed } | null, nextKeyDate: { id: string, kind: KeyDateKind, on: string, rule: string | null, derivedFromId: string | null, notes: string | null, supersededById: string | null } | null } };

export type ReferralIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralIdQuery = { referral: { id: string } };

export type ReferralByMalformedIdQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralByMalformedIdQuery = { referral: { id: string } };

export type ReferralEligibilityQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralEligibilityQuery = { referral: { decisionMaker: DecisionMaker, eligibilityChecks: Array<{ code: string, met: boolean | null, label: string }> } };

export type ReferralStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralStatusQuery = { referral: { status: ReferralStatus } };

export type QueueChangedLevelSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QueueChangedLevelSubscription = { triageQueueChanged: { change: QueueChange, referralId: string, referral: { id: string, level: number | null, priority: number } | null } };

export type QueueChangedReferralIdSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QueueChangedReferralIdSubscription = { triageQueueChanged: { referralId: string } };

export type ReceivedReferenceSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReceivedReferenceSubscription = { referralReceived: { id: string, reference: string } };

export type ReceivedIdSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReceivedIdSubscription = { referralReceived: { id: string } };

export type WideSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WideSubscription = { referralReceived: { id: string, reference: string, status: ReferralStatus } };

export type NarrowSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NarrowSubscription = { referralReceived: { theId: string } };

export type ResyncSignInMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type ResyncSignInMutation = { login: { token: string } };

export type FaultSignInMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type FaultSignInMutation = { login: { token: string } };

export type FaultArrivalsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FaultArrivalsSubscription = { referralReceived: { reference: string } };

export type TriageReferralMutationVariables = Exact<{
  input: TriageReferralInput;
}>;


export type TriageReferralMutation = { triageReferral: { id: string, status: ReferralStatus, level: number | null } };

export type AllocateReferralMutationVariables = Exact<{
  r: string | number;
  s: string | number;
}>;


export type AllocateReferralMutation = { allocateReferral: { id: string, caseId: string, referralId: string, referralReference: string, level: number, staffId: string, staffDisplayName: string, kind: AllocationKind, allocatedAt: string, acceptedAt: string | null, endedAt: string | null, current: boolean } };

export type PublishToPoolMutationVariables = Exact<{
  r: string | number;
}>;


export type PublishToPoolMutation = { publishToPool: { id: string, status: ReferralStatus } };

export type PickUpAllocationMutationVariables = Exact<{
  id: string | number;
}>;


export type PickUpAllocationMutation = { acceptAllocation: { id: string, acceptedAt: string | null } };

export type ClaimReferralMutationVariables = Exact<{
  r: string | number;
}>;


export type ClaimReferralMutation = { claimReferral: { id: string, caseId: string, staffId: string, kind: AllocationKind } };

export type SignInMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type SignInMutation = { login: { token: string } };

export type SubmitSelfReferralMutationVariables = Exact<{
  input: SelfReferralInput;
}>;


export type SubmitSelfReferralMutation = { submitSelfReferral: { recorded: boolean, reference: string | null, responsePromise: string, respondBy: string | null } };

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralMutation = { createReferral: { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, priority: number, possibleDuplicate: boolean, possibleDuplicateOfId: string | null } };

export type ReferralFieldsFragment = { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, priority: number, safeguardingFlag: boolean, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed> } | null, child: { fullName: string | null, ageYears: number | null } | null, nextKeyDate: { kind: KeyDateKind, on: string } | null };

export type ServiceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceSettingsQuery = { serviceSettings: { closureDays: Array<string>, responseTargetDays: number, responseMaxDays: number, suppressionK: number, volunteerMaxLevel: number, supervisionOfficerWeeks: number, supervisionVolunteerWeeks: number, inactiveCaseDays: number, acceptWithinHours: number, safeguardingAckMinutes: number, dbsWarningDays: number, keyDateWarningDays: number, meetingFollowUpWorkingDays: number, reopenWithinMonths: number, areaPostcodeDistricts: Array<string>, officeHours: { timeZone: string, days: Array<number>, open: string, close: string } } };

export type UpdateServiceSettingsMutationVariables = Exact<{
  input: ServiceSettingsInput;
}>;


export type UpdateServiceSettingsMutation = { updateServiceSettings: { closureDays: Array<string>, acceptWithinHours: number, officeHours: { open: string, close: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ComplaintFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintFields on Complaint {
  id
  kind
  receivedAt
  fromWhom
  what
  measuresTaken
  outcome
  escalatedTo
  responseDueOn
  respondedAt
  responseOverdue
  loggedBy
}
    `, {"fragmentName":"ComplaintFields"}) as unknown as TypedDocumentString<ComplaintFieldsFragment, unknown>;
export const OverdueItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment OverdueItemFields on OverdueItem {
  id
  kind
  label
  dueAt
  raisedAt
  referralId
  assigneeStaffId
}
    `, {"fragmentName":"OverdueItemFields"}) as unknown as TypedDocumentString<OverdueItemFieldsFragment, unknown>;
export const QueueNarrowFieldsFragmentDoc = new TypedDocumentString(`
    fragment QueueNarrowFields on Referral {
  ... on Referral {
    id
    priority
    priorityReasons {
      code
      label
      weight
    }
    contact {
      fullName
      preferredContact
      accessibilityNeeds
    }
  }
}
    `, {"fragmentName":"QueueNarrowFields"}) as unknown as TypedDocumentString<QueueNarrowFieldsFragment, unknown>;
export const ReferralFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReferralFields on Referral {
  id
  reference
  status
  channel
  receivedAt
  responseTargetAt
  responseDeadlineAt
  firstRespondedAt
  priority
  safeguardingFlag
  priorityReasons {
    code
    label
    weight
  }
  level
  eligibility
  possibleDuplicate
  contact {
    fullName
    preferredContact
    accessibilityNeeds
  }
  child {
    fullName
    ageYears
  }
  nextKeyDate {
    kind
    on
  }
}
    `, {"fragmentName":"ReferralFields"}) as unknown as TypedDocumentString<ReferralFieldsFragment, unknown>;
export const SetPasswordDocument = new TypedDocumentString(`
    mutation SetPassword($t: String!, $p: String!) {
  setPassword(token: $t, password: $p)
}
    `) as unknown as TypedDocumentString<SetPasswordMutation, SetPasswordMutationVariables>;
export const AccountsLoginDocument = new TypedDocumentString(`
    mutation AccountsLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
    me {
      role
      serviceName
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsLoginMutation, AccountsLoginMutationVariables>;
export const StaffAccountsDocument = new TypedDocumentString(`
    query StaffAccounts {
  staffAccounts {
    canManage
    accounts {
      id
      email
      role
      active
      holdsCases
      capacity
      maxLevel
      openCases
      passwordSet
    }
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const AddStaffDocument = new TypedDocumentString(`
    mutation AddStaff($input: AddStaffInput!) {
  addStaff(input: $input) {
    account {
      id
      email
      role
      capacity
      maxLevel
      active
      passwordSet
      holdsCases
    }
    link {
      path
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<AddStaffMutation, AddStaffMutationVariables>;
export const DeactivateStaffDocument = new TypedDocumentString(`
    mutation DeactivateStaff($id: ID!) {
  deactivateStaff(staffId: $id) {
    account {
      id
      active
    }
    openCases {
      caseId
      referralId
      reference
      level
    }
  }
}
    `) as unknown as TypedDocumentString<DeactivateStaffMutation, DeactivateStaffMutationVariables>;
export const ReactivateStaffDocument = new TypedDocumentString(`
    mutation ReactivateStaff($id: ID!) {
  reactivateStaff(staffId: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<ReactivateStaffMutation, ReactivateStaffMutationVariables>;
export const ResetStaffPasswordDocument = new TypedDocumentString(`
    mutation ResetStaffPassword($id: ID!) {
  resetStaffPassword(staffId: $id) {
    account {
      id
      passwordSet
    }
    link {
      path
    }
  }
}
    `) as unknown as TypedDocumentString<ResetStaffPasswordMutation, ResetStaffPasswordMutationVariables>;
export const ChangeStaffRoleDocument = new TypedDocumentString(`
    mutation ChangeStaffRole($id: ID!, $input: ChangeStaffRoleInput!) {
  changeStaffRole(staffId: $id, input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<ChangeStaffRoleMutation, ChangeStaffRoleMutationVariables>;
export const ChangeStaffCapacityDocument = new TypedDocumentString(`
    mutation ChangeStaffCapacity($id: ID!, $input: ChangeStaffCapacityInput!) {
  changeStaffCapacity(staffId: $id, input: $input) {
    id
    capacity
    maxLevel
  }
}
    `) as unknown as TypedDocumentString<ChangeStaffCapacityMutation, ChangeStaffCapacityMutationVariables>;
export const RecordStaffComplianceDocument = new TypedDocumentString(`
    mutation RecordStaffCompliance($id: ID!, $input: StaffComplianceInput!) {
  recordStaffCompliance(staffId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordStaffComplianceMutation, RecordStaffComplianceMutationVariables>;
export const RecordStaffTrainingDocument = new TypedDocumentString(`
    mutation RecordStaffTraining($id: ID!, $input: StaffTrainingInput!) {
  recordStaffTraining(staffId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordStaffTrainingMutation, RecordStaffTrainingMutationVariables>;
export const AccountsMeDocument = new TypedDocumentString(`
    query AccountsMe {
  me {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<AccountsMeQuery, AccountsMeQueryVariables>;
export const TeamRolesDocument = new TypedDocumentString(`
    query TeamRoles {
  team {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<TeamRolesQuery, TeamRolesQueryVariables>;
export const ReferralPoolDocument = new TypedDocumentString(`
    query ReferralPool {
  referralPool {
    id
    level
    blockingReasons {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralPoolQuery, ReferralPoolQueryVariables>;
export const AcceptAllocationDocument = new TypedDocumentString(`
    mutation AcceptAllocation($id: ID!) {
  acceptAllocation(allocationId: $id) {
    id
    acceptedAt
  }
}
    `) as unknown as TypedDocumentString<AcceptAllocationMutation, AcceptAllocationMutationVariables>;
export const MyAllocationsDocument = new TypedDocumentString(`
    query MyAllocations($after: String) {
  myAllocations(first: 2, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        caseId
        current
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyAllocationsQuery, MyAllocationsQueryVariables>;
export const MyAllocationCursorsDocument = new TypedDocumentString(`
    query MyAllocationCursors {
  myAllocations {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyAllocationCursorsQuery, MyAllocationCursorsQueryVariables>;
export const MyAllocationRowsDocument = new TypedDocumentString(`
    query MyAllocationRows {
  myAllocations {
    edges {
      node {
        caseId
        childInitials
        primaryNeed
        responseTargetAt
        responseDeadlineAt
        firstRespondedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyAllocationRowsQuery, MyAllocationRowsQueryVariables>;
export const ReferralPoolRowsDocument = new TypedDocumentString(`
    query ReferralPoolRows {
  referralPool {
    id
    primaryNeed
    responseTargetAt
    responseDeadlineAt
  }
}
    `) as unknown as TypedDocumentString<ReferralPoolRowsQuery, ReferralPoolRowsQueryVariables>;
export const TeamDocument = new TypedDocumentString(`
    query Team($level: Int, $r: ID) {
  team(level: $level, forReferralId: $r) {
    id
    role
    capacity
    openCases
    caseload {
      level
      openCases
    }
    blockingReasons {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TeamQuery, TeamQueryVariables>;
export const AllocationAssignedDocument = new TypedDocumentString(`
    subscription AllocationAssigned {
  allocationAssigned {
    id
    caseId
    referralReference
    level
    staffId
    staffDisplayName
    allocatedAt
    acceptedAt
  }
}
    `) as unknown as TypedDocumentString<AllocationAssignedSubscription, AllocationAssignedSubscriptionVariables>;
export const AllocationAddCoworkerDocument = new TypedDocumentString(`
    mutation AllocationAddCoworker($input: AddCaseCoworkerInput!) {
  addCaseCoworker(input: $input) {
    id
    coworkers {
      staffId
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AllocationAddCoworkerMutation, AllocationAddCoworkerMutationVariables>;
export const AuditViewerEntriesDocument = new TypedDocumentString(`
    query AuditViewerEntries($filter: AuditFilterInput, $first: Int, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        at
        actorId
        actorName
        action
        entityType
        entityId
        fields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditViewerEntriesQuery, AuditViewerEntriesQueryVariables>;
export const AuditViewerCsvDocument = new TypedDocumentString(`
    query AuditViewerCsv($filter: AuditFilterInput) {
  auditEntriesCsv(filter: $filter)
}
    `) as unknown as TypedDocumentString<AuditViewerCsvQuery, AuditViewerCsvQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
    expiresAt
    me {
      id
      role
      serviceName
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const MyIdDocument = new TypedDocumentString(`
    query MyId {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<MyIdQuery, MyIdQueryVariables>;
export const MyIdAndRoleDocument = new TypedDocumentString(`
    query MyIdAndRole {
  me {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<MyIdAndRoleQuery, MyIdAndRoleQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ReferralReceivedIdDocument = new TypedDocumentString(`
    subscription ReferralReceivedId {
  referralReceived {
    id
  }
}
    `) as unknown as TypedDocumentString<ReferralReceivedIdSubscription, ReferralReceivedIdSubscriptionVariables>;
export const ConductRecordDocument = new TypedDocumentString(`
    mutation ConductRecord($input: RecordConductIncidentInput!) {
  recordConductIncident(input: $input) {
    id
    action
    reviewStatus
    signposting
    letterSentOn
  }
}
    `) as unknown as TypedDocumentString<ConductRecordMutation, ConductRecordMutationVariables>;
export const ConductReviewDocument = new TypedDocumentString(`
    mutation ConductReview($input: ReviewConductIncidentInput!) {
  reviewConductIncident(input: $input) {
    id
    action
    reviewStatus
    reviewNote
    signposting
  }
}
    `) as unknown as TypedDocumentString<ConductReviewMutation, ConductReviewMutationVariables>;
export const ConductLetterDocument = new TypedDocumentString(`
    mutation ConductLetter($input: RecordConductLetterInput!) {
  recordConductLetter(input: $input) {
    id
    letterSentOn
  }
}
    `) as unknown as TypedDocumentString<ConductLetterMutation, ConductLetterMutationVariables>;
export const ConductToActDocument = new TypedDocumentString(`
    query ConductToAct {
  conductIncidentsToAct {
    id
    referralReference
    reviewStatus
    recordedByName
  }
}
    `) as unknown as TypedDocumentString<ConductToActQuery, ConductToActQueryVariables>;
export const ConductCaseDocument = new TypedDocumentString(`
    query ConductCase($id: ID!) {
  case(id: $id) {
    id
    status
    closureReason
    conductIncidents {
      id
      reviewStatus
      action
    }
  }
}
    `) as unknown as TypedDocumentString<ConductCaseQuery, ConductCaseQueryVariables>;
export const ConductReferralDocument = new TypedDocumentString(`
    query ConductReferral($id: ID!) {
  referral(id: $id) {
    id
    conductFlag {
      incidentId
      matchedOn
      removedOn
    }
  }
}
    `) as unknown as TypedDocumentString<ConductReferralQuery, ConductReferralQueryVariables>;
export const GroupSessionRecordDocument = new TypedDocumentString(`
    mutation GroupSessionRecord($input: RecordGroupSessionInput!) {
  recordGroupSession(input: $input) {
    id
    kind
    title
    topic
    attendance
    attendees {
      personId
      attended
    }
    evaluationForms
    meanUsefulness
  }
}
    `) as unknown as TypedDocumentString<GroupSessionRecordMutation, GroupSessionRecordMutationVariables>;
export const GroupSessionListDocument = new TypedDocumentString(`
    query GroupSessionList {
  groupSessions {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<GroupSessionListQuery, GroupSessionListQueryVariables>;
export const GroupSessionNamesDocument = new TypedDocumentString(`
    query GroupSessionNames {
  groupSessions {
    id
    attendees {
      personId
      fullName
      attended
    }
  }
}
    `) as unknown as TypedDocumentString<GroupSessionNamesQuery, GroupSessionNamesQueryVariables>;
export const GroupSessionChoicesDocument = new TypedDocumentString(`
    query GroupSessionChoices {
  sessionAttendeeChoices {
    personId
    fullName
  }
}
    `) as unknown as TypedDocumentString<GroupSessionChoicesQuery, GroupSessionChoicesQueryVariables>;
export const ExpenseCaseDocument = new TypedDocumentString(`
    query ExpenseCase($id: ID!) {
  case(id: $id) {
    id
    activities {
      id
      viewerMayClaimExpense
      expense {
        miles
        amountPence
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExpenseCaseQuery, ExpenseCaseQueryVariables>;
export const GroupSessionEvaluateDocument = new TypedDocumentString(`
    mutation GroupSessionEvaluate($input: RecordSessionEvaluationsInput!) {
  recordSessionEvaluations(input: $input) {
    id
    evaluationForms
    meanUsefulness
    meanImpartiality
  }
}
    `) as unknown as TypedDocumentString<GroupSessionEvaluateMutation, GroupSessionEvaluateMutationVariables>;
export const MonitoringNoteRecordDocument = new TypedDocumentString(`
    mutation MonitoringNoteRecord($input: RecordMonitoringNoteInput!) {
  recordMonitoringNote(input: $input) {
    id
    kind
    category
    agencyType
    month
    summary
  }
}
    `) as unknown as TypedDocumentString<MonitoringNoteRecordMutation, MonitoringNoteRecordMutationVariables>;
export const MonitoringNoteListDocument = new TypedDocumentString(`
    query MonitoringNoteList {
  monitoringNotes {
    id
  }
}
    `) as unknown as TypedDocumentString<MonitoringNoteListQuery, MonitoringNoteListQueryVariables>;
export const GroupWorkLogDocument = new TypedDocumentString(`
    mutation GroupWorkLog($input: LogActivityInput!) {
  logActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<GroupWorkLogMutation, GroupWorkLogMutationVariables>;
export const ExpenseRecordDocument = new TypedDocumentString(`
    mutation ExpenseRecord($input: RecordActivityExpenseInput!) {
  recordActivityExpense(input: $input) {
    id
    incurredOn
    miles
    amountPence
    note
  }
}
    `) as unknown as TypedDocumentString<ExpenseRecordMutation, ExpenseRecordMutationVariables>;
export const ExpenseTotalsDocument = new TypedDocumentString(`
    query ExpenseTotals($month: String!) {
  expenseTotals(month: $month) {
    staffId
    staffName
    claims
    miles
    amountPence
  }
}
    `) as unknown as TypedDocumentString<ExpenseTotalsQuery, ExpenseTotalsQueryVariables>;
export const CaseRulesDetailDocument = new TypedDocumentString(`
    query CaseRulesDetail($id: ID!) {
  case(id: $id) {
    id
    status
    level
    closureReason
    activities {
      kind
      withFamily
      consentId
      partyName
    }
    consents {
      id
      partyName
      givenBy
      mayShare
      current
      withdrawnOn
    }
    meetings {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRulesDetailQuery, CaseRulesDetailQueryVariables>;
export const CaseRulesLogDocument = new TypedDocumentString(`
    mutation CaseRulesLog($input: LogActivityInput!) {
  logActivity(input: $input) {
    id
    kind
    withFamily
    consentId
    partyName
  }
}
    `) as unknown as TypedDocumentString<CaseRulesLogMutation, CaseRulesLogMutationVariables>;
export const CaseRulesConsentDocument = new TypedDocumentString(`
    mutation CaseRulesConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    id
    partyName
    givenBy
    mayShare
    current
  }
}
    `) as unknown as TypedDocumentString<CaseRulesConsentMutation, CaseRulesConsentMutationVariables>;
export const CaseRulesCloseDocument = new TypedDocumentString(`
    mutation CaseRulesClose($input: CloseCaseInput!) {
  closeCase(input: $input) {
    evaluationToken
    case {
      status
      closureReason
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRulesCloseMutation, CaseRulesCloseMutationVariables>;
export const CaseRulesScheduleDocument = new TypedDocumentString(`
    mutation CaseRulesSchedule($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CaseRulesScheduleMutation, CaseRulesScheduleMutationVariables>;
export const CaseRulesAddKeyDateDocument = new TypedDocumentString(`
    mutation CaseRulesAddKeyDate($r: ID!, $input: KeyDateInput!) {
  addKeyDate(referralId: $r, input: $input) {
    id
    keyDates {
      id
      kind
      on
      derivedFromId
      supersededById
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRulesAddKeyDateMutation, CaseRulesAddKeyDateMutationVariables>;
export const CaseRulesRaiseDocument = new TypedDocumentString(`
    mutation CaseRulesRaise($input: RaiseSafeguardingConcernInput!) {
  raiseSafeguardingConcern(input: $input) {
    id
    referralId
    caseId
    raisedById
  }
}
    `) as unknown as TypedDocumentString<CaseRulesRaiseMutation, CaseRulesRaiseMutationVariables>;
export const CaseRulesSafeguardingAlertDocument = new TypedDocumentString(`
    subscription CaseRulesSafeguardingAlert {
  safeguardingAlert {
    id
    referralId
    raisedByName
    summary
  }
}
    `) as unknown as TypedDocumentString<CaseRulesSafeguardingAlertSubscription, CaseRulesSafeguardingAlertSubscriptionVariables>;
export const CaseRulesUnacknowledgedDocument = new TypedDocumentString(`
    query CaseRulesUnacknowledged {
  unacknowledgedSafeguardingConcerns {
    id
    referralReference
  }
}
    `) as unknown as TypedDocumentString<CaseRulesUnacknowledgedQuery, CaseRulesUnacknowledgedQueryVariables>;
export const CaseRulesChangeLevelDocument = new TypedDocumentString(`
    mutation CaseRulesChangeLevel($input: ChangeCaseLevelInput!) {
  changeCaseLevel(input: $input) {
    id
    level
    levelChanges {
      fromLevel
      toLevel
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRulesChangeLevelMutation, CaseRulesChangeLevelMutationVariables>;
export const CaseRulesReopenDocument = new TypedDocumentString(`
    mutation CaseRulesReopen($input: ReopenCaseInput!) {
  reopenCase(input: $input) {
    id
    status
    closedAt
    currentAllocation {
      staffId
    }
    reopenings {
      previousClosureReason
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRulesReopenMutation, CaseRulesReopenMutationVariables>;
export const CaseRulesAddCoworkerDocument = new TypedDocumentString(`
    mutation CaseRulesAddCoworker($input: AddCaseCoworkerInput!) {
  addCaseCoworker(input: $input) {
    id
    coworkers {
      staffId
      role
      endedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRulesAddCoworkerMutation, CaseRulesAddCoworkerMutationVariables>;
export const CaseRulesEraseDocument = new TypedDocumentString(`
    mutation CaseRulesErase($personId: ID!) {
  eraseServiceUser(personId: $personId) {
    personId
  }
}
    `) as unknown as TypedDocumentString<CaseRulesEraseMutation, CaseRulesEraseMutationVariables>;
export const CaseRulesOutcomeDocument = new TypedDocumentString(`
    mutation CaseRulesOutcome($input: RecordMeetingOutcomeInput!) {
  recordMeetingOutcome(input: $input) {
    id
    status
    familyPresent
    followUpDueOn
  }
}
    `) as unknown as TypedDocumentString<CaseRulesOutcomeMutation, CaseRulesOutcomeMutationVariables>;
export const CaseRulesProposedDocument = new TypedDocumentString(`
    query CaseRulesProposed {
  casesProposedForClosure {
    caseId
    referralReference
    missedMeetings
    holderName
  }
}
    `) as unknown as TypedDocumentString<CaseRulesProposedQuery, CaseRulesProposedQueryVariables>;
export const CaseRulesDecideDocument = new TypedDocumentString(`
    mutation CaseRulesDecide($input: DecideClosureProposalInput!) {
  decideClosureProposal(input: $input) {
    evaluationToken
    case {
      id
      status
      closureReason
      missedMeetings
      putForwardForClosureAt
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRulesDecideMutation, CaseRulesDecideMutationVariables>;
export const CaseRulesCapacityDocument = new TypedDocumentString(`
    mutation CaseRulesCapacity($input: RecordMentalCapacityInput!) {
  recordMentalCapacity(input: $input) {
    id
    decisionMaker
    capacityAssessments {
      hasCapacity
      assessedOn
      assessedBy
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRulesCapacityMutation, CaseRulesCapacityMutationVariables>;
export const CaseworkStatsDocument = new TypedDocumentString(`
    query CaseworkStats($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) {
    figures
    suppressionThreshold
    current {
      casesOpenedByLevel {
        total {
          value
        }
      }
      casesClosedByLevel {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      casesOpenAtEndByLevel {
        total {
          value
        }
      }
      casesReopened {
        value
      }
      levelChanges {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      sessionsByTopic {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      sessionsByKind {
        total {
          value
        }
      }
      sessionAttendanceByTopic {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      sessionEvaluationScores {
        key
        value
        suppressed
      }
      poorPracticeByCategory {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      positiveOutcomes {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseworkStatsQuery, CaseworkStatsQueryVariables>;
export const StatsCloseDocument = new TypedDocumentString(`
    mutation StatsClose($input: CloseCaseInput!) {
  closeCase(input: $input) {
    case {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StatsCloseMutation, StatsCloseMutationVariables>;
export const StatsReopenDocument = new TypedDocumentString(`
    mutation StatsReopen($input: ReopenCaseInput!) {
  reopenCase(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StatsReopenMutation, StatsReopenMutationVariables>;
export const StatsLevelDocument = new TypedDocumentString(`
    mutation StatsLevel($input: ChangeCaseLevelInput!) {
  changeCaseLevel(input: $input) {
    id
    level
  }
}
    `) as unknown as TypedDocumentString<StatsLevelMutation, StatsLevelMutationVariables>;
export const StatsSessionDocument = new TypedDocumentString(`
    mutation StatsSession($input: RecordGroupSessionInput!) {
  recordGroupSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StatsSessionMutation, StatsSessionMutationVariables>;
export const StatsSessionEvaluateDocument = new TypedDocumentString(`
    mutation StatsSessionEvaluate($input: RecordSessionEvaluationsInput!) {
  recordSessionEvaluations(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StatsSessionEvaluateMutation, StatsSessionEvaluateMutationVariables>;
export const StatsNoteDocument = new TypedDocumentString(`
    mutation StatsNote($input: RecordMonitoringNoteInput!) {
  recordMonitoringNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StatsNoteMutation, StatsNoteMutationVariables>;
export const CaseDetailDocument = new TypedDocumentString(`
    query CaseDetail($id: ID!) {
  case(id: $id) {
    id
    status
    level
    readOnly
    decisionMaker
    totalMinutes
    missedMeetings
    putForwardForClosureAt
    closureReason
    closedAt
    referral {
      id
      reference
      firstRespondedAt
      contact {
        fullName
      }
    }
    currentAllocation {
      staffId
    }
    allocations {
      staffId
      current
    }
    activities {
      kind
      withFamily
      consentId
      summary
    }
    consents {
      partyName
      current
      reviewOn
    }
    meetings {
      status
      shortNotice
      followUpDueOn
    }
    conductIncidents {
      action
    }
    safeguardingConcerns {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CaseDetailQuery, CaseDetailQueryVariables>;
export const LogActivityDocument = new TypedDocumentString(`
    mutation LogActivity($input: LogActivityInput!) {
  logActivity(input: $input) {
    id
    kind
    occurredAt
    minutes
    withFamily
    consentId
    summary
    staffId
  }
}
    `) as unknown as TypedDocumentString<LogActivityMutation, LogActivityMutationVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    id
    partyName
    granted
    reviewOn
    current
  }
}
    `) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const ScheduleMeetingDocument = new TypedDocumentString(`
    mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    id
    status
    shortNotice
  }
}
    `) as unknown as TypedDocumentString<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const RecordMeetingOutcomeDocument = new TypedDocumentString(`
    mutation RecordMeetingOutcome($input: RecordMeetingOutcomeInput!) {
  recordMeetingOutcome(input: $input) {
    id
    status
    familyPresent
    followUpDueOn
  }
}
    `) as unknown as TypedDocumentString<RecordMeetingOutcomeMutation, RecordMeetingOutcomeMutationVariables>;
export const RecordConductIncidentDocument = new TypedDocumentString(`
    mutation RecordConductIncident($input: RecordConductIncidentInput!) {
  recordConductIncident(input: $input) {
    id
    action
    signposting
  }
}
    `) as unknown as TypedDocumentString<RecordConductIncidentMutation, RecordConductIncidentMutationVariables>;
export const CloseCaseDocument = new TypedDocumentString(`
    mutation CloseCase($input: CloseCaseInput!) {
  closeCase(input: $input) {
    evaluationToken
    case {
      status
      closureReason
      currentAllocation {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CloseCaseMutation, CloseCaseMutationVariables>;
export const EvaluateClosedCaseDocument = new TypedDocumentString(`
    mutation EvaluateClosedCase($t: String!, $a: EvaluationAnswersInput!) {
  submitEvaluation(token: $t, answers: $a) {
    received
  }
}
    `) as unknown as TypedDocumentString<EvaluateClosedCaseMutation, EvaluateClosedCaseMutationVariables>;
export const QueueChangedWithFirstResponseDocument = new TypedDocumentString(`
    subscription QueueChangedWithFirstResponse {
  triageQueueChanged {
    change
    referralId
    referral {
      firstRespondedAt
    }
  }
}
    `) as unknown as TypedDocumentString<QueueChangedWithFirstResponseSubscription, QueueChangedWithFirstResponseSubscriptionVariables>;
export const WithdrawConsentDocument = new TypedDocumentString(`
    mutation WithdrawConsent($id: ID!, $on: LocalDate!) {
  withdrawConsent(consentId: $id, on: $on) {
    current
  }
}
    `) as unknown as TypedDocumentString<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const LogComplaintDocument = new TypedDocumentString(`
    mutation LogComplaint($input: LogComplaintInput!) {
  logComplaint(input: $input) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  kind
  receivedAt
  fromWhom
  what
  measuresTaken
  outcome
  escalatedTo
  responseDueOn
  respondedAt
  responseOverdue
  loggedBy
}`) as unknown as TypedDocumentString<LogComplaintMutation, LogComplaintMutationVariables>;
export const UpdateComplaintDocument = new TypedDocumentString(`
    mutation UpdateComplaint($id: ID!, $input: UpdateComplaintInput!) {
  updateComplaint(id: $id, input: $input) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  kind
  receivedAt
  fromWhom
  what
  measuresTaken
  outcome
  escalatedTo
  responseDueOn
  respondedAt
  responseOverdue
  loggedBy
}`) as unknown as TypedDocumentString<UpdateComplaintMutation, UpdateComplaintMutationVariables>;
export const ComplaintsDocument = new TypedDocumentString(`
    query Complaints($first: Int, $after: String) {
  complaints(first: $first, after: $after) {
    edges {
      cursor
      node {
        ...ComplaintFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ComplaintFields on Complaint {
  id
  kind
  receivedAt
  fromWhom
  what
  measuresTaken
  outcome
  escalatedTo
  responseDueOn
  respondedAt
  responseOverdue
  loggedBy
}`) as unknown as TypedDocumentString<ComplaintsQuery, ComplaintsQueryVariables>;
export const FeedbackStatsDocument = new TypedDocumentString(`
    query FeedbackStats {
  serviceStats(from: "2026-11-01", to: "2026-11-30") {
    current {
      feedback {
        total {
          value
        }
        cells {
          key
          display
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FeedbackStatsQuery, FeedbackStatsQueryVariables>;
export const StaffComplianceListDocument = new TypedDocumentString(`
    query StaffComplianceList {
  staffCompliance {
    staffId
    displayName
    role
    holdsCases
    dbsEnhanced
    dbsCheckedOn
    dbsBarredListChecked
    dbsBarredListCheckedOn
    dbsUpdateService
    dbsUpdateServiceRenewalOn
    dbsEvidenceRef
    confidentialitySignedOn
    appraisalDueOn
    training {
      kind
      completedOn
      expiresOn
      evidenceRef
    }
    appraisals {
      heldOn
      appraiserId
      appraiserName
    }
    conflicts {
      id
      kind
      subject
      dateOfBirth
      postcode
      colleagueId
      declaredOn
      withdrawnOn
      matchedByNameAlone
    }
    issues {
      item
      state
      dueOn
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffComplianceListQuery, StaffComplianceListQueryVariables>;
export const ComplianceRecordDbsDocument = new TypedDocumentString(`
    mutation ComplianceRecordDbs($id: ID!, $input: StaffComplianceInput!) {
  recordStaffCompliance(staffId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ComplianceRecordDbsMutation, ComplianceRecordDbsMutationVariables>;
export const ComplianceRecordTrainingDocument = new TypedDocumentString(`
    mutation ComplianceRecordTraining($id: ID!, $input: StaffTrainingInput!) {
  recordStaffTraining(staffId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ComplianceRecordTrainingMutation, ComplianceRecordTrainingMutationVariables>;
export const RecordAppraisalDocument = new TypedDocumentString(`
    mutation RecordAppraisal($id: ID!, $input: AppraisalInput!) {
  recordStaffAppraisal(staffId: $id, input: $input) {
    staffId
    appraisalDueOn
    appraisals {
      heldOn
      appraiserName
    }
    issues {
      item
      state
    }
  }
}
    `) as unknown as TypedDocumentString<RecordAppraisalMutation, RecordAppraisalMutationVariables>;
export const DeclareConflictDocument = new TypedDocumentString(`
    mutation DeclareConflict($id: ID!, $input: ConflictInput!) {
  declareConflict(staffId: $id, input: $input) {
    id
    kind
    subject
    dateOfBirth
    postcode
    colleagueId
    declaredOn
    withdrawnOn
  }
}
    `) as unknown as TypedDocumentString<DeclareConflictMutation, DeclareConflictMutationVariables>;
export const WithdrawConflictDocument = new TypedDocumentString(`
    mutation WithdrawConflict($id: ID!, $input: WithdrawConflictInput!) {
  withdrawConflict(conflictId: $id, input: $input) {
    id
    withdrawnOn
  }
}
    `) as unknown as TypedDocumentString<WithdrawConflictMutation, WithdrawConflictMutationVariables>;
export const ComplianceScheduleDocument = new TypedDocumentString(`
    query ComplianceSchedule {
  supervisionSchedule {
    staff {
      id
    }
    compliance {
      issues {
        item
        state
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceScheduleQuery, ComplianceScheduleQueryVariables>;
export const UnavailableMeDocument = new TypedDocumentString(`
    query UnavailableMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<UnavailableMeQuery, UnavailableMeQueryVariables>;
export const CreateReferralForPersonDocument = new TypedDocumentString(`
    mutation CreateReferralForPerson($input: CreateReferralInput!) {
  createReferral(input: $input) {
    id
    personId
  }
}
    `) as unknown as TypedDocumentString<CreateReferralForPersonMutation, CreateReferralForPersonMutationVariables>;
export const ServiceStatsCsvDocument = new TypedDocumentString(`
    query ServiceStatsCsv {
  serviceStatsCsv(from: "2026-11-01", to: "2026-11-30")
}
    `) as unknown as TypedDocumentString<ServiceStatsCsvQuery, ServiceStatsCsvQueryVariables>;
export const EraseServiceUserDocument = new TypedDocumentString(`
    mutation EraseServiceUser($id: ID!) {
  eraseServiceUser(personId: $id) {
    personId
    referralsErased
    erasedAt
  }
}
    `) as unknown as TypedDocumentString<EraseServiceUserMutation, EraseServiceUserMutationVariables>;
export const SubjectAccessExportDocument = new TypedDocumentString(`
    query SubjectAccessExport($id: ID!) {
  subjectAccessExport(personId: $id) {
    json
    html
  }
}
    `) as unknown as TypedDocumentString<SubjectAccessExportQuery, SubjectAccessExportQueryVariables>;
export const DemoTeamCaseloadDocument = new TypedDocumentString(`
    query DemoTeamCaseload {
  team {
    id
    openCases
  }
}
    `) as unknown as TypedDocumentString<DemoTeamCaseloadQuery, DemoTeamCaseloadQueryVariables>;
export const DeploymentCreateServiceDocument = new TypedDocumentString(`
    mutation DeploymentCreateService($input: CreateServiceInput!) {
  createService(input: $input) {
    serviceId
    slug
    name
    administrator {
      id
      email
      role
      passwordSet
    }
    link {
      path
    }
  }
}
    `) as unknown as TypedDocumentString<DeploymentCreateServiceMutation, DeploymentCreateServiceMutationVariables>;
export const DeploymentSetPasswordDocument = new TypedDocumentString(`
    mutation DeploymentSetPassword($t: String!, $p: String!) {
  setPassword(token: $t, password: $p)
}
    `) as unknown as TypedDocumentString<DeploymentSetPasswordMutation, DeploymentSetPasswordMutationVariables>;
export const DeploymentTeamDocument = new TypedDocumentString(`
    query DeploymentTeam {
  team {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<DeploymentTeamQuery, DeploymentTeamQueryVariables>;
export const DeploymentMeDocument = new TypedDocumentString(`
    query DeploymentMe {
  me {
    id
    isDeploymentAdmin
  }
}
    `) as unknown as TypedDocumentString<DeploymentMeQuery, DeploymentMeQueryVariables>;
export const DeploymentLoginDocument = new TypedDocumentString(`
    mutation DeploymentLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    me {
      isDeploymentAdmin
    }
  }
}
    `) as unknown as TypedDocumentString<DeploymentLoginMutation, DeploymentLoginMutationVariables>;
export const FolderDocumentsDocument = new TypedDocumentString(`
    query FolderDocuments($caseId: ID, $referralId: ID, $personId: ID, $withVoided: Boolean) {
  documents(
    caseId: $caseId
    referralId: $referralId
    personId: $personId
    withVoided: $withVoided
  ) {
    id
    seriesId
    version
    name
    contentType
    sizeBytes
    attachedTo
    previewable
    voidedAt
    voidReason
    voidedBy
    uploadedBy
    earlierVersions {
      id
      version
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FolderDocumentsQuery, FolderDocumentsQueryVariables>;
export const VoidDocumentDocument = new TypedDocumentString(`
    mutation VoidDocument($id: ID!, $input: VoidDocumentInput!) {
  voidDocument(id: $id, input: $input) {
    id
    voidedAt
    voidReason
    voidedBy
  }
}
    `) as unknown as TypedDocumentString<VoidDocumentMutation, VoidDocumentMutationVariables>;
export const EraseFamilyDocumentsDocument = new TypedDocumentString(`
    mutation EraseFamilyDocuments($id: ID!) {
  eraseServiceUser(personId: $id) {
    personId
  }
}
    `) as unknown as TypedDocumentString<EraseFamilyDocumentsMutation, EraseFamilyDocumentsMutationVariables>;
export const DocumentsSubjectAccessDocument = new TypedDocumentString(`
    query DocumentsSubjectAccess($id: ID!) {
  subjectAccessExport(personId: $id) {
    json
  }
}
    `) as unknown as TypedDocumentString<DocumentsSubjectAccessQuery, DocumentsSubjectAccessQueryVariables>;
export const CloseCaseForLinkageDocument = new TypedDocumentString(`
    mutation CloseCaseForLinkage($input: CloseCaseInput!) {
  closeCase(input: $input) {
    evaluationToken
  }
}
    `) as unknown as TypedDocumentString<CloseCaseForLinkageMutation, CloseCaseForLinkageMutationVariables>;
export const SubmitEvaluationForLinkageDocument = new TypedDocumentString(`
    mutation SubmitEvaluationForLinkage($t: String!, $a: EvaluationAnswersInput!) {
  submitEvaluation(token: $t, answers: $a) {
    received
  }
}
    `) as unknown as TypedDocumentString<SubmitEvaluationForLinkageMutation, SubmitEvaluationForLinkageMutationVariables>;
export const EvaluationBatchesDocument = new TypedDocumentString(`
    query EvaluationBatches($from: LocalDate!, $to: LocalDate!) {
  evaluationBatches(from: $from, to: $to) {
    month
    responses
    comments
  }
}
    `) as unknown as TypedDocumentString<EvaluationBatchesQuery, EvaluationBatchesQueryVariables>;
export const CloseCaseForEvaluationDocument = new TypedDocumentString(`
    mutation CloseCaseForEvaluation($input: CloseCaseInput!) {
  closeCase(input: $input) {
    evaluationToken
  }
}
    `) as unknown as TypedDocumentString<CloseCaseForEvaluationMutation, CloseCaseForEvaluationMutationVariables>;
export const SubmitEvaluationDocument = new TypedDocumentString(`
    mutation SubmitEvaluation($t: String!, $a: EvaluationAnswersInput!) {
  submitEvaluation(token: $t, answers: $a) {
    received
    message
  }
}
    `) as unknown as TypedDocumentString<SubmitEvaluationMutation, SubmitEvaluationMutationVariables>;
export const LocalReceivedDocument = new TypedDocumentString(`
    subscription LocalReceived {
  referralReceived {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  reference
  status
  channel
  receivedAt
  responseTargetAt
  responseDeadlineAt
  firstRespondedAt
  priority
  safeguardingFlag
  priorityReasons {
    code
    label
    weight
  }
  level
  eligibility
  possibleDuplicate
  contact {
    fullName
    preferredContact
    accessibilityNeeds
  }
  child {
    fullName
    ageYears
  }
  nextKeyDate {
    kind
    on
  }
}`) as unknown as TypedDocumentString<LocalReceivedSubscription, LocalReceivedSubscriptionVariables>;
export const LocalQueueDocument = new TypedDocumentString(`
    subscription LocalQueue {
  triageQueueChanged {
    change
    referralId
    referral {
      ...ReferralFields
    }
  }
}
    fragment ReferralFields on Referral {
  id
  reference
  status
  channel
  receivedAt
  responseTargetAt
  responseDeadlineAt
  firstRespondedAt
  priority
  safeguardingFlag
  priorityReasons {
    code
    label
    weight
  }
  level
  eligibility
  possibleDuplicate
  contact {
    fullName
    preferredContact
    accessibilityNeeds
  }
  child {
    fullName
    ageYears
  }
  nextKeyDate {
    kind
    on
  }
}`) as unknown as TypedDocumentString<LocalQueueSubscription, LocalQueueSubscriptionVariables>;
export const LocalReadDocument = new TypedDocumentString(`
    query LocalRead($id: ID!) {
  referral(id: $id) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  reference
  status
  channel
  receivedAt
  responseTargetAt
  responseDeadlineAt
  firstRespondedAt
  priority
  safeguardingFlag
  priorityReasons {
    code
    label
    weight
  }
  level
  eligibility
  possibleDuplicate
  contact {
    fullName
    preferredContact
    accessibilityNeeds
  }
  child {
    fullName
    ageYears
  }
  nextKeyDate {
    kind
    on
  }
}`) as unknown as TypedDocumentString<LocalReadQuery, LocalReadQueryVariables>;
export const FuzzQueueDocument = new TypedDocumentString(`
    query FuzzQueue {
  triageQueue(first: 5) {
    totalCount
    edges {
      node {
        id
        reference
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FuzzQueueQuery, FuzzQueueQueryVariables>;
export const TypenameDocument = new TypedDocumentString(`
    query Typename {
  __typename
}
    `) as unknown as TypedDocumentString<TypenameQuery, TypenameQueryVariables>;
export const MissingReferralDocument = new TypedDocumentString(`
    query MissingReferral {
  referral(id: "00000000-0000-0000-0000-000000000000") {
    id
  }
}
    `) as unknown as TypedDocumentString<MissingReferralQuery, MissingReferralQueryVariables>;
export const QueueTotalDocument = new TypedDocumentString(`
    query QueueTotal {
  triageQueue(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<QueueTotalQuery, QueueTotalQueryVariables>;
export const ReceivedReferralIdDocument = new TypedDocumentString(`
    subscription ReceivedReferralId {
  referralReceived {
    id
  }
}
    `) as unknown as TypedDocumentString<ReceivedReferralIdSubscription, ReceivedReferralIdSubscriptionVariables>;
export const TypeNamesDocument = new TypedDocumentString(`
    query TypeNames {
  __schema {
    types {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TypeNamesQuery, TypeNamesQueryVariables>;
export const HostileTypenameDocument = new TypedDocumentString(`
    query HostileTypename {
  __typename
}
    `) as unknown as TypedDocumentString<HostileTypenameQuery, HostileTypenameQueryVariables>;
export const HostileLoginDocument = new TypedDocumentString(`
    mutation HostileLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<HostileLoginMutation, HostileLoginMutationVariables>;
export const HostileReceivedDocument = new TypedDocumentString(`
    subscription HostileReceived {
  referralReceived {
    id
  }
}
    `) as unknown as TypedDocumentString<HostileReceivedSubscription, HostileReceivedSubscriptionVariables>;
export const IdempotentLogActivityDocument = new TypedDocumentString(`
    mutation IdempotentLogActivity($input: LogActivityInput!) {
  logActivity(input: $input) {
    id
    summary
  }
}
    `) as unknown as TypedDocumentString<IdempotentLogActivityMutation, IdempotentLogActivityMutationVariables>;
export const IdempotentLoginDocument = new TypedDocumentString(`
    mutation IdempotentLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<IdempotentLoginMutation, IdempotentLoginMutationVariables>;
export const InstanceLoginDocument = new TypedDocumentString(`
    mutation InstanceLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<InstanceLoginMutation, InstanceLoginMutationVariables>;
export const ReceivedOnOtherInstanceDocument = new TypedDocumentString(`
    subscription ReceivedOnOtherInstance {
  referralReceived {
    reference
    channel
  }
}
    `) as unknown as TypedDocumentString<ReceivedOnOtherInstanceSubscription, ReceivedOnOtherInstanceSubscriptionVariables>;
export const InstanceLogoutDocument = new TypedDocumentString(`
    mutation InstanceLogout {
  logout
}
    `) as unknown as TypedDocumentString<InstanceLogoutMutation, InstanceLogoutMutationVariables>;
export const ReceivedFullOnEitherInstanceDocument = new TypedDocumentString(`
    subscription ReceivedFullOnEitherInstance {
  referralReceived {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  reference
  status
  channel
  receivedAt
  responseTargetAt
  responseDeadlineAt
  firstRespondedAt
  priority
  safeguardingFlag
  priorityReasons {
    code
    label
    weight
  }
  level
  eligibility
  possibleDuplicate
  contact {
    fullName
    preferredContact
    accessibilityNeeds
  }
  child {
    fullName
    ageYears
  }
  nextKeyDate {
    kind
    on
  }
}`) as unknown as TypedDocumentString<ReceivedFullOnEitherInstanceSubscription, ReceivedFullOnEitherInstanceSubscriptionVariables>;
export const InstanceReadReferralDocument = new TypedDocumentString(`
    query InstanceReadReferral($id: ID!) {
  referral(id: $id) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  reference
  status
  channel
  receivedAt
  responseTargetAt
  responseDeadlineAt
  firstRespondedAt
  priority
  safeguardingFlag
  priorityReasons {
    code
    label
    weight
  }
  level
  eligibility
  possibleDuplicate
  contact {
    fullName
    preferredContact
    accessibilityNeeds
  }
  child {
    fullName
    ageYears
  }
  nextKeyDate {
    kind
    on
  }
}`) as unknown as TypedDocumentString<InstanceReadReferralQuery, InstanceReadReferralQueryVariables>;
export const ReferralReceivedDocument = new TypedDocumentString(`
    subscription ReferralReceived {
  referralReceived {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  reference
  status
  channel
  receivedAt
  responseTargetAt
  responseDeadlineAt
  firstRespondedAt
  priority
  safeguardingFlag
  priorityReasons {
    code
    label
    weight
  }
  level
  eligibility
  possibleDuplicate
  contact {
    fullName
    preferredContact
    accessibilityNeeds
  }
  child {
    fullName
    ageYears
  }
  nextKeyDate {
    kind
    on
  }
}`) as unknown as TypedDocumentString<ReferralReceivedSubscription, ReferralReceivedSubscriptionVariables>;
export const CreateReferralWithKeyDatesDocument = new TypedDocumentString(`
    mutation CreateReferralWithKeyDates($input: CreateReferralInput!) {
  createReferral(input: $input) {
    id
    keyDates {
      kind
      on
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<CreateReferralWithKeyDatesMutation, CreateReferralWithKeyDatesMutationVariables>;
export const LetterTemplatesDocument = new TypedDocumentString(`
    query LetterTemplates {
  letterTemplates {
    kind
    title
    onReferral
    easyRead
    body
    customised
  }
}
    `) as unknown as TypedDocumentString<LetterTemplatesQuery, LetterTemplatesQueryVariables>;
export const LetterPreviewDocument = new TypedDocumentString(`
    query LetterPreview($input: PreviewLetterInput!) {
  letterPreview(input: $input) {
    text
    format
    pdf
  }
}
    `) as unknown as TypedDocumentString<LetterPreviewQuery, LetterPreviewQueryVariables>;
export const ResetLetterTemplateDocument = new TypedDocumentString(`
    mutation ResetLetterTemplate($input: ResetLetterTemplateInput!) {
  resetLetterTemplate(input: $input) {
    kind
    easyRead
    body
    customised
    updatedBy
  }
}
    `) as unknown as TypedDocumentString<ResetLetterTemplateMutation, ResetLetterTemplateMutationVariables>;
export const SaveLetterTemplateDocument = new TypedDocumentString(`
    mutation SaveLetterTemplate($input: SaveLetterTemplateInput!) {
  saveLetterTemplate(input: $input) {
    kind
    easyRead
    body
    customised
    updatedBy
  }
}
    `) as unknown as TypedDocumentString<SaveLetterTemplateMutation, SaveLetterTemplateMutationVariables>;
export const SendLetterDocument = new TypedDocumentString(`
    mutation SendLetter($input: SendLetterInput!) {
  sendLetter(input: $input) {
    format
    printableOnce
    document {
      id
      name
      letterKind
      letterFormat
      contentType
      attachedTo
    }
  }
}
    `) as unknown as TypedDocumentString<SendLetterMutation, SendLetterMutationVariables>;
export const LettersScheduleDocument = new TypedDocumentString(`
    mutation LettersSchedule($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LettersScheduleMutation, LettersScheduleMutationVariables>;
export const LettersCloseDocument = new TypedDocumentString(`
    mutation LettersClose($input: CloseCaseInput!) {
  closeCase(input: $input) {
    evaluationToken
  }
}
    `) as unknown as TypedDocumentString<LettersCloseMutation, LettersCloseMutationVariables>;
export const NewReferralIdDocument = new TypedDocumentString(`
    subscription NewReferralId {
  referralReceived {
    id
  }
}
    `) as unknown as TypedDocumentString<NewReferralIdSubscription, NewReferralIdSubscriptionVariables>;
export const LogsTriageDocument = new TypedDocumentString(`
    mutation LogsTriage($input: TriageReferralInput!) {
  triageReferral(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogsTriageMutation, LogsTriageMutationVariables>;
export const LogsActivityDocument = new TypedDocumentString(`
    mutation LogsActivity($input: LogActivityInput!) {
  logActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogsActivityMutation, LogsActivityMutationVariables>;
export const LogsConsentDocument = new TypedDocumentString(`
    mutation LogsConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogsConsentMutation, LogsConsentMutationVariables>;
export const LogsMeetingDocument = new TypedDocumentString(`
    mutation LogsMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogsMeetingMutation, LogsMeetingMutationVariables>;
export const LogsConcernDocument = new TypedDocumentString(`
    mutation LogsConcern($input: RaiseSafeguardingConcernInput!) {
  raiseSafeguardingConcern(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogsConcernMutation, LogsConcernMutationVariables>;
export const LogsComplaintDocument = new TypedDocumentString(`
    mutation LogsComplaint($input: LogComplaintInput!) {
  logComplaint(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogsComplaintMutation, LogsComplaintMutationVariables>;
export const LogsLoginDocument = new TypedDocumentString(`
    mutation LogsLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<LogsLoginMutation, LogsLoginMutationVariables>;
export const NotifyRaiseConcernDocument = new TypedDocumentString(`
    mutation NotifyRaiseConcern($input: RaiseSafeguardingConcernInput!) {
  raiseSafeguardingConcern(input: $input) {
    id
    referralId
  }
}
    `) as unknown as TypedDocumentString<NotifyRaiseConcernMutation, NotifyRaiseConcernMutationVariables>;
export const NotifyStatusDocument = new TypedDocumentString(`
    query NotifyStatus {
  notificationStatus {
    enabled
    queued
    retrying
    failed
  }
}
    `) as unknown as TypedDocumentString<NotifyStatusQuery, NotifyStatusQueryVariables>;
export const NotifyDeliveriesDocument = new TypedDocumentString(`
    query NotifyDeliveries($state: NotificationState) {
  notificationDeliveries(state: $state) {
    id
    kind
    state
    attempts
    recipientName
    reference
    nextAttemptAt
    sentAt
    lastError
  }
}
    `) as unknown as TypedDocumentString<NotifyDeliveriesQuery, NotifyDeliveriesQueryVariables>;
export const NotifyRetryDocument = new TypedDocumentString(`
    mutation NotifyRetry($id: ID!) {
  retryNotification(id: $id) {
    id
    state
    attempts
    lastError
  }
}
    `) as unknown as TypedDocumentString<NotifyRetryMutation, NotifyRetryMutationVariables>;
export const NotifyMyPrefsDocument = new TypedDocumentString(`
    query NotifyMyPrefs {
  myNotificationPreferences {
    safeguarding
    allocation
    overdueDigest
    available
  }
}
    `) as unknown as TypedDocumentString<NotifyMyPrefsQuery, NotifyMyPrefsQueryVariables>;
export const NotifyUpdatePrefsDocument = new TypedDocumentString(`
    mutation NotifyUpdatePrefs($input: UpdateNotificationPreferencesInput!) {
  updateMyNotificationPreferences(input: $input) {
    safeguarding
    allocation
    overdueDigest
    available
  }
}
    `) as unknown as TypedDocumentString<NotifyUpdatePrefsMutation, NotifyUpdatePrefsMutationVariables>;
export const OverdueItemRaisedDocument = new TypedDocumentString(`
    subscription OverdueItemRaised {
  overdueItemRaised {
    ...OverdueItemFields
  }
}
    fragment OverdueItemFields on OverdueItem {
  id
  kind
  label
  dueAt
  raisedAt
  referralId
  assigneeStaffId
}`) as unknown as TypedDocumentString<OverdueItemRaisedSubscription, OverdueItemRaisedSubscriptionVariables>;
export const TeamOverdueItemsDocument = new TypedDocumentString(`
    query TeamOverdueItems {
  overdueItems(scope: TEAM) {
    ...OverdueItemFields
    subjectId
    upcomingOn
  }
}
    fragment OverdueItemFields on OverdueItem {
  id
  kind
  label
  dueAt
  raisedAt
  referralId
  assigneeStaffId
}`) as unknown as TypedDocumentString<TeamOverdueItemsQuery, TeamOverdueItemsQueryVariables>;
export const MyOverdueItemsDocument = new TypedDocumentString(`
    query MyOverdueItems {
  overdueItems {
    id
  }
}
    `) as unknown as TypedDocumentString<MyOverdueItemsQuery, MyOverdueItemsQueryVariables>;
export const OverdueSubjectRaisedDocument = new TypedDocumentString(`
    subscription OverdueSubjectRaised {
  overdueItemRaised {
    subjectId
    kind
  }
}
    `) as unknown as TypedDocumentString<OverdueSubjectRaisedSubscription, OverdueSubjectRaisedSubscriptionVariables>;
export const MyOverdueSubjectsDocument = new TypedDocumentString(`
    query MyOverdueSubjects {
  overdueItems {
    subjectId
    kind
    assigneeStaffId
  }
}
    `) as unknown as TypedDocumentString<MyOverdueSubjectsQuery, MyOverdueSubjectsQueryVariables>;
export const GuessLoginDocument = new TypedDocumentString(`
    mutation GuessLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<GuessLoginMutation, GuessLoginMutationVariables>;
export const PublicServiceDocument = new TypedDocumentString(`
    query PublicService($s: String!) {
  publicService(slug: $s) {
    slug
    name
    areaName
    helplinePhone
    responseTargetDays
  }
}
    `) as unknown as TypedDocumentString<PublicServiceQuery, PublicServiceQueryVariables>;
export const UnknownPublicServiceDocument = new TypedDocumentString(`
    query UnknownPublicService {
  publicService(slug: "nowhere") {
    name
  }
}
    `) as unknown as TypedDocumentString<UnknownPublicServiceQuery, UnknownPublicServiceQueryVariables>;
export const QueuePrioritiesDocument = new TypedDocumentString(`
    query QueuePriorities {
  triageQueue(first: 100) {
    edges {
      node {
        priority
        priorityReasons {
          weight
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueuePrioritiesQuery, QueuePrioritiesQueryVariables>;
export const DemoLoginDocument = new TypedDocumentString(`
    mutation DemoLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
    me {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<DemoLoginMutation, DemoLoginMutationVariables>;
export const StartedMeDocument = new TypedDocumentString(`
    query StartedMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<StartedMeQuery, StartedMeQueryVariables>;
export const StartedMeRoleDocument = new TypedDocumentString(`
    query StartedMeRole {
  me {
    role
  }
}
    `) as unknown as TypedDocumentString<StartedMeRoleQuery, StartedMeRoleQueryVariables>;
export const StartedQueueDocument = new TypedDocumentString(`
    query StartedQueue {
  triageQueue(first: 100) {
    totalCount
    edges {
      node {
        reference
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StartedQueueQuery, StartedQueueQueryVariables>;
export const ReassignmentPlanDocument = new TypedDocumentString(`
    query ReassignmentPlan($id: ID!) {
  reassignmentPlan(fromStaffId: $id) {
    fromStaffId
    fromActive
    cases {
      caseId
      reference
      level
      suggestedStaffId
      candidates {
        staffId
        openCases
        capacity
        blockingReasons {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReassignmentPlanQuery, ReassignmentPlanQueryVariables>;
export const ReassignCasesDocument = new TypedDocumentString(`
    mutation ReassignCases($input: ReassignCasesInput!) {
  reassignCases(input: $input) {
    reassigned
  }
}
    `) as unknown as TypedDocumentString<ReassignCasesMutation, ReassignCasesMutationVariables>;
export const StaffToReassignDocument = new TypedDocumentString(`
    query StaffToReassign {
  staffToReassign {
    staffId
    displayName
    openCases
  }
}
    `) as unknown as TypedDocumentString<StaffToReassignQuery, StaffToReassignQueryVariables>;
export const DeactivateLeaverDocument = new TypedDocumentString(`
    mutation DeactivateLeaver($id: ID!) {
  deactivateStaff(staffId: $id) {
    openCases {
      caseId
    }
  }
}
    `) as unknown as TypedDocumentString<DeactivateLeaverMutation, DeactivateLeaverMutationVariables>;
export const CaseListDocument = new TypedDocumentString(`
    query CaseList($filter: CaseListFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        caseId
        reference
        status
        level
        heldById
        heldBy
        contactName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseListQuery, CaseListQueryVariables>;
export const ReferralClockDocument = new TypedDocumentString(`
    query ReferralClock($id: ID!) {
  referral(id: $id) {
    id
    receivedAt
    responseTargetAt
    responseDeadlineAt
  }
}
    `) as unknown as TypedDocumentString<ReferralClockQuery, ReferralClockQueryVariables>;
export const CorrectReceivedAtDocument = new TypedDocumentString(`
    mutation CorrectReceivedAt($input: CorrectReferralInput!) {
  correctReferral(input: $input) {
    id
    corrections {
      entityType
      entityId
      field
      previousValue
      newValue
      reason
      changedBy
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectReceivedAtMutation, CorrectReceivedAtMutationVariables>;
export const CorrectActivityConsentDocument = new TypedDocumentString(`
    mutation CorrectActivityConsent($input: CorrectActivityInput!) {
  correctActivity(input: $input) {
    id
    activities {
      id
      withFamily
      consentId
      partyName
    }
    corrections {
      entityType
      entityId
      field
      previousValue
      newValue
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectActivityConsentMutation, CorrectActivityConsentMutationVariables>;
export const LogForClockDocument = new TypedDocumentString(`
    mutation LogForClock($input: LogActivityInput!) {
  logActivity(input: $input) {
    id
    consentId
  }
}
    `) as unknown as TypedDocumentString<LogForClockMutation, LogForClockMutationVariables>;
export const ConsentForClockDocument = new TypedDocumentString(`
    mutation ConsentForClock($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsentForClockMutation, ConsentForClockMutationVariables>;
export const VoidForCaseHistoryDocument = new TypedDocumentString(`
    mutation VoidForCaseHistory($input: VoidActivityInput!) {
  voidActivity(input: $input) {
    id
    voided
  }
}
    `) as unknown as TypedDocumentString<VoidForCaseHistoryMutation, VoidForCaseHistoryMutationVariables>;
export const ContactForCaseHistoryDocument = new TypedDocumentString(`
    mutation ContactForCaseHistory($input: CorrectContactInput!) {
  correctContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContactForCaseHistoryMutation, ContactForCaseHistoryMutationVariables>;
export const InfoCallForClockDocument = new TypedDocumentString(`
    mutation InfoCallForClock($input: InformationCallInput!) {
  recordInformationCall(input: $input) {
    id
    receivedAt
    firstRespondedAt
  }
}
    `) as unknown as TypedDocumentString<InfoCallForClockMutation, InfoCallForClockMutationVariables>;
export const PersonOfClockDocument = new TypedDocumentString(`
    query PersonOfClock($id: ID!) {
  referral(id: $id) {
    personId
  }
}
    `) as unknown as TypedDocumentString<PersonOfClockQuery, PersonOfClockQueryVariables>;
export const CaseCorrectionsDocument = new TypedDocumentString(`
    query CaseCorrections($id: ID!) {
  case(id: $id) {
    id
    corrections {
      entityType
      entityId
      field
      previousValue
      newValue
      reason
      changedBy
      changedAt
      entryVoided
    }
  }
}
    `) as unknown as TypedDocumentString<CaseCorrectionsQuery, CaseCorrectionsQueryVariables>;
export const CorrectionsFamilyDocument = new TypedDocumentString(`
    query CorrectionsFamily($id: ID!, $withVoided: Boolean) {
  person(id: $id, withVoided: $withVoided) {
    id
    referrals {
      id
      channel
      childName
      childDateOfBirth
    }
    activities {
      id
      kind
      minutes
      summary
      voided
    }
    consents {
      id
      partyName
      reviewOn
    }
    keyDates {
      id
      kind
      on
      derived
      voided
      voidReason
    }
    corrections {
      entityType
      entityId
      field
      previousValue
      newValue
      reason
      changedBy
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectionsFamilyQuery, CorrectionsFamilyQueryVariables>;
export const CorrectChildTDocument = new TypedDocumentString(`
    mutation CorrectChildT($input: CorrectChildInput!) {
  correctChild(input: $input) {
    id
    referrals {
      id
      childName
      childDateOfBirth
    }
    corrections {
      entityType
      field
      previousValue
      newValue
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectChildTMutation, CorrectChildTMutationVariables>;
export const CorrectReferralTDocument = new TypedDocumentString(`
    mutation CorrectReferralT($input: CorrectReferralInput!) {
  correctReferral(input: $input) {
    id
    referrals {
      id
      channel
    }
    corrections {
      entityType
      field
      previousValue
      newValue
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectReferralTMutation, CorrectReferralTMutationVariables>;
export const CorrectActivityTDocument = new TypedDocumentString(`
    mutation CorrectActivityT($input: CorrectActivityInput!) {
  correctActivity(input: $input) {
    id
    activities {
      id
      kind
      minutes
      summary
    }
    corrections {
      entityType
      field
      previousValue
      newValue
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectActivityTMutation, CorrectActivityTMutationVariables>;
export const CorrectKeyDateTDocument = new TypedDocumentString(`
    mutation CorrectKeyDateT($input: CorrectKeyDateInput!) {
  correctKeyDate(input: $input) {
    id
    keyDates {
      id
      kind
      on
      derived
    }
    corrections {
      entityType
      field
      previousValue
      newValue
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectKeyDateTMutation, CorrectKeyDateTMutationVariables>;
export const VoidKeyDateTDocument = new TypedDocumentString(`
    mutation VoidKeyDateT($input: VoidKeyDateInput!) {
  voidKeyDate(input: $input) {
    id
    keyDates {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<VoidKeyDateTMutation, VoidKeyDateTMutationVariables>;
export const CorrectConsentTDocument = new TypedDocumentString(`
    mutation CorrectConsentT($input: CorrectConsentInput!) {
  correctConsent(input: $input) {
    id
    consents {
      id
      partyName
      reviewOn
    }
    corrections {
      entityType
      field
      previousValue
      newValue
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectConsentTMutation, CorrectConsentTMutationVariables>;
export const LogActivityForCorrectionDocument = new TypedDocumentString(`
    mutation LogActivityForCorrection($input: LogActivityInput!) {
  logActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogActivityForCorrectionMutation, LogActivityForCorrectionMutationVariables>;
export const RecordConsentForCorrectionDocument = new TypedDocumentString(`
    mutation RecordConsentForCorrection($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordConsentForCorrectionMutation, RecordConsentForCorrectionMutationVariables>;
export const AddKeyDateForCorrectionDocument = new TypedDocumentString(`
    mutation AddKeyDateForCorrection($r: ID!, $input: KeyDateInput!) {
  addKeyDate(referralId: $r, input: $input) {
    id
    keyDates {
      id
      kind
      on
      derivedFromId
    }
  }
}
    `) as unknown as TypedDocumentString<AddKeyDateForCorrectionMutation, AddKeyDateForCorrectionMutationVariables>;
export const PersonOfCorrectedDocument = new TypedDocumentString(`
    query PersonOfCorrected($id: ID!) {
  referral(id: $id) {
    personId
  }
}
    `) as unknown as TypedDocumentString<PersonOfCorrectedQuery, PersonOfCorrectedQueryVariables>;
export const StatsAfterCorrectionDocument = new TypedDocumentString(`
    query StatsAfterCorrection($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) {
    current {
      referralsByChannel {
        cells {
          key
          value
        }
      }
      referralsByAgeBand {
        cells {
          key
          value
        }
      }
      activityHoursByKind {
        key
        value
      }
      activitiesByKind {
        cells {
          key
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatsAfterCorrectionQuery, StatsAfterCorrectionQueryVariables>;
export const SubjectAccessCorrectionsDocument = new TypedDocumentString(`
    query SubjectAccessCorrections($id: ID!) {
  subjectAccessExport(personId: $id) {
    json
  }
}
    `) as unknown as TypedDocumentString<SubjectAccessCorrectionsQuery, SubjectAccessCorrectionsQueryVariables>;
export const EraseCorrectionsDocument = new TypedDocumentString(`
    mutation EraseCorrections($id: ID!) {
  eraseServiceUser(personId: $id) {
    personId
  }
}
    `) as unknown as TypedDocumentString<EraseCorrectionsMutation, EraseCorrectionsMutationVariables>;
export const FamilyRecordDocument = new TypedDocumentString(`
    query FamilyRecord($id: ID!, $withVoided: Boolean) {
  person(id: $id, withVoided: $withVoided) {
    id
    fullName
    phone
    mergedIntoId
    referrals {
      id
      reference
      repeat
      caseId
      childName
    }
    activities {
      id
      kind
      minutes
      voided
      voidReason
    }
    corrections {
      entityType
      field
      previousValue
      newValue
      reason
      changedBy
    }
    possibleDuplicates {
      personId
      matchedOn
      referralCount
    }
  }
}
    `) as unknown as TypedDocumentString<FamilyRecordQuery, FamilyRecordQueryVariables>;
export const MergePeopleDocument = new TypedDocumentString(`
    mutation MergePeople($input: MergePeopleInput!) {
  mergePeople(input: $input) {
    id
    referrals {
      id
      repeat
    }
  }
}
    `) as unknown as TypedDocumentString<MergePeopleMutation, MergePeopleMutationVariables>;
export const CorrectContactDocument = new TypedDocumentString(`
    mutation CorrectContact($input: CorrectContactInput!) {
  correctContact(input: $input) {
    id
    phone
    corrections {
      field
      previousValue
      newValue
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectContactMutation, CorrectContactMutationVariables>;
export const VoidActivityDocument = new TypedDocumentString(`
    mutation VoidActivity($input: VoidActivityInput!) {
  voidActivity(input: $input) {
    id
    voided
    voidReason
  }
}
    `) as unknown as TypedDocumentString<VoidActivityMutation, VoidActivityMutationVariables>;
export const LogActivityForVoidDocument = new TypedDocumentString(`
    mutation LogActivityForVoid($input: LogActivityInput!) {
  logActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogActivityForVoidMutation, LogActivityForVoidMutationVariables>;
export const CaseTimelineAfterVoidDocument = new TypedDocumentString(`
    query CaseTimelineAfterVoid($id: ID!) {
  case(id: $id) {
    activities {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CaseTimelineAfterVoidQuery, CaseTimelineAfterVoidQueryVariables>;
export const PersonOfReferralDocument = new TypedDocumentString(`
    query PersonOfReferral($id: ID!) {
  referral(id: $id) {
    personId
  }
}
    `) as unknown as TypedDocumentString<PersonOfReferralQuery, PersonOfReferralQueryVariables>;
export const ActivityStatsAfterVoidDocument = new TypedDocumentString(`
    query ActivityStatsAfterVoid($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) {
    current {
      activitiesByKind {
        cells {
          key
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityStatsAfterVoidQuery, ActivityStatsAfterVoidQueryVariables>;
export const SubjectAccessWithHistoryDocument = new TypedDocumentString(`
    query SubjectAccessWithHistory($id: ID!) {
  subjectAccessExport(personId: $id) {
    json
  }
}
    `) as unknown as TypedDocumentString<SubjectAccessWithHistoryQuery, SubjectAccessWithHistoryQueryVariables>;
export const EraseWithHistoryDocument = new TypedDocumentString(`
    mutation EraseWithHistory($id: ID!) {
  eraseServiceUser(personId: $id) {
    personId
  }
}
    `) as unknown as TypedDocumentString<EraseWithHistoryMutation, EraseWithHistoryMutationVariables>;
export const RecordInformationCallDocument = new TypedDocumentString(`
    mutation RecordInformationCall($input: InformationCallInput!) {
  recordInformationCall(input: $input) {
    id
    reference
    status
    level
    eligibility
    channel
    topic
    receivedAt
    firstRespondedAt
    caseId
    contact {
      fullName
      phone
    }
    child {
      fullName
    }
  }
}
    `) as unknown as TypedDocumentString<RecordInformationCallMutation, RecordInformationCallMutationVariables>;
export const RecordAnonymousEnquiryDocument = new TypedDocumentString(`
    mutation RecordAnonymousEnquiry($input: AnonymousEnquiryInput!) {
  recordAnonymousEnquiry(input: $input) {
    id
    channel
    topic
    receivedOn
  }
}
    `) as unknown as TypedDocumentString<RecordAnonymousEnquiryMutation, RecordAnonymousEnquiryMutationVariables>;
export const IntakeReferralDocument = new TypedDocumentString(`
    query IntakeReferral($id: ID!) {
  referral(id: $id) {
    id
    status
    eligibility
    ineligibleReason
    signposting
    topic
  }
}
    `) as unknown as TypedDocumentString<IntakeReferralQuery, IntakeReferralQueryVariables>;
export const InformationCallCaseDocument = new TypedDocumentString(`
    query InformationCallCase($id: ID!) {
  case(id: $id) {
    id
    status
    level
    closureReason
    activities {
      kind
      minutes
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<InformationCallCaseQuery, InformationCallCaseQueryVariables>;
export const IntakeStatsDocument = new TypedDocumentString(`
    query IntakeStats($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) {
    current {
      referralsReceived {
        value
      }
      anonymousEnquiries {
        value
      }
      referralsByChannel {
        cells {
          key
          value
        }
      }
      referralsByLevel {
        cells {
          key
          value
        }
      }
      casesClosedByLevel {
        cells {
          key
          value
        }
      }
      activitiesByKind {
        cells {
          key
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IntakeStatsQuery, IntakeStatsQueryVariables>;
export const SearchRecordsDocument = new TypedDocumentString(`
    query SearchRecords($input: RecordSearchInput!, $first: Int, $after: String) {
  searchRecords(input: $input, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        referralId
        reference
        access
        personId
        contactName
        childName
        heldBy
        nameScore
        childDateOfBirth
        postcode
        phone
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchRecordsQuery, SearchRecordsQueryVariables>;
export const SubmitSelfReferralEligibleDocument = new TypedDocumentString(`
    mutation SubmitSelfReferralEligible($input: SelfReferralInput!) {
  submitSelfReferral(input: $input) {
    recorded
    eligible
    reference
    responsePromise
    respondBy
  }
}
    `) as unknown as TypedDocumentString<SubmitSelfReferralEligibleMutation, SubmitSelfReferralEligibleMutationVariables>;
export const ResyncArrivalsDocument = new TypedDocumentString(`
    subscription ResyncArrivals {
  referralReceived {
    reference
  }
}
    `) as unknown as TypedDocumentString<ResyncArrivalsSubscription, ResyncArrivalsSubscriptionVariables>;
export const RaiseSafeguardingConcernDocument = new TypedDocumentString(`
    mutation RaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {
  raiseSafeguardingConcern(input: $input) {
    id
    referralId
    caseId
    summary
    raisedById
    raisedAt
    acknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<RaiseSafeguardingConcernMutation, RaiseSafeguardingConcernMutationVariables>;
export const AcknowledgeSafeguardingConcernDocument = new TypedDocumentString(`
    mutation AcknowledgeSafeguardingConcern($id: ID!, $o: String!) {
  acknowledgeSafeguardingConcern(id: $id, outcome: $o) {
    id
    acknowledgedAt
    acknowledgedByName
    outcome
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeSafeguardingConcernMutation, AcknowledgeSafeguardingConcernMutationVariables>;
export const SafeguardingAlertDocument = new TypedDocumentString(`
    subscription SafeguardingAlert {
  safeguardingAlert {
    id
    referralId
    referralReference
    caseId
    summary
    raisedByName
  }
}
    `) as unknown as TypedDocumentString<SafeguardingAlertSubscription, SafeguardingAlertSubscriptionVariables>;
export const UnacknowledgedConcernsDocument = new TypedDocumentString(`
    query UnacknowledgedConcerns {
  unacknowledgedSafeguardingConcerns {
    id
    referralReference
    summary
    raisedByName
    acknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<UnacknowledgedConcernsQuery, UnacknowledgedConcernsQueryVariables>;
export const SafeguardingCaseOfDocument = new TypedDocumentString(`
    query SafeguardingCaseOf($id: ID!) {
  case(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SafeguardingCaseOfQuery, SafeguardingCaseOfQueryVariables>;
export const RevocationMeDocument = new TypedDocumentString(`
    query RevocationMe {
  me {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<RevocationMeQuery, RevocationMeQueryVariables>;
export const RevocationReceivedDocument = new TypedDocumentString(`
    subscription RevocationReceived {
  referralReceived {
    id
  }
}
    `) as unknown as TypedDocumentString<RevocationReceivedSubscription, RevocationReceivedSubscriptionVariables>;
export const RevocationLogoutDocument = new TypedDocumentString(`
    mutation RevocationLogout {
  logout
}
    `) as unknown as TypedDocumentString<RevocationLogoutMutation, RevocationLogoutMutationVariables>;
export const CachedStatsDocument = new TypedDocumentString(`
    query CachedStats($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) {
    figures
    current {
      referralsReceived {
        value
      }
      responseMaximumBreached {
        value
      }
      waitingAtPeriodEnd {
        value
      }
      feedback {
        total {
          value
        }
      }
      safeguardingConcerns {
        value
      }
      hearingsSupported {
        total {
          value
        }
      }
      activitiesByKind {
        total {
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CachedStatsQuery, CachedStatsQueryVariables>;
export const LogActivityForCacheDocument = new TypedDocumentString(`
    mutation LogActivityForCache($input: LogActivityInput!) {
  logActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogActivityForCacheMutation, LogActivityForCacheMutationVariables>;
export const LogComplaintForCacheDocument = new TypedDocumentString(`
    mutation LogComplaintForCache($i: LogComplaintInput!) {
  logComplaint(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogComplaintForCacheMutation, LogComplaintForCacheMutationVariables>;
export const AttackServiceStatsDocument = new TypedDocumentString(`
    query AttackServiceStats($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) {
    figures
    suppressionThreshold
    current {
      from
      to
      referralsReceived {
        value
      }
      referralsByChannel {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsBySource {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByStage {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByHowHeard {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByLevel {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByAgeBand {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByPrimaryNeed {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByEthnicity {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      activitiesByKind {
        cells {
          key
          value
        }
        total {
          value
        }
      }
    }
    previous {
      from
      to
      referralsReceived {
        value
      }
      referralsByChannel {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsBySource {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByStage {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByHowHeard {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByLevel {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByAgeBand {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByPrimaryNeed {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByEthnicity {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      activitiesByKind {
        cells {
          key
          value
        }
        total {
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttackServiceStatsQuery, AttackServiceStatsQueryVariables>;
export const AttackNationalStatsDocument = new TypedDocumentString(`
    query AttackNationalStats($from: LocalDate!, $to: LocalDate!) {
  nationalStats(from: $from, to: $to) {
    available
    figures
    suppressionThreshold
    current {
      from
      to
      referralsReceived {
        value
      }
      referralsByChannel {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsBySource {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByStage {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByHowHeard {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByLevel {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByAgeBand {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByPrimaryNeed {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByEthnicity {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      activitiesByKind {
        cells {
          key
          value
        }
        total {
          value
        }
      }
    }
    previous {
      from
      to
      referralsReceived {
        value
      }
      referralsByChannel {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsBySource {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByStage {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByHowHeard {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByLevel {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByAgeBand {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByPrimaryNeed {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      referralsByEthnicity {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      activitiesByKind {
        cells {
          key
          value
        }
        total {
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttackNationalStatsQuery, AttackNationalStatsQueryVariables>;
export const NationalStatsDocument = new TypedDocumentString(`
    query NationalStats($from: LocalDate!, $to: LocalDate!) {
  nationalStats(from: $from, to: $to) {
    available
    reason
    minimumServices
    contributingServices
    figures
    footnotes
    suppressionThreshold
    suppressionMark
    current {
      from
      to
      contributingServices
      referralsReceived {
        key
        label
        value
        suppressed
        display
      }
      referralsByChannel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsBySource {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByStage {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByHowHeard {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByLevel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByAgeBand {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByPrimaryNeed {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByEthnicity {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      activitiesByKind {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      activityHoursByKind {
        key
        label
        unit
        value
        suppressed
        display
      }
    }
    previous {
      from
      to
      contributingServices
      referralsReceived {
        key
        label
        value
        suppressed
        display
      }
      referralsByChannel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsBySource {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByStage {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByHowHeard {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByLevel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByAgeBand {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByPrimaryNeed {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByEthnicity {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      activitiesByKind {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      activityHoursByKind {
        key
        label
        unit
        value
        suppressed
        display
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NationalStatsQuery, NationalStatsQueryVariables>;
export const ServiceStatsDocument = new TypedDocumentString(`
    query ServiceStats($from: LocalDate!, $to: LocalDate!) {
  serviceStats(from: $from, to: $to) {
    figures
    footnotes
    suppressionThreshold
    suppressionMark
    current {
      from
      to
      referralsReceived {
        key
        label
        value
        suppressed
        display
      }
      referralsByChannel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsBySource {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByStage {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByHowHeard {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByLevel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByAgeBand {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByPrimaryNeed {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByEthnicity {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      anonymousEnquiries {
        key
        label
        value
        suppressed
        display
      }
      responseTimes {
        key
        label
        unit
        value
        suppressed
        display
      }
      casesOpenedByLevel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      casesClosedByLevel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      casesOpenAtEndByLevel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      caseDurationByLevel {
        key
        label
        unit
        value
        suppressed
        display
      }
      activitiesByKind {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      activityHoursByKind {
        key
        label
        unit
        value
        suppressed
        display
      }
      meetingsByStatus {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      hearingsSupported {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      evaluations {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      evaluationResponseRate {
        key
        label
        unit
        value
        suppressed
        display
      }
      evaluationScores {
        key
        label
        unit
        value
        suppressed
        display
      }
      feedback {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      safeguardingConcerns {
        key
        label
        value
        suppressed
        display
      }
      responseMaximumBreached {
        key
        label
        value
        suppressed
        display
      }
      waitingAtPeriodEnd {
        key
        label
        value
        suppressed
        display
      }
      peakWaitingList {
        key
        label
        value
        suppressed
        display
      }
    }
    previous {
      from
      to
      referralsReceived {
        key
        label
        value
        suppressed
        display
      }
      referralsByChannel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsBySource {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByStage {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByHowHeard {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByLevel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByAgeBand {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByPrimaryNeed {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      referralsByEthnicity {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      anonymousEnquiries {
        key
        label
        value
        suppressed
        display
      }
      responseTimes {
        key
        label
        unit
        value
        suppressed
        display
      }
      casesOpenedByLevel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      casesClosedByLevel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      casesOpenAtEndByLevel {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      caseDurationByLevel {
        key
        label
        unit
        value
        suppressed
        display
      }
      activitiesByKind {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      activityHoursByKind {
        key
        label
        unit
        value
        suppressed
        display
      }
      meetingsByStatus {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      hearingsSupported {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      evaluations {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      evaluationResponseRate {
        key
        label
        unit
        value
        suppressed
        display
      }
      evaluationScores {
        key
        label
        unit
        value
        suppressed
        display
      }
      feedback {
        key
        title
        cells {
          key
          label
          value
          suppressed
          display
        }
        total {
          key
          label
          value
          suppressed
          display
        }
      }
      safeguardingConcerns {
        key
        label
        value
        suppressed
        display
      }
      responseMaximumBreached {
        key
        label
        value
        suppressed
        display
      }
      waitingAtPeriodEnd {
        key
        label
        value
        suppressed
        display
      }
      peakWaitingList {
        key
        label
        value
        suppressed
        display
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceStatsQuery, ServiceStatsQueryVariables>;
export const ServiceStatsCsvForPeriodDocument = new TypedDocumentString(`
    query ServiceStatsCsvForPeriod($from: LocalDate!, $to: LocalDate!) {
  serviceStatsCsv(from: $from, to: $to)
}
    `) as unknown as TypedDocumentString<ServiceStatsCsvForPeriodQuery, ServiceStatsCsvForPeriodQueryVariables>;
export const ServiceStatsReportDocument = new TypedDocumentString(`
    query ServiceStatsReport($from: LocalDate!, $to: LocalDate!) {
  serviceStatsReport(from: $from, to: $to)
}
    `) as unknown as TypedDocumentString<ServiceStatsReportQuery, ServiceStatsReportQueryVariables>;
export const ServiceStatsTrendDocument = new TypedDocumentString(`
    query ServiceStatsTrend($from: LocalDate!, $to: LocalDate!) {
  serviceStatsTrend(from: $from, to: $to) {
    figures
    footnotes
    months {
      from
      to
      referralsReceived {
        key
        label
        value
        suppressed
        display
      }
      referralsByChannel {
        cells {
          key
          value
        }
        total {
          value
        }
      }
      responseTimes {
        key
        value
        suppressed
        display
      }
      casesOpenedByLevel {
        total {
          value
        }
      }
      casesClosedByLevel {
        total {
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceStatsTrendQuery, ServiceStatsTrendQueryVariables>;
export const LogComplaintForStatsDocument = new TypedDocumentString(`
    mutation LogComplaintForStats($i: LogComplaintInput!) {
  logComplaint(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogComplaintForStatsMutation, LogComplaintForStatsMutationVariables>;
export const NationalChannelsDocument = new TypedDocumentString(`
    query NationalChannels($from: LocalDate!, $to: LocalDate!) {
  nationalStats(from: $from, to: $to) {
    available
    reason
    contributingServices
    current {
      referralsByChannel {
        cells {
          key
          label
          display
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NationalChannelsQuery, NationalChannelsQueryVariables>;
export const ServiceStatsTrailingYearDocument = new TypedDocumentString(`
    query ServiceStatsTrailingYear($from: LocalDate!, $to: LocalDate!) {
  serviceStatsTrend(from: $from, to: $to, trailingYear: true) {
    figures
    months {
      from
      to
      referralsReceived {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceStatsTrailingYearQuery, ServiceStatsTrailingYearQueryVariables>;
export const RecordSupervisionDocument = new TypedDocumentString(`
    mutation RecordSupervision($input: RecordSupervisionInput!) {
  recordSupervision(input: $input) {
    id
    kind
    heldOn
    topics
    notes
    supervisor {
      id
    }
    attendees {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<RecordSupervisionMutation, RecordSupervisionMutationVariables>;
export const SupervisionsDocument = new TypedDocumentString(`
    query Supervisions($staffId: ID, $first: Int, $after: String) {
  supervisions(staffId: $staffId, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        notes
        heldOn
        attendees {
          id
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisionsQuery, SupervisionsQueryVariables>;
export const SupervisionScheduleDocument = new TypedDocumentString(`
    query SupervisionSchedule {
  supervisionSchedule {
    staff {
      id
      role
    }
    everyWeeks
    lastSupervisedOn
    lastGroupSupportOn
    nextDueOn
    overdue
    compliance {
      dbsEnhanced
      dbsRenewalDueOn
      dbsExpired
      dbsRenewalDueSoon
      confidentialitySigned
      confidentialitySignedOn
      training {
        kind
        completedOn
        expiresOn
        expired
        expiringSoon
      }
      trainingExpired
      trainingExpiringSoon
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisionScheduleQuery, SupervisionScheduleQueryVariables>;
export const TriageQueueDocument = new TypedDocumentString(`
    query TriageQueue($first: Int, $after: String, $filter: TriageQueueFilter) {
  triageQueue(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ReferralFields
      }
    }
  }
}
    fragment ReferralFields on Referral {
  id
  reference
  status
  channel
  receivedAt
  responseTargetAt
  responseDeadlineAt
  firstRespondedAt
  priority
  safeguardingFlag
  priorityReasons {
    code
    label
    weight
  }
  level
  eligibility
  possibleDuplicate
  contact {
    fullName
    preferredContact
    accessibilityNeeds
  }
  child {
    fullName
    ageYears
  }
  nextKeyDate {
    kind
    on
  }
}`) as unknown as TypedDocumentString<TriageQueueQuery, TriageQueueQueryVariables>;
export const TriageReferralDecisionDocument = new TypedDocumentString(`
    mutation TriageReferralDecision($input: TriageReferralInput!) {
  triageReferral(input: $input) {
    id
    status
    eligibility
    level
    ineligibleReason
    signposting
    priority
    priorityReasons {
      code
      label
      weight
    }
  }
}
    `) as unknown as TypedDocumentString<TriageReferralDecisionMutation, TriageReferralDecisionMutationVariables>;
export const ReferralCaseDocument = new TypedDocumentString(`
    query ReferralCase($id: ID!) {
  referral(id: $id) {
    id
    caseId
  }
}
    `) as unknown as TypedDocumentString<ReferralCaseQuery, ReferralCaseQueryVariables>;
export const QueueCasesDocument = new TypedDocumentString(`
    query QueueCases {
  triageQueue(first: 40) {
    edges {
      node {
        id
        caseId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueueCasesQuery, QueueCasesQueryVariables>;
export const QueueKeyDatesDocument = new TypedDocumentString(`
    query QueueKeyDates {
  triageQueue(first: 40) {
    edges {
      node {
        id
        keyDates {
          id
          kind
          on
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueueKeyDatesQuery, QueueKeyDatesQueryVariables>;
export const ReferralKeyDatesDocument = new TypedDocumentString(`
    query ReferralKeyDates($id: ID!) {
  referral(id: $id) {
    keyDates {
      id
      kind
      on
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralKeyDatesQuery, ReferralKeyDatesQueryVariables>;
export const QueueEveryFieldDocument = new TypedDocumentString(`
    query QueueEveryField {
  triageQueue(first: 12) {
    edges {
      node {
        id
        reference
        status
        channel
        source
        professionalType
        referrerName
        referrerOrganisation
        familyConsentedToShare
        receivedAt
        responseTargetAt
        responseDeadlineAt
        firstRespondedAt
        priority
        priorityReasons {
          code
          label
          weight
        }
        level
        eligibility
        eligibilityChecks {
          code
          met
          label
        }
        ineligibleReason
        signposting
        possibleDuplicate
        possibleDuplicateOfId
        currentStage
        howHeard
        topic
        reasonForReferral
        safeguardingFlag
        excludedOrNoPlace
        childInNeedOrLookedAfter
        priorityOverride
        priorityOverrideReason
        triageNotes
        triagedAt
        overdue
        decisionMaker
        personId
        contact {
          fullName
          email
          phone
          address
          postcode
          preferredContact
          accessibilityNeeds
          interpreterLanguage
          ethnicity
        }
        child {
          fullName
          dateOfBirth
          ageYears
          educationSetting
          needsOverview
          diagnosisStatus
          primaryNeed
        }
        nextKeyDate {
          id
          kind
          on
          rule
          derivedFromId
          notes
          supersededById
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueueEveryFieldQuery, QueueEveryFieldQueryVariables>;
export const QueueNarrowDocument = new TypedDocumentString(`
    query QueueNarrow {
  triageQueue(first: 12) {
    edges {
      node {
        ...QueueNarrowFields
        when: receivedAt
        nextKeyDate {
          id
          kind
          on
          rule
          supersededById
        }
        child {
          fullName
          dateOfBirth
          ageYears
        }
        decisionMaker
        overdue
        personId
        possibleDuplicateOfId
        currentStage
        excludedOrNoPlace
        childInNeedOrLookedAfter
        priorityOverrideReason
      }
    }
  }
}
    fragment QueueNarrowFields on Referral {
  ... on Referral {
    id
    priority
    priorityReasons {
      code
      label
      weight
    }
    contact {
      fullName
      preferredContact
      accessibilityNeeds
    }
  }
}`) as unknown as TypedDocumentString<QueueNarrowQuery, QueueNarrowQueryVariables>;
export const ReferralEveryFieldDocument = new TypedDocumentString(`
    query ReferralEveryField($id: ID!) {
  referral(id: $id) {
    id
    reference
    status
    channel
    source
    professionalType
    referrerName
    referrerOrganisation
    familyConsentedToShare
    receivedAt
    responseTargetAt
    responseDeadlineAt
    firstRespondedAt
    priority
    priorityReasons {
      code
      label
      weight
    }
    level
    eligibility
    eligibilityChecks {
      code
      met
      label
    }
    ineligibleReason
    signposting
    possibleDuplicate
    possibleDuplicateOfId
    currentStage
    howHeard
    topic
    reasonForReferral
    safeguardingFlag
    excludedOrNoPlace
    childInNeedOrLookedAfter
    priorityOverride
    priorityOverrideReason
    triageNotes
    triagedAt
    overdue
    decisionMaker
    personId
    contact {
      fullName
      email
      phone
      address
      postcode
      preferredContact
      accessibilityNeeds
      interpreterLanguage
      ethnicity
    }
    child {
      fullName
      dateOfBirth
      ageYears
      educationSetting
      needsOverview
      diagnosisStatus
      primaryNeed
    }
    nextKeyDate {
      id
      kind
      on
      rule
      derivedFromId
      notes
      supersededById
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralEveryFieldQuery, ReferralEveryFieldQueryVariables>;
export const ReferralIdDocument = new TypedDocumentString(`
    query ReferralId($id: ID!) {
  referral(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReferralIdQuery, ReferralIdQueryVariables>;
export const ReferralByMalformedIdDocument = new TypedDocumentString(`
    query ReferralByMalformedId {
  referral(id: "1 or 1=1") {
    id
  }
}
    `) as unknown as TypedDocumentString<ReferralByMalformedIdQuery, ReferralByMalformedIdQueryVariables>;
export const ReferralEligibilityDocument = new TypedDocumentString(`
    query ReferralEligibility($id: ID!) {
  referral(id: $id) {
    decisionMaker
    eligibilityChecks {
      code
      met
      label
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralEligibilityQuery, ReferralEligibilityQueryVariables>;
export const ReferralStatusDocument = new TypedDocumentString(`
    query ReferralStatus($id: ID!) {
  referral(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReferralStatusQuery, ReferralStatusQueryVariables>;
export const QueueChangedLevelDocument = new TypedDocumentString(`
    subscription QueueChangedLevel {
  triageQueueChanged {
    change
    referralId
    referral {
      id
      level
      priority
    }
  }
}
    `) as unknown as TypedDocumentString<QueueChangedLevelSubscription, QueueChangedLevelSubscriptionVariables>;
export const QueueChangedReferralIdDocument = new TypedDocumentString(`
    subscription QueueChangedReferralId {
  triageQueueChanged {
    referralId
  }
}
    `) as unknown as TypedDocumentString<QueueChangedReferralIdSubscription, QueueChangedReferralIdSubscriptionVariables>;
export const ReceivedReferenceDocument = new TypedDocumentString(`
    subscription ReceivedReference {
  referralReceived {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<ReceivedReferenceSubscription, ReceivedReferenceSubscriptionVariables>;
export const ReceivedIdDocument = new TypedDocumentString(`
    subscription ReceivedId {
  referralReceived {
    id
  }
}
    `) as unknown as TypedDocumentString<ReceivedIdSubscription, ReceivedIdSubscriptionVariables>;
export const WideDocument = new TypedDocumentString(`
    subscription Wide {
  referralReceived {
    id
    reference
    status
  }
}
    `) as unknown as TypedDocumentString<WideSubscription, WideSubscriptionVariables>;
export const NarrowDocument = new TypedDocumentString(`
    subscription Narrow {
  referralReceived {
    theId: id
  }
}
    `) as unknown as TypedDocumentString<NarrowSubscription, NarrowSubscriptionVariables>;
export const ResyncSignInDocument = new TypedDocumentString(`
    mutation ResyncSignIn($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<ResyncSignInMutation, ResyncSignInMutationVariables>;
export const FaultSignInDocument = new TypedDocumentString(`
    mutation FaultSignIn($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<FaultSignInMutation, FaultSignInMutationVariables>;
export const FaultArrivalsDocument = new TypedDocumentString(`
    subscription FaultArrivals {
  referralReceived {
    reference
  }
}
    `) as unknown as TypedDocumentString<FaultArrivalsSubscription, FaultArrivalsSubscriptionVariables>;
export const TriageReferralDocument = new TypedDocumentString(`
    mutation TriageReferral($input: TriageReferralInput!) {
  triageReferral(input: $input) {
    id
    status
    level
  }
}
    `) as unknown as TypedDocumentString<TriageReferralMutation, TriageReferralMutationVariables>;
export const AllocateReferralDocument = new TypedDocumentString(`
    mutation AllocateReferral($r: ID!, $s: ID!) {
  allocateReferral(referralId: $r, staffId: $s) {
    id
    caseId
    referralId
    referralReference
    level
    staffId
    staffDisplayName
    kind
    allocatedAt
    acceptedAt
    endedAt
    current
  }
}
    `) as unknown as TypedDocumentString<AllocateReferralMutation, AllocateReferralMutationVariables>;
export const PublishToPoolDocument = new TypedDocumentString(`
    mutation PublishToPool($r: ID!) {
  publishToPool(referralId: $r) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishToPoolMutation, PublishToPoolMutationVariables>;
export const PickUpAllocationDocument = new TypedDocumentString(`
    mutation PickUpAllocation($id: ID!) {
  acceptAllocation(allocationId: $id) {
    id
    acceptedAt
  }
}
    `) as unknown as TypedDocumentString<PickUpAllocationMutation, PickUpAllocationMutationVariables>;
export const ClaimReferralDocument = new TypedDocumentString(`
    mutation ClaimReferral($r: ID!) {
  claimReferral(referralId: $r) {
    id
    caseId
    staffId
    kind
  }
}
    `) as unknown as TypedDocumentString<ClaimReferralMutation, ClaimReferralMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SubmitSelfReferralDocument = new TypedDocumentString(`
    mutation SubmitSelfReferral($input: SelfReferralInput!) {
  submitSelfReferral(input: $input) {
    recorded
    reference
    responsePromise
    respondBy
  }
}
    `) as unknown as TypedDocumentString<SubmitSelfReferralMutation, SubmitSelfReferralMutationVariables>;
export const CreateReferralDocument = new TypedDocumentString(`
    mutation CreateReferral($input: CreateReferralInput!) {
  createReferral(input: $input) {
    id
    reference
    status
    channel
    receivedAt
    responseTargetAt
    responseDeadlineAt
    priority
    possibleDuplicate
    possibleDuplicateOfId
  }
}
    `) as unknown as TypedDocumentString<CreateReferralMutation, CreateReferralMutationVariables>;
export const ServiceSettingsDocument = new TypedDocumentString(`
    query ServiceSettings {
  serviceSettings {
    officeHours {
      timeZone
      days
      open
      close
    }
    closureDays
    responseTargetDays
    responseMaxDays
    suppressionK
    volunteerMaxLevel
    supervisionOfficerWeeks
    supervisionVolunteerWeeks
    inactiveCaseDays
    acceptWithinHours
    safeguardingAckMinutes
    dbsWarningDays
    keyDateWarningDays
    meetingFollowUpWorkingDays
    reopenWithinMonths
    areaPostcodeDistricts
  }
}
    `) as unknown as TypedDocumentString<ServiceSettingsQuery, ServiceSettingsQueryVariables>;
export const UpdateServiceSettingsDocument = new TypedDocumentString(`
    mutation UpdateServiceSettings($input: ServiceSettingsInput!) {
  updateServiceSettings(input: $input) {
    officeHours {
      open
      close
    }
    closureDays
    acceptWithinHours
  }
}
    `) as unknown as TypedDocumentString<UpdateServiceSettingsMutation, UpdateServiceSettingsMutationVariables>;