/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccessibilityNeed =
  /** Large print */
  | 'LARGE_PRINT'
  /** Easy read */
  | 'EASY_READ'
  /** Interpreter */
  | 'INTERPRETER'
  /** British Sign Language (BSL) */
  | 'BSL';

export type ActivityKind =
  /** Phone call */
  | 'PHONE_CALL'
  /** Email */
  | 'EMAIL'
  /** Letter */
  | 'LETTER'
  /** Face to face */
  | 'FACE_TO_FACE'
  /** Home visit */
  | 'HOME_VISIT'
  /** Advice given */
  | 'ADVICE_GIVEN'
  /** Information given */
  | 'INFORMATION_GIVEN'
  /** Professional contact */
  | 'PROFESSIONAL_CONTACT'
  /** Meeting prepared */
  | 'MEETING_PREPARED'
  /** Meeting attended */
  | 'MEETING_ATTENDED'
  /** Literature sent */
  | 'LITERATURE_SENT'
  /** Note */
  | 'NOTE';

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
  /** Local authority SEN team */
  | 'LOCAL_AUTHORITY'
  /** Health */
  | 'HEALTH'
  /** Social care */
  | 'SOCIAL_CARE'
  /** Other */
  | 'OTHER';

/** DIRECT: allocated by a manager; CLAIMED: taken from the pool. */
export type AllocationKind =
  /** Allocated by a manager */
  | 'DIRECT'
  /** Claimed from the pool */
  | 'CLAIMED';

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
  /** Not qualified for the level */
  | 'NOT_QUALIFIED_FOR_LEVEL'
  /** No valid enhanced DBS check */
  | 'DBS_NOT_VALID'
  /** Confidentiality policy not signed */
  | 'CONFIDENTIALITY_NOT_SIGNED'
  /** Conflict of interest */
  | 'CONFLICT_OF_INTEREST'
  /** No induction on record */
  | 'NO_INDUCTION'
  /** Safeguarding training missing or expired */
  | 'SAFEGUARDING_TRAINING_EXPIRED'
  /** Volunteer without IPSEA level 1 */
  | 'NO_IPSEA_LEVEL_1'
  /** No barred-list check with the DBS check */
  | 'BARRED_LIST_NOT_CHECKED'
  /** Not yet observed before lone casework */
  | 'NO_OBSERVATION'
  /** At capacity */
  | 'AT_CAPACITY';

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
  /** Open */
  | 'OPEN'
  /** Inactive */
  | 'INACTIVE'
  /** Closed */
  | 'CLOSED';

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
  /** Outcome achieved */
  | 'OUTCOME_ACHIEVED'
  /** Family withdrew */
  | 'FAMILY_WITHDREW'
  /** No contact */
  | 'NO_CONTACT'
  /** Missed meetings */
  | 'MISSED_MEETINGS'
  /** Removed for conduct */
  | 'CONDUCT_REMOVAL'
  /** Signposted elsewhere */
  | 'SIGNPOSTED_ELSEWHERE'
  /** Moved away */
  | 'MOVED_AWAY'
  /** Other */
  | 'OTHER'
  /** Information given (quick call) */
  | 'INFORMATION_GIVEN';

export type ComplaintOutcome =
  /** Open */
  | 'OPEN'
  /** Upheld */
  | 'UPHELD'
  /** Partly upheld */
  | 'PARTLY_UPHELD'
  /** Not upheld */
  | 'NOT_UPHELD'
  /** Resolved */
  | 'RESOLVED'
  /** Withdrawn */
  | 'WITHDRAWN';

export type ComplianceItem =
  /** Enhanced DBS check */
  | 'DBS'
  /** Barred-list check */
  | 'BARRED_LIST'
  /** DBS update service */
  | 'UPDATE_SERVICE'
  /** Confidentiality policy */
  | 'CONFIDENTIALITY'
  /** Induction */
  | 'INDUCTION'
  /** Safeguarding training */
  | 'SAFEGUARDING'
  /** IPSEA level 1 */
  | 'IPSEA_LEVEL_1'
  /** Observation before lone casework */
  | 'OBSERVATION'
  /** Quarterly appraisal */
  | 'APPRAISAL';

export type ComplianceState =
  /** Missing */
  | 'MISSING'
  /** Expired or overdue */
  | 'EXPIRED'
  /** Due soon */
  | 'DUE_SOON';

/** First incident: warning letter; second: removal with signposting [003]. */
export type ConductAction =
  /** Warning letter */
  | 'WARNING'
  /** Removal from the service */
  | 'REMOVAL';

/** A manager's review of a conduct incident: UPHOLD applies its action (a warning letter, or removal of the family); DISMISS records nothing against the family. */
export type ConductDecision =
  /** Uphold */
  | 'UPHOLD'
  /** Dismiss */
  | 'DISMISS';

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
  /** Upheld */
  | 'UPHELD'
  /** Dismissed */
  | 'DISMISSED';

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
  /** A family or a named person */
  | 'FAMILY'
  /** A school, nursery or college */
  | 'EDUCATION_SETTING'
  /** A parent support group */
  | 'PARENT_GROUP'
  /** A colleague */
  | 'COLLEAGUE'
  /** Another agency */
  | 'AGENCY';

/** How the family gave (or refused) consent. */
export type ConsentMethod =
  /** Verbally */
  | 'VERBAL'
  /** In writing */
  | 'WRITTEN'
  /** By email */
  | 'EMAIL'
  /** On the web form */
  | 'WEB_FORM';

export type ConsentPartyType =
  /** School */
  | 'SCHOOL'
  /** Early years setting */
  | 'EARLY_YEARS_SETTING'
  /** College */
  | 'COLLEGE'
  /** Local authority SEN team */
  | 'LOCAL_AUTHORITY_SEN_TEAM'
  /** Health */
  | 'HEALTH'
  /** Social care */
  | 'SOCIAL_CARE'
  /** Independent Support */
  | 'INDEPENDENT_SUPPORT'
  /** Other */
  | 'OTHER';

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
  /** Phone */
  | 'PHONE'
  /** Email */
  | 'EMAIL'
  /** Text message */
  | 'TEXT'
  /** Letter */
  | 'LETTER';

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
  /** No support yet */
  | 'NO_SUPPORT_YET'
  /** SEN support */
  | 'SEN_SUPPORT'
  /** EHC needs assessment */
  | 'EHC_NEEDS_ASSESSMENT'
  /** Draft EHC plan */
  | 'DRAFT_PLAN'
  /** EHC plan */
  | 'EHC_PLAN'
  /** Annual review */
  | 'ANNUAL_REVIEW'
  /** Appeal or tribunal */
  | 'APPEAL_TRIBUNAL'
  /** Exclusion */
  | 'EXCLUSION'
  /** Other */
  | 'OTHER';

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
  /** No diagnosis */
  | 'NONE'
  /** Being assessed */
  | 'BEING_ASSESSED'
  /** Diagnosed */
  | 'DIAGNOSED';

/** What a document is filed on (decision 038). */
export type DocumentAttachment =
  /** Referral */
  | 'REFERRAL'
  /** Case */
  | 'CASE'
  /** Family record */
  | 'PERSON';

export type Eligibility =
  /** Not decided yet */
  | 'PENDING'
  /** Eligible */
  | 'ELIGIBLE'
  /** Not eligible */
  | 'INELIGIBLE';

/** What an enquiry is about: information calls, anonymous enquiries and referrals. */
export type EnquiryTopic =
  /** SEN support in school */
  | 'SEN_SUPPORT_IN_SCHOOL'
  /** EHC needs assessment */
  | 'EHC_NEEDS_ASSESSMENT'
  /** EHC plan or annual review */
  | 'EHC_PLAN'
  /** Exclusion */
  | 'EXCLUSION'
  /** School place or transfer */
  | 'SCHOOL_PLACE'
  /** Home to school transport */
  | 'TRANSPORT'
  /** Appeal, tribunal or mediation */
  | 'APPEAL_TRIBUNAL'
  /** Health */
  | 'HEALTH'
  /** Social care */
  | 'SOCIAL_CARE'
  /** Preparing for adulthood */
  | 'PREPARING_FOR_ADULTHOOD'
  /** Personal budgets */
  | 'PERSONAL_BUDGETS'
  /** The Local Offer */
  | 'LOCAL_OFFER'
  /** Something else */
  | 'OTHER';

/** Ethnic group, as the high-level categories of the 2021 census: a fixed list, never free text, as it stays in the anonymised statistics after erasure. */
export type EthnicGroup =
  /** Asian or Asian British */
  | 'ASIAN'
  /** Black, Black British, Caribbean or African */
  | 'BLACK'
  /** Mixed or multiple ethnic groups */
  | 'MIXED'
  /** White */
  | 'WHITE'
  /** Other ethnic group */
  | 'OTHER'
  /** Prefer not to say */
  | 'PREFER_NOT_TO_SAY';

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
  /** Complaint */
  | 'COMPLAINT'
  /** Comment */
  | 'COMMENT'
  /** Compliment */
  | 'COMPLIMENT';

export type HowHeard =
  /** School */
  | 'SCHOOL'
  /** Health */
  | 'HEALTH'
  /** Local authority */
  | 'LOCAL_AUTHORITY'
  /** Local Offer */
  | 'LOCAL_OFFER'
  /** Friend or family */
  | 'FRIEND_FAMILY'
  /** Social media */
  | 'SOCIAL_MEDIA'
  /** Event */
  | 'EVENT'
  /** Search engine */
  | 'SEARCH_ENGINE'
  /** Used the service before */
  | 'PREVIOUS_USE'
  /** Other */
  | 'OTHER';

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
  /** Meeting */
  | 'MEETING'
  /** Tribunal */
  | 'TRIBUNAL'
  /** Appeal deadline */
  | 'APPEAL_DEADLINE'
  /** Exclusion hearing */
  | 'EXCLUSION_HEARING'
  /** EHC needs assessment requested */
  | 'EHC_NEEDS_ASSESSMENT_REQUEST'
  /** Decision to assess due */
  | 'DECISION_TO_ASSESS_DUE'
  /** Final plan due */
  | 'FINAL_PLAN_DUE'
  /** Draft plan received */
  | 'DRAFT_PLAN_RECEIVED'
  /** Comments on draft plan due */
  | 'DRAFT_PLAN_COMMENTS_DUE'
  /** Decision letter */
  | 'DECISION_LETTER'
  /** Mediation certificate */
  | 'MEDIATION_CERTIFICATE'
  /** Other */
  | 'OTHER';

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
  /** Missed without notice */
  | 'MISSED_WITHOUT_NOTICE'
  /** Cancelled */
  | 'CANCELLED'
  /** The family attended without us */
  | 'FAMILY_ATTENDED_ALONE';

export type MeetingStatus =
  /** Scheduled */
  | 'SCHEDULED'
  /** Attended */
  | 'ATTENDED'
  /** Missed without notice */
  | 'MISSED_WITHOUT_NOTICE'
  /** Cancelled */
  | 'CANCELLED'
  /** The family attended without us */
  | 'FAMILY_ATTENDED_ALONE';

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
  /** Safeguarding concern raised */
  | 'SAFEGUARDING_CONCERN'
  /** Case allocated to you */
  | 'ALLOCATION'
  /** Daily digest of overdue duties */
  | 'OVERDUE_DIGEST'
  /** Receipt to a family */
  | 'FAMILY_RECEIPT';

/** Where an email notification is in its delivery. */
export type NotificationState =
  /** Queued */
  | 'QUEUED'
  /** Retrying */
  | 'RETRYING'
  /** Sent */
  | 'SENT'
  /** Failed */
  | 'FAILED';

export type OfficeHoursInput = {
  close: string;
  days: Array<number>;
  open: string;
  timeZone: string;
};

/** What has fallen due. */
export type OverdueKind =
  /** Response target reached */
  | 'RESPONSE_TARGET_REACHED'
  /** Response maximum breached */
  | 'RESPONSE_MAXIMUM_BREACHED'
  /** Allocation not picked up */
  | 'ALLOCATION_NOT_ACCEPTED'
  /** Consent review due */
  | 'CONSENT_REVIEW_DUE'
  /** Meeting follow-up with the family due */
  | 'MEETING_FOLLOW_UP_DUE'
  /** Case inactive */
  | 'CASE_INACTIVE'
  /** Supervision due */
  | 'SUPERVISION_DUE'
  /** DBS renewal due */
  | 'DBS_RENEWAL_DUE'
  /** Training expired */
  | 'TRAINING_EXPIRED'
  /** Safeguarding concern not acknowledged */
  | 'SAFEGUARDING_NOT_ACKNOWLEDGED'
  /** Key date approaching */
  | 'KEY_DATE_APPROACHING'
  /** Complaint response due */
  | 'COMPLAINT_RESPONSE_DUE'
  /** Case put forward for closure: a manager to decide */
  | 'CLOSURE_PROPOSAL_AWAITING_MANAGER'
  /** Conduct incident: a manager to review */
  | 'CONDUCT_REVIEW_AWAITING_MANAGER';

/** MINE: items for the caller to act on. TEAM (managers): every open item of the service. */
export type OverdueScope =
  /** Mine to act on */
  | 'MINE'
  /** The whole team's */
  | 'TEAM';

export type PersonRole =
  /** Parent or carer */
  | 'PARENT_CARER'
  /** Young person */
  | 'YOUNG_PERSON';

/** Kinds of poor practice the service challenges, recorded anonymised for the monitoring report [001]. */
export type PoorPracticeCategory =
  /** Statutory timescales missed */
  | 'STATUTORY_TIMESCALES'
  /** Provision not delivered */
  | 'PROVISION_NOT_DELIVERED'
  /** Poor communication with the family */
  | 'COMMUNICATION'
  /** Unlawful or informal exclusion */
  | 'UNLAWFUL_EXCLUSION'
  /** Assessment or support refused */
  | 'ASSESSMENT_REFUSED'
  /** Other */
  | 'OTHER';

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
  /** Communication and interaction */
  | 'COMMUNICATION_INTERACTION'
  /** Cognition and learning */
  | 'COGNITION_LEARNING'
  /** Social, emotional and mental health */
  | 'SOCIAL_EMOTIONAL_MENTAL_HEALTH'
  /** Sensory and/or physical */
  | 'SENSORY_PHYSICAL'
  /** Not known */
  | 'NOT_KNOWN';

export type ProfessionalType =
  /** SEN assessment team */
  | 'SEN_ASSESSMENT_TEAM'
  /** Independent support */
  | 'INDEPENDENT_SUPPORT'
  /** Social worker */
  | 'SOCIAL_WORKER'
  /** Family support worker */
  | 'FAMILY_SUPPORT_WORKER'
  /** Health */
  | 'HEALTH'
  /** School staff */
  | 'SCHOOL_STAFF'
  /** Service co-ordinator */
  | 'SERVICE_COORDINATOR'
  /** Other */
  | 'OTHER';

export type QueueChange =
  /** Joined the queue */
  | 'ADDED'
  /** Changed while in the queue */
  | 'UPDATED'
  /** Left the queue */
  | 'REMOVED';

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
  /** Helpline (phone) */
  | 'HELPLINE'
  /** Answerphone message */
  | 'ANSWERPHONE'
  /** Email */
  | 'EMAIL'
  /** Web form */
  | 'WEB_FORM'
  /** Letter */
  | 'LETTER'
  /** In person (events) */
  | 'IN_PERSON'
  /** Professional referral */
  | 'PROFESSIONAL';

/** Who made the referral. */
export type ReferralSource =
  /** Parent or carer */
  | 'PARENT_CARER'
  /** Young person */
  | 'YOUNG_PERSON'
  /** Professional */
  | 'PROFESSIONAL';

export type ReferralStatus =
  /** New */
  | 'NEW'
  /** Triaged */
  | 'TRIAGED'
  /** In the pool */
  | 'POOLED'
  /** Allocated */
  | 'ALLOCATED'
  /** Signposted */
  | 'SIGNPOSTED'
  /** Closed */
  | 'CLOSED';

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
  /** SEN support */
  | 'SEN_SUPPORT'
  /** EHC needs assessment */
  | 'EHC_NEEDS_ASSESSMENT'
  /** Draft EHC plans */
  | 'DRAFT_EHCP'
  /** Annual reviews */
  | 'ANNUAL_REVIEWS'
  /** Exclusions */
  | 'EXCLUSIONS'
  /** Tribunals and mediation */
  | 'TRIBUNALS_AND_MEDIATION'
  /** Preparing for adulthood */
  | 'PREPARING_FOR_ADULTHOOD'
  /** Getting the most out of meetings */
  | 'GETTING_THE_MOST_FROM_MEETINGS'
  /** Other */
  | 'OTHER';

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
  /** Service manager */
  | 'MANAGER'
  /** Officer */
  | 'OFFICER'
  /** Volunteer */
  | 'VOLUNTEER'
  /** Steering group member */
  | 'STEERING'
  /** Administrator */
  | 'ADMIN';

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
  /** One-to-one supervision */
  | 'INDIVIDUAL'
  /** Group support */
  | 'GROUP';

export type SupervisionTopic =
  /** Casework */
  | 'CASEWORK'
  /** Practice */
  | 'PRACTICE'
  /** Health and safety */
  | 'HEALTH_AND_SAFETY'
  /** Wellbeing */
  | 'WELLBEING'
  /** Training */
  | 'TRAINING';

export type TrainingKind =
  /** IPSEA level 1 */
  | 'IPSEA_LEVEL_1'
  /** IPSEA level 2 */
  | 'IPSEA_LEVEL_2'
  /** IPSEA level 3 (legal training) */
  | 'IPSEA_LEVEL_3'
  /** Independent Support */
  | 'INDEPENDENT_SUPPORT'
  /** Safeguarding */
  | 'SAFEGUARDING'
  /** Induction */
  | 'INDUCTION'
  /** Observed in casework before working alone */
  | 'OBSERVATION';

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

export type CaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQuery = { case: (
    { id: string, referral: { id: string, reference: string, child: { fullName: string | null } | null, contact: { fullName: string | null } | null }, corrections: Array<{ ' $fragmentRefs'?: { 'CorrectionItemFragment': CorrectionItemFragment } }> }
    & { ' $fragmentRefs'?: { 'CaseViewFragment': CaseViewFragment } }
  ) };

export type IntakeReferralViewQueryVariables = Exact<{
  id: string | number;
}>;


export type IntakeReferralViewQuery = { referral: (
    { id: string, reference: string, status: ReferralStatus, ineligibleReason: string | null, signposting: string | null, personId: string | null, child: { fullName: string | null } | null, contact: { fullName: string | null } | null }
    & { ' $fragmentRefs'?: { 'ReferralSummaryFragment': ReferralSummaryFragment } }
  ) };

export type ReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralQuery = { referral: (
    { id: string, reference: string, status: ReferralStatus, eligibility: Eligibility, level: number | null, caseId: string | null, personId: string | null, possibleDuplicate: boolean, child: { fullName: string | null } | null, contact: { fullName: string | null } | null }
    & { ' $fragmentRefs'?: { 'ReferralSummaryFragment': ReferralSummaryFragment;'TriageFormFragment': TriageFormFragment;'TriageDecisionFragment': TriageDecisionFragment } }
  ) };

export type AllocatedCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type AllocatedCaseQuery = { case: { id: string, currentAllocation: (
      { id: string }
      & { ' $fragmentRefs'?: { 'AllocationStatusFragment': AllocationStatusFragment } }
    ) | null } };

export type PublicServiceQueryVariables = Exact<{
  slug: string;
}>;


export type PublicServiceQuery = { publicService: { name: string, helplinePhone: string | null } };

export type TeamMemberNameQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamMemberNameQuery = { team: Array<{ id: string, displayName: string }> };

export type AccountRowFragment = { id: string, displayName: string, email: string, role: StaffRole, active: boolean, holdsCases: boolean, capacity: number, maxLevel: number | null, openCases: number, passwordSet: boolean } & { ' $fragmentName'?: 'AccountRowFragment' };

export type AccountsListQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsListQuery = { staffAccounts: { canManage: boolean, accounts: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'AccountRowFragment': AccountRowFragment } }
    )> } };

export type ChangeAccountRoleMutationVariables = Exact<{
  id: string | number;
  input: ChangeStaffRoleInput;
}>;


export type ChangeAccountRoleMutation = { changeStaffRole: (
    { id: string }
    & { ' $fragmentRefs'?: { 'AccountRowFragment': AccountRowFragment } }
  ) };

export type ChangeAccountCapacityMutationVariables = Exact<{
  id: string | number;
  input: ChangeStaffCapacityInput;
}>;


export type ChangeAccountCapacityMutation = { changeStaffCapacity: (
    { id: string }
    & { ' $fragmentRefs'?: { 'AccountRowFragment': AccountRowFragment } }
  ) };

export type ResetAccountPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetAccountPasswordMutation = { resetStaffPassword: { account: (
      { id: string }
      & { ' $fragmentRefs'?: { 'AccountRowFragment': AccountRowFragment } }
    ), link: { path: string, expiresAt: string } } };

export type DeactivateAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateAccountMutation = { deactivateStaff: { account: (
      { id: string }
      & { ' $fragmentRefs'?: { 'AccountRowFragment': AccountRowFragment } }
    ), openCases: Array<{ caseId: string, referralId: string, reference: string, level: number }> } };

export type ReactivateAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateAccountMutation = { reactivateStaff: (
    { id: string }
    & { ' $fragmentRefs'?: { 'AccountRowFragment': AccountRowFragment } }
  ) };

export type AddStaffAccountMutationVariables = Exact<{
  input: AddStaffInput;
}>;


export type AddStaffAccountMutation = { addStaff: { account: { id: string, displayName: string }, link: { path: string, expiresAt: string } } };

export type CreateFurtherServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type CreateFurtherServiceMutation = { createService: { serviceId: string, slug: string, name: string, administrator: { id: string, displayName: string }, link: { path: string, expiresAt: string } } };

export type AllocationAssignedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AllocationAssignedSubscription = { allocationAssigned: { ' $fragmentRefs'?: { 'MyAllocationsEntryFragment': MyAllocationsEntryFragment;'AllocationStatusFragment': AllocationStatusFragment } } };

export type AllocationCandidateFragment = (
  { id: string, displayName: string, role: StaffRole, capacity: number, openCases: number, blockingReasons: Array<{ code: BlockingReasonCode, message: string }> }
  & { ' $fragmentRefs'?: { 'CaseloadByLevelFragment': CaseloadByLevelFragment } }
) & { ' $fragmentName'?: 'AllocationCandidateFragment' };

export type AllocationCandidatesQueryVariables = Exact<{
  referralId: string | number;
}>;


export type AllocationCandidatesQuery = { team: Array<{ ' $fragmentRefs'?: { 'AllocationCandidateFragment': AllocationCandidateFragment } }> };

export type AllocateReferralMutationVariables = Exact<{
  referralId: string | number;
  staffId: string | number;
}>;


export type AllocateReferralMutation = { allocateReferral: (
    { id: string, caseId: string, staffDisplayName: string }
    & { ' $fragmentRefs'?: { 'AllocationStatusFragment': AllocationStatusFragment } }
  ) };

export type PublishToPoolMutationVariables = Exact<{
  referralId: string | number;
}>;


export type PublishToPoolMutation = { publishToPool: { id: string, status: ReferralStatus } };

export type AllocationStatusFragment = { id: string, caseId: string, staffDisplayName: string, acceptedAt: string | null } & { ' $fragmentName'?: 'AllocationStatusFragment' };

export type CaseloadByLevelFragment = { caseload: Array<{ level: number, openCases: number }> } & { ' $fragmentName'?: 'CaseloadByLevelFragment' };

export type MyAllocationsEntryFragment = (
  { id: string, staffId: string, referralId: string, caseId: string, referralReference: string, level: number, current: boolean, acceptedAt: string | null }
  & { ' $fragmentRefs'?: { 'AllocationItemFragment': AllocationItemFragment } }
) & { ' $fragmentName'?: 'MyAllocationsEntryFragment' };

export type AllocationItemFragment = { id: string, caseId: string, referralReference: string, childInitials: string | null, primaryNeed: PrimaryNeed | null, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, level: number, kind: AllocationKind, allocatedAt: string, acceptedAt: string | null, endedAt: string | null, current: boolean } & { ' $fragmentName'?: 'AllocationItemFragment' };

export type MyAllocationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyAllocationsQuery = { myAllocations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { ' $fragmentRefs'?: { 'MyAllocationsEntryFragment': MyAllocationsEntryFragment } } }> } };

export type AcceptAllocationMutationVariables = Exact<{
  allocationId: string | number;
}>;


export type AcceptAllocationMutation = { acceptAllocation: { ' $fragmentRefs'?: { 'MyAllocationsEntryFragment': MyAllocationsEntryFragment } } };

export type PooledReferralRowFragment = { id: string, reference: string, level: number, channel: ReferralChannel, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, primaryNeed: PrimaryNeed | null, publishedToPoolAt: string | null, blockingReasons: Array<{ code: BlockingReasonCode, message: string }> } & { ' $fragmentName'?: 'PooledReferralRowFragment' };

export type ReferralPoolQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralPoolQuery = { referralPool: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'PooledReferralRowFragment': PooledReferralRowFragment } }
  )> };

export type ClaimReferralMutationVariables = Exact<{
  referralId: string | number;
}>;


export type ClaimReferralMutation = { claimReferral: (
    { caseId: string }
    & { ' $fragmentRefs'?: { 'MyAllocationsEntryFragment': MyAllocationsEntryFragment } }
  ) };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditEntries: { edges: Array<{ cursor: string, node: { id: string, at: string, actorId: string | null, actorName: string | null, action: string, entityType: string, entityId: string | null, fields: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditPeopleQuery = { staffAccounts: { accounts: Array<{ id: string, displayName: string }> } };

export type AuditLogCsvQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
}>;


export type AuditLogCsvQuery = { auditEntriesCsv: string };

export type ViewerFragment = { id: string, displayName: string, email: string, role: StaffRole, serviceId: string, serviceName: string, permissions: Array<string>, isDeploymentAdmin: boolean } & { ' $fragmentName'?: 'ViewerFragment' };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { ' $fragmentRefs'?: { 'ViewerFragment': ViewerFragment } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { logout: boolean };

export type SetOwnPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type SetOwnPasswordMutation = { setPassword: boolean };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { login: { token: string, expiresAt: string, me: (
      { __typename: 'Me' }
      & { ' $fragmentRefs'?: { 'ViewerFragment': ViewerFragment } }
    ) } };

export type RecordActivityExpenseFormMutationVariables = Exact<{
  input: RecordActivityExpenseInput;
}>;


export type RecordActivityExpenseFormMutation = { recordActivityExpense: { id: string, miles: number, amountPence: number, note: string | null } };

export type AddCaseKeyDateMutationVariables = Exact<{
  referralId: string | number;
  input: KeyDateInput;
}>;


export type AddCaseKeyDateMutation = { addKeyDate: { id: string } };

export type RecordMentalCapacityMutationVariables = Exact<{
  input: RecordMentalCapacityInput;
}>;


export type RecordMentalCapacityMutation = { recordMentalCapacity: { id: string, decisionMaker: DecisionMaker } };

export type CaseConductFragment = { id: string, viewerManages: boolean, conductIncidents: Array<{ id: string, occurredOn: string, description: string | null, action: ConductAction, reviewStatus: ConductReviewStatus, reviewNote: string | null, signposting: string | null, letterSentOn: string | null }> } & { ' $fragmentName'?: 'CaseConductFragment' };

export type RecordConductIncidentFormMutationVariables = Exact<{
  input: RecordConductIncidentInput;
}>;


export type RecordConductIncidentFormMutation = { recordConductIncident: { id: string, reviewStatus: ConductReviewStatus } };

export type ReviewConductIncidentFormMutationVariables = Exact<{
  input: ReviewConductIncidentInput;
}>;


export type ReviewConductIncidentFormMutation = { reviewConductIncident: { id: string, action: ConductAction, reviewStatus: ConductReviewStatus, reviewNote: string | null, signposting: string | null } };

export type RecordConductLetterFormMutationVariables = Exact<{
  input: RecordConductLetterInput;
}>;


export type RecordConductLetterFormMutation = { recordConductLetter: { id: string, letterSentOn: string | null } };

export type ConsentItemFragment = { id: string, partyName: string, partyOrganisation: string | null, partyType: ConsentPartyType, granted: boolean, givenOn: string, reviewOn: string, withdrawnOn: string | null, method: ConsentMethod, current: boolean, givenBy: PersonRole | null, mayShare: string | null, endedOn: string | null } & { ' $fragmentName'?: 'ConsentItemFragment' };

export type WithdrawConsentMutationVariables = Exact<{
  consentId: string | number;
  on: string;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { ' $fragmentRefs'?: { 'ConsentItemFragment': ConsentItemFragment } } };

export type CaseKeyDatesFragment = { referral: { id: string, keyDates: Array<{ id: string, kind: KeyDateKind, on: string, rule: string | null, notes: string | null, supersededById: string | null }> }, meetings: Array<{ id: string, kind: string, scheduledAt: string, status: MeetingStatus, followUpDueOn: string | null }>, consents: Array<{ id: string, current: boolean, reviewOn: string, partyName: string }> } & { ' $fragmentName'?: 'CaseKeyDatesFragment' };

export type MeetingItemFragment = { id: string, kind: string, scheduledAt: string, shortNotice: boolean, status: MeetingStatus, keyPoints: string | null, actions: string | null, followUpDueOn: string | null } & { ' $fragmentName'?: 'MeetingItemFragment' };

export type ActivityItemFragment = { id: string, kind: ActivityKind, occurredAt: string, minutes: number, summary: string | null, withFamily: boolean, partyName: string | null, staffDisplayName: string, viewerMayClaimExpense: boolean, expense: { id: string, miles: number, amountPence: number, note: string | null } | null } & { ' $fragmentName'?: 'ActivityItemFragment' };

export type CaseViewFragment = (
  { id: string, status: CaseStatus, level: number, openedAt: string, closedAt: string | null, closureReason: ClosureReason | null, closureNote: string | null, decisionMaker: DecisionMaker, readOnly: boolean, viewerManages: boolean, totalMinutes: number, putForwardForClosureAt: string | null, capacityAssessments: Array<{ id: string, hasCapacity: boolean, assessedOn: string, assessedBy: string }>, currentAllocation: { id: string, staffDisplayName: string, acceptedAt: string | null } | null, safeguardingConcerns: Array<{ id: string, raisedAt: string, raisedByName: string, summary: string | null, acknowledgedAt: string | null, acknowledgedByName: string | null, outcome: string | null }>, referral: (
    { id: string, firstRespondedAt: string | null, reasonForReferral: string | null, currentStage: CurrentStage, child: { fullName: string | null, ageYears: number | null, educationSetting: string | null } | null, contact: { fullName: string | null, phone: string | null, email: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed>, interpreterLanguage: string | null } | null }
    & { ' $fragmentRefs'?: { 'ResponseCountdownFragment': ResponseCountdownFragment } }
  ), activities: Array<{ ' $fragmentRefs'?: { 'ActivityItemFragment': ActivityItemFragment } }>, consents: Array<{ ' $fragmentRefs'?: { 'ConsentItemFragment': ConsentItemFragment;'LogActivityConsentFragment': LogActivityConsentFragment } }>, meetings: Array<(
    { id: string, kind: string, scheduledAt: string, status: MeetingStatus }
    & { ' $fragmentRefs'?: { 'MeetingItemFragment': MeetingItemFragment } }
  )> }
  & { ' $fragmentRefs'?: { 'CaseKeyDatesFragment': CaseKeyDatesFragment;'ManageCaseFragment': ManageCaseFragment;'CaseConductFragment': CaseConductFragment } }
) & { ' $fragmentName'?: 'CaseViewFragment' };

export type CloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { closeCase: { evaluationToken: string | null, case: { id: string, status: CaseStatus, closedAt: string | null, closureReason: ClosureReason | null, closureNote: string | null, readOnly: boolean } } };

export type LogActivityConsentFragment = { id: string, current: boolean, partyName: string, partyOrganisation: string | null } & { ' $fragmentName'?: 'LogActivityConsentFragment' };

export type LogActivityMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogActivityMutation = { logActivity: { ' $fragmentRefs'?: { 'ActivityItemFragment': ActivityItemFragment } } };

export type ManageCaseFragment = { id: string, status: CaseStatus, level: number, viewerManages: boolean, putForwardForClosureAt: string | null, levelChanges: Array<{ id: string, fromLevel: number, toLevel: number, reason: string, changedByName: string, changedAt: string }>, coworkers: Array<{ id: string, staffId: string, staffDisplayName: string, role: JointWorkingRole, endedAt: string | null }>, reopenings: Array<{ id: string, previousClosureReason: ClosureReason | null, reason: string, reopenedAt: string }> } & { ' $fragmentName'?: 'ManageCaseFragment' };

export type ChangeCaseLevelMutationVariables = Exact<{
  input: ChangeCaseLevelInput;
}>;


export type ChangeCaseLevelMutation = { changeCaseLevel: { id: string } };

export type ReopenCaseMutationVariables = Exact<{
  input: ReopenCaseInput;
}>;


export type ReopenCaseMutation = { reopenCase: { id: string } };

export type AddCaseCoworkerMutationVariables = Exact<{
  input: AddCaseCoworkerInput;
}>;


export type AddCaseCoworkerMutation = { addCaseCoworker: { id: string } };

export type DecideClosureProposalMutationVariables = Exact<{
  input: DecideClosureProposalInput;
}>;


export type DecideClosureProposalMutation = { decideClosureProposal: { evaluationToken: string | null, case: { id: string } } };

export type CoworkerChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CoworkerChoicesQuery = { team: Array<{ id: string, displayName: string, role: StaffRole }> };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: (
    { shortNotice: boolean }
    & { ' $fragmentRefs'?: { 'MeetingItemFragment': MeetingItemFragment } }
  ) };

export type RecordMeetingOutcomeMutationVariables = Exact<{
  input: RecordMeetingOutcomeInput;
}>;


export type RecordMeetingOutcomeMutation = { recordMeetingOutcome: { ' $fragmentRefs'?: { 'MeetingItemFragment': MeetingItemFragment } } };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { ' $fragmentRefs'?: { 'ConsentItemFragment': ConsentItemFragment } } };

export type ComplaintItemFragment = { id: string, kind: FeedbackKind, receivedAt: string, fromWhom: string | null, what: string | null, measuresTaken: string | null, escalatedTo: string | null, outcome: ComplaintOutcome, responseDueOn: string | null, respondedAt: string | null, responseOverdue: boolean, loggedBy: string } & { ' $fragmentName'?: 'ComplaintItemFragment' };

export type ComplaintsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ComplaintsQuery = { complaints: { edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'ComplaintItemFragment': ComplaintItemFragment } }
      ) }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UpdateComplaintMutationVariables = Exact<{
  id: string | number;
  input: UpdateComplaintInput;
}>;


export type UpdateComplaintMutation = { updateComplaint: (
    { id: string }
    & { ' $fragmentRefs'?: { 'ComplaintItemFragment': ComplaintItemFragment } }
  ) };

export type LogComplaintMutationVariables = Exact<{
  input: LogComplaintInput;
}>;


export type LogComplaintMutation = { logComplaint: (
    { id: string }
    & { ' $fragmentRefs'?: { 'ComplaintItemFragment': ComplaintItemFragment } }
  ) };

export type RecordDbsMutationVariables = Exact<{
  id: string | number;
  input: StaffComplianceInput;
}>;


export type RecordDbsMutation = { recordStaffCompliance: { id: string } };

export type RecordTrainingMutationVariables = Exact<{
  id: string | number;
  input: StaffTrainingInput;
}>;


export type RecordTrainingMutation = { recordStaffTraining: { id: string } };

export type RecordStaffAppraisalMutationVariables = Exact<{
  id: string | number;
  input: AppraisalInput;
}>;


export type RecordStaffAppraisalMutation = { recordStaffAppraisal: { staffId: string } };

export type DeclareStaffConflictMutationVariables = Exact<{
  id: string | number;
  input: ConflictInput;
}>;


export type DeclareStaffConflictMutation = { declareConflict: { id: string } };

export type WithdrawStaffConflictMutationVariables = Exact<{
  id: string | number;
  input: WithdrawConflictInput;
}>;


export type WithdrawStaffConflictMutation = { withdrawConflict: { id: string, withdrawnOn: string | null } };

export type ComplianceRecordFragment = { staffId: string, displayName: string, role: StaffRole, holdsCases: boolean, dbsEnhanced: boolean, dbsCheckedOn: string | null, dbsRenewalDueOn: string | null, dbsBarredListChecked: boolean, dbsBarredListCheckedOn: string | null, dbsUpdateService: boolean, dbsUpdateServiceRenewalOn: string | null, dbsEvidenceRef: string | null, confidentialitySignedOn: string | null, appraisalDueOn: string | null, training: Array<{ kind: TrainingKind, completedOn: string, expiresOn: string | null, evidenceRef: string | null }>, appraisals: Array<{ id: string, heldOn: string, appraiserName: string }>, conflicts: Array<{ id: string, kind: ConflictKind, subject: string, dateOfBirth: string | null, postcode: string | null, declaredOn: string, withdrawnOn: string | null, matchedByNameAlone: boolean }>, issues: Array<{ item: ComplianceItem, state: ComplianceState, dueOn: string | null, message: string }> } & { ' $fragmentName'?: 'ComplianceRecordFragment' };

export type ComplianceListQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplianceListQuery = { staffCompliance: Array<(
    { staffId: string, displayName: string, role: StaffRole }
    & { ' $fragmentRefs'?: { 'ComplianceRecordFragment': ComplianceRecordFragment } }
  )>, staffAccounts: { canManage: boolean } };

export type FolderDocumentsQueryVariables = Exact<{
  caseId?: string | number | null | undefined;
  referralId?: string | number | null | undefined;
  personId?: string | number | null | undefined;
  withVoided?: boolean | null | undefined;
}>;


export type FolderDocumentsQuery = { documents: Array<{ id: string, seriesId: string, version: number, name: string, contentType: string, sizeBytes: number, uploadedAt: string, uploadedBy: string, attachedTo: DocumentAttachment, previewable: boolean, voidedAt: string | null, voidedBy: string | null, voidReason: string | null, letterKind: string | null, letterFormat: string | null, earlierVersions: Array<{ id: string, version: number, name: string, sizeBytes: number, uploadedAt: string, uploadedBy: string }> }> };

export type VoidDocumentMutationVariables = Exact<{
  id: string | number;
  input: VoidDocumentInput;
}>;


export type VoidDocumentMutation = { voidDocument: { id: string, voidedAt: string | null, voidReason: string | null } };

export type SubmitEvaluationMutationVariables = Exact<{
  token: string;
  answers: EvaluationAnswersInput;
}>;


export type SubmitEvaluationMutation = { submitEvaluation: { ' $fragmentRefs'?: { 'EvaluationReceiptFragment': EvaluationReceiptFragment } } };

export type MonitoringNotesQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitoringNotesQuery = { monitoringNotes: Array<{ id: string, kind: MonitoringKind, category: PoorPracticeCategory | null, agencyType: AgencyType | null, month: string, summary: string }> };

export type RecordMonitoringNoteFormMutationVariables = Exact<{
  input: RecordMonitoringNoteInput;
}>;


export type RecordMonitoringNoteFormMutation = { recordMonitoringNote: { id: string } };

export type RecordAnonymousEnquiryFromIntakeMutationVariables = Exact<{
  input: AnonymousEnquiryInput;
}>;


export type RecordAnonymousEnquiryFromIntakeMutation = { recordAnonymousEnquiry: { id: string, channel: ReferralChannel, topic: EnquiryTopic | null, receivedOn: string } };

export type RecordInformationCallFromIntakeMutationVariables = Exact<{
  input: InformationCallInput;
}>;


export type RecordInformationCallFromIntakeMutation = { recordInformationCall: { id: string, reference: string, caseId: string | null } };

export type CreateReferralFromIntakeMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralFromIntakeMutation = { createReferral: { id: string, reference: string, status: ReferralStatus, possibleDuplicate: boolean } };

export type LetterTemplatesEditorQueryVariables = Exact<{ [key: string]: never; }>;


export type LetterTemplatesEditorQuery = { letterTemplates: Array<{ kind: string, title: string, easyRead: boolean, body: string, customised: boolean, updatedAt: string | null, updatedBy: string | null }>, letterPlaceholders: Array<{ name: string, description: string }> };

export type SaveLetterTemplateWordingMutationVariables = Exact<{
  input: SaveLetterTemplateInput;
}>;


export type SaveLetterTemplateWordingMutation = { saveLetterTemplate: { kind: string, easyRead: boolean, customised: boolean } };

export type ResetLetterTemplateWordingMutationVariables = Exact<{
  input: ResetLetterTemplateInput;
}>;


export type ResetLetterTemplateWordingMutation = { resetLetterTemplate: { kind: string, easyRead: boolean, body: string, customised: boolean } };

export type LetterPreviewWordingQueryVariables = Exact<{
  input: PreviewLetterInput;
}>;


export type LetterPreviewWordingQuery = { letterPreview: { text: string, format: string, pdf: string } };

export type SendLetterMutationVariables = Exact<{
  input: SendLetterInput;
}>;


export type SendLetterMutation = { sendLetter: { format: string, printableOnce: string | null, document: { id: string, name: string, letterFormat: string | null } } };

export type LetterKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type LetterKindsQuery = { letterTemplates: Array<{ kind: string, title: string, easyRead: boolean, onReferral: boolean }> };

export type NotificationDeliveryItemFragment = { id: string, kind: NotificationKind, state: NotificationState, attempts: number, recipientName: string | null, reference: string | null, createdAt: string, nextAttemptAt: string | null, sentAt: string | null, lastError: string | null } & { ' $fragmentName'?: 'NotificationDeliveryItemFragment' };

export type NotificationDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationDeliveriesQuery = { notificationStatus: { enabled: boolean, queued: number, retrying: number, failed: number }, notificationDeliveries: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'NotificationDeliveryItemFragment': NotificationDeliveryItemFragment } }
  )> };

export type RetryNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryNotificationMutation = { retryNotification: (
    { id: string }
    & { ' $fragmentRefs'?: { 'NotificationDeliveryItemFragment': NotificationDeliveryItemFragment } }
  ) };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { myNotificationPreferences: { safeguarding: boolean, allocation: boolean, overdueDigest: boolean, available: Array<NotificationKind> } };

export type SaveNotificationPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type SaveNotificationPreferencesMutation = { updateMyNotificationPreferences: { safeguarding: boolean, allocation: boolean, overdueDigest: boolean, available: Array<NotificationKind> } };

export type OverdueListItemFragment = { id: string, kind: OverdueKind, label: string, dueAt: string, referralId: string | null, assigneeName: string | null, assigneeStaffId: string | null, subjectType: string, subjectId: string, upcomingOn: string | null } & { ' $fragmentName'?: 'OverdueListItemFragment' };

export type OverdueItemsQueryVariables = Exact<{
  scope?: OverdueScope | null | undefined;
}>;


export type OverdueItemsQuery = { overdueItems: Array<{ ' $fragmentRefs'?: { 'OverdueListItemFragment': OverdueListItemFragment } }> };

export type OverdueItemRaisedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OverdueItemRaisedSubscription = { overdueItemRaised: { ' $fragmentRefs'?: { 'OverdueListItemFragment': OverdueListItemFragment } } };

export type SelfReferralReceiptFragment = { reference: string | null, recorded: boolean, eligible: boolean, responsePromise: string } & { ' $fragmentName'?: 'SelfReferralReceiptFragment' };

export type SubmitSelfReferralMutationVariables = Exact<{
  input: SelfReferralInput;
}>;


export type SubmitSelfReferralMutation = { submitSelfReferral: { ' $fragmentRefs'?: { 'SelfReferralReceiptFragment': SelfReferralReceiptFragment } } };

export type CaseListScreenQueryVariables = Exact<{
  filter?: CaseListFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseListScreenQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { caseId: string, reference: string, status: CaseStatus, level: number, openedAt: string, closedAt: string | null, heldById: string | null, heldBy: string | null, contactName: string | null, childName: string | null } }> } };

export type CorrectionItemFragment = { id: string, entityType: string, field: string, previousValue: string | null, newValue: string | null, reason: string | null, changedBy: string, changedAt: string, entryVoided: boolean } & { ' $fragmentName'?: 'CorrectionItemFragment' };

export type FamilyRecordScreenQueryVariables = Exact<{
  id: string | number;
  withVoided?: boolean | null | undefined;
}>;


export type FamilyRecordScreenQuery = { person: { id: string, fullName: string | null, email: string | null, phone: string | null, address: string | null, postcode: string | null, erased: boolean, mergedIntoId: string | null, referrals: Array<{ id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, level: number | null, childName: string | null, childDateOfBirth: string | null, caseId: string | null, caseStatus: CaseStatus | null, repeat: boolean }>, activities: Array<{ id: string, caseId: string, referralReference: string, kind: ActivityKind, occurredAt: string, minutes: number, summary: string | null, staffDisplayName: string, voided: boolean, voidReason: string | null, withFamily: boolean, consentId: string | null, partyName: string | null }>, consents: Array<{ id: string, caseId: string, partyName: string, granted: boolean, givenOn: string, reviewOn: string, withdrawnOn: string | null }>, keyDates: Array<{ id: string, kind: KeyDateKind, on: string, notes: string | null, derived: boolean, voided: boolean, voidReason: string | null }>, corrections: Array<{ ' $fragmentRefs'?: { 'CorrectionItemFragment': CorrectionItemFragment } }>, possibleDuplicates: Array<{ personId: string, fullName: string | null, matchedOn: string, referralCount: number }> } };

export type CorrectContactScreenMutationVariables = Exact<{
  input: CorrectContactInput;
}>;


export type CorrectContactScreenMutation = { correctContact: { id: string } };

export type VoidActivityScreenMutationVariables = Exact<{
  input: VoidActivityInput;
}>;


export type VoidActivityScreenMutation = { voidActivity: { id: string, voided: boolean } };

export type CorrectChildScreenMutationVariables = Exact<{
  input: CorrectChildInput;
}>;


export type CorrectChildScreenMutation = { correctChild: { id: string } };

export type CorrectReferralScreenMutationVariables = Exact<{
  input: CorrectReferralInput;
}>;


export type CorrectReferralScreenMutation = { correctReferral: { id: string } };

export type CorrectActivityScreenMutationVariables = Exact<{
  input: CorrectActivityInput;
}>;


export type CorrectActivityScreenMutation = { correctActivity: { id: string } };

export type CorrectKeyDateScreenMutationVariables = Exact<{
  input: CorrectKeyDateInput;
}>;


export type CorrectKeyDateScreenMutation = { correctKeyDate: { id: string } };

export type VoidKeyDateScreenMutationVariables = Exact<{
  input: VoidKeyDateInput;
}>;


export type VoidKeyDateScreenMutation = { voidKeyDate: { id: string } };

export type CorrectConsentScreenMutationVariables = Exact<{
  input: CorrectConsentInput;
}>;


export type CorrectConsentScreenMutation = { correctConsent: { id: string } };

export type MergePeopleScreenMutationVariables = Exact<{
  input: MergePeopleInput;
}>;


export type MergePeopleScreenMutation = { mergePeople: { id: string } };

export type SearchRecordsScreenQueryVariables = Exact<{
  input: RecordSearchInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchRecordsScreenQuery = { searchRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { referralId: string, reference: string, status: ReferralStatus, receivedAt: string, access: RecordAccess, personId: string | null, contactName: string | null, childName: string | null, heldBy: string | null, childDateOfBirth: string | null, postcode: string | null, phone: string | null, email: string | null } }> } };

export type RaiseSafeguardingConcernMutationVariables = Exact<{
  input: RaiseSafeguardingConcernInput;
}>;


export type RaiseSafeguardingConcernMutation = { raiseSafeguardingConcern: { id: string, raisedAt: string } };

export type ConcernBannerFragment = { id: string, referralId: string, referralReference: string, summary: string | null, raisedAt: string, raisedByName: string } & { ' $fragmentName'?: 'ConcernBannerFragment' };

export type SafeguardingAlertSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SafeguardingAlertSubscription = { safeguardingAlert: (
    { id: string, acknowledgedAt: string | null }
    & { ' $fragmentRefs'?: { 'ConcernBannerFragment': ConcernBannerFragment } }
  ) };

export type UnacknowledgedSafeguardingConcernsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnacknowledgedSafeguardingConcernsQuery = { unacknowledgedSafeguardingConcerns: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'ConcernBannerFragment': ConcernBannerFragment } }
  )> };

export type AcknowledgeSafeguardingConcernMutationVariables = Exact<{
  id: string | number;
  outcome: string;
}>;


export type AcknowledgeSafeguardingConcernMutation = { acknowledgeSafeguardingConcern: { id: string, acknowledgedAt: string | null, acknowledgedByName: string | null, outcome: string | null } };

export type SettingsFormQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsFormQuery = { serviceSettings: { closureDays: Array<string>, responseTargetDays: number, responseMaxDays: number, suppressionK: number, volunteerMaxLevel: number, supervisionOfficerWeeks: number, supervisionVolunteerWeeks: number, inactiveCaseDays: number, acceptWithinHours: number, safeguardingAckMinutes: number, dbsWarningDays: number, keyDateWarningDays: number, meetingFollowUpWorkingDays: number, reopenWithinMonths: number, conductRecordedBy: ConductRecordedBy, areaPostcodeDistricts: Array<string>, documentFileMaxMb: number, documentFolderMaxMb: number, officeHours: { timeZone: string, days: Array<number>, open: string, close: string } } };

export type SaveServiceSettingsMutationVariables = Exact<{
  input: ServiceSettingsInput;
}>;


export type SaveServiceSettingsMutation = { updateServiceSettings: { closureDays: Array<string> } };

export type StatsPeriodFieldsFragment = { from: string, to: string, referralsReceived: { key: string, label: string, display: string, suppressed: boolean, value: number | null }, anonymousEnquiries: { key: string, label: string, display: string, suppressed: boolean, value: number | null }, waitingAtPeriodEnd: { key: string, label: string, display: string, suppressed: boolean, value: number | null }, peakWaitingList: { key: string, label: string, display: string, suppressed: boolean, value: number | null }, responseMaximumBreached: { key: string, label: string, display: string, suppressed: boolean, value: number | null }, safeguardingConcerns: { key: string, label: string, display: string, suppressed: boolean, value: number | null }, responseTimes: Array<{ key: string, label: string, display: string, suppressed: boolean, unit: string, value: number | null }>, evaluationResponseRate: { key: string, label: string, display: string, suppressed: boolean, unit: string, value: number | null }, evaluationScores: Array<{ key: string, label: string, display: string, suppressed: boolean, unit: string, value: number | null }>, activityHoursByKind: Array<{ key: string, label: string, display: string, suppressed: boolean, unit: string, value: number | null }>, caseDurationByLevel: Array<{ key: string, label: string, display: string, suppressed: boolean, unit: string, value: number | null }>, referralsByChannel: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, referralsBySource: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, referralsByHowHeard: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, referralsByStage: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, referralsByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, referralsByAgeBand: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, referralsByPrimaryNeed: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, referralsByEthnicity: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, casesOpenedByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, casesClosedByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, casesOpenAtEndByLevel: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, activitiesByKind: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, levelChanges: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, casesReopened: { key: string, label: string, display: string, suppressed: boolean, value: number | null }, sessionsByTopic: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, sessionsByKind: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, sessionAttendanceByTopic: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, sessionEvaluationScores: Array<{ key: string, label: string, display: string, suppressed: boolean, unit: string, value: number | null }>, poorPracticeByCategory: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, positiveOutcomes: { key: string, label: string, display: string, suppressed: boolean, value: number | null }, meetingsByStatus: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, hearingsSupported: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, evaluations: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } }, feedback: { key: string, title: string, cells: Array<{ key: string, label: string, display: string, suppressed: boolean, value: number | null }>, total: { key: string, label: string, display: string, suppressed: boolean, value: number | null } } } & { ' $fragmentName'?: 'StatsPeriodFieldsFragment' };

export type ServiceStatsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ServiceStatsQuery = { serviceStats: { figures: StatFigures, footnotes: Array<string>, suppressionMark: string, suppressionThreshold: number, current: { ' $fragmentRefs'?: { 'StatsPeriodFieldsFragment': StatsPeriodFieldsFragment } }, previous: { ' $fragmentRefs'?: { 'StatsPeriodFieldsFragment': StatsPeriodFieldsFragment } } } };

export type NationalStatsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type NationalStatsQuery = { nationalStats: { available: boolean, reason: string | null, minimumServices: number, contributingServices: number, figures: StatFigures, footnotes: Array<string>, suppressionThreshold: number, current: { referralsReceived: { key: string, display: string, suppressed: boolean }, activityHoursByKind: Array<{ key: string, display: string, suppressed: boolean }>, referralsByChannel: { key: string, cells: Array<{ key: string, display: string, suppressed: boolean }>, total: { key: string, display: string, suppressed: boolean } }, referralsBySource: { key: string, cells: Array<{ key: string, display: string, suppressed: boolean }>, total: { key: string, display: string, suppressed: boolean } }, referralsByHowHeard: { key: string, cells: Array<{ key: string, display: string, suppressed: boolean }>, total: { key: string, display: string, suppressed: boolean } }, referralsByStage: { key: string, cells: Array<{ key: string, display: string, suppressed: boolean }>, total: { key: string, display: string, suppressed: boolean } }, referralsByLevel: { key: string, cells: Array<{ key: string, display: string, suppressed: boolean }>, total: { key: string, display: string, suppressed: boolean } }, referralsByAgeBand: { key: string, cells: Array<{ key: string, display: string, suppressed: boolean }>, total: { key: string, display: string, suppressed: boolean } }, referralsByPrimaryNeed: { key: string, cells: Array<{ key: string, display: string, suppressed: boolean }>, total: { key: string, display: string, suppressed: boolean } }, referralsByEthnicity: { key: string, cells: Array<{ key: string, display: string, suppressed: boolean }>, total: { key: string, display: string, suppressed: boolean } }, activitiesByKind: { key: string, cells: Array<{ key: string, display: string, suppressed: boolean }>, total: { key: string, display: string, suppressed: boolean } } } | null } };

export type ServiceStatsCsvQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ServiceStatsCsvQuery = { serviceStatsCsv: string };

export type ServiceStatsReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ServiceStatsReportQuery = { serviceStatsReport: string };

export type ServiceStatsTrendQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ServiceStatsTrendQuery = { serviceStatsTrend: { figures: StatFigures, months: Array<{ from: string, to: string, referralsReceived: { value: number | null, display: string, suppressed: boolean }, responseTimes: Array<{ key: string, value: number | null, display: string, suppressed: boolean }> }> } };

export type RecordSupervisionMutationVariables = Exact<{
  input: RecordSupervisionInput;
}>;


export type RecordSupervisionMutation = { recordSupervision: (
    { id: string }
    & { ' $fragmentRefs'?: { 'SupervisionItemFragment': SupervisionItemFragment } }
  ) };

export type SupervisionItemFragment = { id: string, heldOn: string, kind: SupervisionKind, topics: Array<SupervisionTopic>, notes: string | null, supervisor: { id: string, displayName: string }, attendees: Array<{ id: string, displayName: string }> } & { ' $fragmentName'?: 'SupervisionItemFragment' };

export type SupervisionsQueryVariables = Exact<{
  staffId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type SupervisionsQuery = { supervisions: { edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'SupervisionItemFragment': SupervisionItemFragment } }
      ) }>, pageInfo: { hasNextPage: boolean } } };

export type ScheduleRowFragment = { everyWeeks: number, lastSupervisedOn: string | null, lastGroupSupportOn: string | null, nextDueOn: string, overdue: boolean, staff: { id: string, displayName: string, role: StaffRole } } & { ' $fragmentName'?: 'ScheduleRowFragment' };

export type SupervisionScheduleQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionScheduleQuery = { supervisionSchedule: Array<(
    { nextDueOn: string, overdue: boolean, staff: { id: string, displayName: string } }
    & { ' $fragmentRefs'?: { 'ScheduleRowFragment': ScheduleRowFragment } }
  )> };

export type ReassignmentPreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ReassignmentPreviewQuery = { reassignmentPlan: { fromStaffId: string, fromDisplayName: string, fromActive: boolean, cases: Array<{ caseId: string, referralId: string, reference: string, level: number, suggestedStaffId: string | null, candidates: Array<{ staffId: string, displayName: string, openCases: number, capacity: number, blockingReasons: Array<{ code: BlockingReasonCode, message: string }> }> }> } };

export type ReassignLeaverCasesMutationVariables = Exact<{
  input: ReassignCasesInput;
}>;


export type ReassignLeaverCasesMutation = { reassignCases: { reassigned: number } };

export type LeaversWithCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type LeaversWithCasesQuery = { staffToReassign: Array<{ staffId: string, displayName: string, openCases: number }> };

export type TeamMemberQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamMemberQuery = { team: Array<(
    { id: string, displayName: string, role: StaffRole, capacity: number, openCases: number, blockingReasons: Array<{ code: BlockingReasonCode, message: string }> }
    & { ' $fragmentRefs'?: { 'CaseloadByLevelFragment': CaseloadByLevelFragment } }
  )> };

export type TeamMemberSupervisionQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamMemberSupervisionQuery = { supervisionSchedule: Array<{ everyWeeks: number, nextDueOn: string, overdue: boolean, lastSupervisedOn: string | null, lastGroupSupportOn: string | null, staff: { id: string }, compliance: { dbsEnhanced: boolean, dbsExpired: boolean, dbsRenewalDueOn: string | null, dbsRenewalDueSoon: boolean, confidentialitySigned: boolean, confidentialitySignedOn: string | null, training: Array<{ kind: TrainingKind, completedOn: string, expiresOn: string | null, expired: boolean, expiringSoon: boolean }> } }> };

export type TeamWorkloadQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamWorkloadQuery = { team: Array<(
    { id: string, role: StaffRole, capacity: number, openCases: number, caseload: Array<{ level: number, openCases: number }> }
    & { ' $fragmentRefs'?: { 'TeamRowFragment': TeamRowFragment } }
  )> };

export type TeamRowFragment = (
  { id: string, displayName: string, role: StaffRole, capacity: number, openCases: number, blockingReasons: Array<{ code: BlockingReasonCode, message: string }> }
  & { ' $fragmentRefs'?: { 'CaseloadByLevelFragment': CaseloadByLevelFragment } }
) & { ' $fragmentName'?: 'TeamRowFragment' };

export type ComplianceFragment = { nextDueOn: string, overdue: boolean, compliance: { dbsExpired: boolean, dbsRenewalDueOn: string | null, dbsRenewalDueSoon: boolean, confidentialitySigned: boolean, trainingExpired: boolean, trainingExpiringSoon: boolean } } & { ' $fragmentName'?: 'ComplianceFragment' };

export type TeamComplianceQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamComplianceQuery = { supervisionSchedule: Array<(
    { staff: { id: string } }
    & { ' $fragmentRefs'?: { 'ComplianceFragment': ComplianceFragment } }
  )> };

export type ResponseCountdownFragment = { responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null } & { ' $fragmentName'?: 'ResponseCountdownFragment' };

export type TriageQueueRowFragment = (
  { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, priority: number, priorityOverride: number | null, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, safeguardingFlag: boolean, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, accessibilityNeeds: Array<AccessibilityNeed> } | null, child: { fullName: string | null, ageYears: number | null } | null }
  & { ' $fragmentRefs'?: { 'ResponseCountdownFragment': ResponseCountdownFragment } }
) & { ' $fragmentName'?: 'TriageQueueRowFragment' };

export type ReferralSummaryFragment = (
  { id: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, priority: number, priorityOverride: number | null, priorityOverrideReason: string | null, eligibility: Eligibility, possibleDuplicate: boolean, currentStage: CurrentStage, decisionMaker: DecisionMaker, reasonForReferral: string | null, referrerName: string | null, referrerOrganisation: string | null, priorityReasons: Array<{ code: string, label: string, weight: number }>, eligibilityChecks: Array<{ code: string, label: string, met: boolean | null }>, conductFlag: { matchedOn: string, removedOn: string | null } | null, keyDates: Array<{ id: string, kind: KeyDateKind, on: string, rule: string | null }>, contact: { fullName: string | null, phone: string | null, email: string | null, address: string | null, postcode: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed>, interpreterLanguage: string | null } | null, child: { fullName: string | null, ageYears: number | null, dateOfBirth: string | null, educationSetting: string | null, needsOverview: string | null, diagnosisStatus: DiagnosisStatus } | null }
  & { ' $fragmentRefs'?: { 'ResponseCountdownFragment': ResponseCountdownFragment } }
) & { ' $fragmentName'?: 'ReferralSummaryFragment' };

export type TriageDecisionFragment = { id: string, eligibility: Eligibility, level: number | null, ineligibleReason: string | null, signposting: string | null, triageNotes: string | null, triagedAt: string | null, priority: number, priorityOverride: number | null, priorityOverrideReason: string | null, priorityReasons: Array<{ code: string, weight: number }> } & { ' $fragmentName'?: 'TriageDecisionFragment' };

export type TriageFormFragment = { id: string, eligibility: Eligibility, level: number | null, priority: number, priorityOverride: number | null, priorityOverrideReason: string | null, ineligibleReason: string | null, signposting: string | null, triageNotes: string | null, safeguardingFlag: boolean, priorityReasons: Array<{ code: string, weight: number }> } & { ' $fragmentName'?: 'TriageFormFragment' };

export type TriageReferralMutationVariables = Exact<{
  input: TriageReferralInput;
}>;


export type TriageReferralMutation = { triageReferral: (
    { id: string, status: ReferralStatus, eligibility: Eligibility, level: number | null }
    & { ' $fragmentRefs'?: { 'ReferralSummaryFragment': ReferralSummaryFragment;'TriageFormFragment': TriageFormFragment;'TriageDecisionFragment': TriageDecisionFragment } }
  ) };

export type TriageQueueEntryFragment = (
  { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, priority: number, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, safeguardingFlag: boolean, child: { fullName: string | null } | null, contact: { fullName: string | null } | null, priorityReasons: Array<{ label: string }> }
  & { ' $fragmentRefs'?: { 'TriageQueueRowFragment': TriageQueueRowFragment } }
) & { ' $fragmentName'?: 'TriageQueueEntryFragment' };

export type TriageQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TriageQueueFilter | null | undefined;
}>;


export type TriageQueueQuery = { triageQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { ' $fragmentRefs'?: { 'TriageQueueEntryFragment': TriageQueueEntryFragment } } }> } };

export type TriageQueueChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TriageQueueChangedSubscription = { triageQueueChanged: { change: QueueChange, referralId: string, referral: { ' $fragmentRefs'?: { 'TriageQueueEntryFragment': TriageQueueEntryFragment } } | null } };

export type GroupSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupSessionsQuery = { groupSessions: Array<{ id: string, kind: SessionKind, title: string, heldOn: string, topic: SessionTopic, facilitator: string, attendance: number, evaluationForms: number, meanUsefulness: number | null, meanImpartiality: number | null, attendees: Array<{ personId: string, fullName: string | null, attended: boolean }> }> };

export type SessionAttendeeChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionAttendeeChoicesQuery = { sessionAttendeeChoices: Array<{ personId: string, fullName: string | null }> };

export type RecordGroupSessionFormMutationVariables = Exact<{
  input: RecordGroupSessionInput;
}>;


export type RecordGroupSessionFormMutation = { recordGroupSession: { id: string } };

export type RecordSessionEvaluationsFormMutationVariables = Exact<{
  input: RecordSessionEvaluationsInput;
}>;


export type RecordSessionEvaluationsFormMutation = { recordSessionEvaluations: { id: string, evaluationForms: number, meanUsefulness: number | null, meanImpartiality: number | null } };

export type EvaluationReceiptFragment = { message: string } & { ' $fragmentName'?: 'EvaluationReceiptFragment' };

export const AccountRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"holdsCases"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxLevel"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}}]} as unknown as DocumentNode<AccountRowFragment, unknown>;
export const CaseloadByLevelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseloadByLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}}]}}]} as unknown as DocumentNode<CaseloadByLevelFragment, unknown>;
export const AllocationCandidateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationCandidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"blockingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseloadByLevel"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseloadByLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}}]}}]} as unknown as DocumentNode<AllocationCandidateFragment, unknown>;
export const AllocationStatusFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]} as unknown as DocumentNode<AllocationStatusFragment, unknown>;
export const AllocationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"childInitials"}},{"kind":"Field","name":{"kind":"Name","value":"primaryNeed"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<AllocationItemFragment, unknown>;
export const MyAllocationsEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAllocationsEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationItem"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"childInitials"}},{"kind":"Field","name":{"kind":"Name","value":"primaryNeed"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<MyAllocationsEntryFragment, unknown>;
export const PooledReferralRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PooledReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PooledReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"primaryNeed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedToPoolAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PooledReferralRowFragment, unknown>;
export const ViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"isDeploymentAdmin"}}]}}]} as unknown as DocumentNode<ViewerFragment, unknown>;
export const ResponseCountdownFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}}]} as unknown as DocumentNode<ResponseCountdownFragment, unknown>;
export const ActivityItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"withFamily"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayClaimExpense"}},{"kind":"Field","name":{"kind":"Name","value":"expense"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"miles"}},{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ActivityItemFragment, unknown>;
export const ConsentItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"partyType"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"mayShare"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]} as unknown as DocumentNode<ConsentItemFragment, unknown>;
export const LogActivityConsentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogActivityConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganisation"}}]}}]} as unknown as DocumentNode<LogActivityConsentFragment, unknown>;
export const MeetingItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}}]}}]} as unknown as DocumentNode<MeetingItemFragment, unknown>;
export const CaseKeyDatesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseKeyDates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keyDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"supersededById"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}}]}}]}}]} as unknown as DocumentNode<CaseKeyDatesFragment, unknown>;
export const ManageCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManages"}},{"kind":"Field","name":{"kind":"Name","value":"putForwardForClosureAt"}},{"kind":"Field","name":{"kind":"Name","value":"levelChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedByName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coworkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previousClosureReason"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}}]}}]}}]} as unknown as DocumentNode<ManageCaseFragment, unknown>;
export const CaseConductFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseConduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManages"}},{"kind":"Field","name":{"kind":"Name","value":"conductIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}},{"kind":"Field","name":{"kind":"Name","value":"letterSentOn"}}]}}]}}]} as unknown as DocumentNode<CaseConductFragment, unknown>;
export const CaseViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"closureNote"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManages"}},{"kind":"Field","name":{"kind":"Name","value":"capacityAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"putForwardForClosureAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingConcerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedByName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasonForReferral"}},{"kind":"Field","name":{"kind":"Name","value":"currentStage"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}},{"kind":"Field","name":{"kind":"Name","value":"educationSetting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseCountdown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentItem"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogActivityConsent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingItem"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseKeyDates"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageCase"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseConduct"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"withFamily"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayClaimExpense"}},{"kind":"Field","name":{"kind":"Name","value":"expense"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"miles"}},{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"partyType"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"mayShare"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogActivityConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganisation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseKeyDates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keyDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"supersededById"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManages"}},{"kind":"Field","name":{"kind":"Name","value":"putForwardForClosureAt"}},{"kind":"Field","name":{"kind":"Name","value":"levelChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedByName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coworkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previousClosureReason"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseConduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManages"}},{"kind":"Field","name":{"kind":"Name","value":"conductIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}},{"kind":"Field","name":{"kind":"Name","value":"letterSentOn"}}]}}]}}]} as unknown as DocumentNode<CaseViewFragment, unknown>;
export const ComplaintItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromWhom"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"loggedBy"}}]}}]} as unknown as DocumentNode<ComplaintItemFragment, unknown>;
export const ComplianceRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffComplianceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"holdsCases"}},{"kind":"Field","name":{"kind":"Name","value":"dbsEnhanced"}},{"kind":"Field","name":{"kind":"Name","value":"dbsCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dbsRenewalDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dbsBarredListChecked"}},{"kind":"Field","name":{"kind":"Name","value":"dbsBarredListCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dbsUpdateService"}},{"kind":"Field","name":{"kind":"Name","value":"dbsUpdateServiceRenewalOn"}},{"kind":"Field","name":{"kind":"Name","value":"dbsEvidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialitySignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"appraiserName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"declaredOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"matchedByNameAlone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ComplianceRecordFragment, unknown>;
export const NotificationDeliveryItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationDeliveryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<NotificationDeliveryItemFragment, unknown>;
export const OverdueListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverdueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverdueItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingOn"}}]}}]} as unknown as DocumentNode<OverdueListItemFragment, unknown>;
export const SelfReferralReceiptFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfReferralReceipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReferralReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"responsePromise"}}]}}]} as unknown as DocumentNode<SelfReferralReceiptFragment, unknown>;
export const CorrectionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Correction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entryVoided"}}]}}]} as unknown as DocumentNode<CorrectionItemFragment, unknown>;
export const ConcernBannerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernBanner"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafeguardingConcern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByName"}}]}}]} as unknown as DocumentNode<ConcernBannerFragment, unknown>;
export const StatsPeriodFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatsPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"referralsReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anonymousEnquiries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingAtPeriodEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peakWaitingList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseMaximumBreached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingConcerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResponseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluationScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activityHoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseDurationByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsBySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByHowHeard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByAgeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByPrimaryNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByEthnicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesOpenedByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesClosedByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesOpenAtEndByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activitiesByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesReopened"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsByTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionAttendanceByTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionEvaluationScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poorPracticeByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"positiveOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearingsSupported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<StatsPeriodFieldsFragment, unknown>;
export const SupervisionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supervision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<SupervisionItemFragment, unknown>;
export const ScheduleRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionScheduleEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"everyWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"lastSupervisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastGroupSupportOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<ScheduleRowFragment, unknown>;
export const TeamRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"blockingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseloadByLevel"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseloadByLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}}]}}]} as unknown as DocumentNode<TeamRowFragment, unknown>;
export const ComplianceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Compliance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionScheduleEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dbsExpired"}},{"kind":"Field","name":{"kind":"Name","value":"dbsRenewalDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dbsRenewalDueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialitySigned"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpired"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpiringSoon"}}]}}]}}]} as unknown as DocumentNode<ComplianceFragment, unknown>;
export const ReferralSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"conductFlag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentStage"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}},{"kind":"Field","name":{"kind":"Name","value":"reasonForReferral"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"referrerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"keyDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"educationSetting"}},{"kind":"Field","name":{"kind":"Name","value":"needsOverview"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisStatus"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseCountdown"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}}]} as unknown as DocumentNode<ReferralSummaryFragment, unknown>;
export const TriageDecisionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageDecision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleReason"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}},{"kind":"Field","name":{"kind":"Name","value":"triageNotes"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]} as unknown as DocumentNode<TriageDecisionFragment, unknown>;
export const TriageFormFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleReason"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}},{"kind":"Field","name":{"kind":"Name","value":"triageNotes"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}}]}}]} as unknown as DocumentNode<TriageFormFragment, unknown>;
export const TriageQueueRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseCountdown"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}}]} as unknown as DocumentNode<TriageQueueRowFragment, unknown>;
export const TriageQueueEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageQueueEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageQueueRow"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseCountdown"}}]}}]} as unknown as DocumentNode<TriageQueueEntryFragment, unknown>;
export const EvaluationReceiptFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationReceipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<EvaluationReceiptFragment, unknown>;
export const CaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Case"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseView"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"withFamily"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayClaimExpense"}},{"kind":"Field","name":{"kind":"Name","value":"expense"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"miles"}},{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"partyType"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"mayShare"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogActivityConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganisation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseKeyDates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keyDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"supersededById"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManages"}},{"kind":"Field","name":{"kind":"Name","value":"putForwardForClosureAt"}},{"kind":"Field","name":{"kind":"Name","value":"levelChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedByName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coworkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previousClosureReason"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseConduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManages"}},{"kind":"Field","name":{"kind":"Name","value":"conductIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}},{"kind":"Field","name":{"kind":"Name","value":"letterSentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"closureNote"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManages"}},{"kind":"Field","name":{"kind":"Name","value":"capacityAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"putForwardForClosureAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingConcerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedByName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasonForReferral"}},{"kind":"Field","name":{"kind":"Name","value":"currentStage"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}},{"kind":"Field","name":{"kind":"Name","value":"educationSetting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseCountdown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentItem"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogActivityConsent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingItem"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseKeyDates"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageCase"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseConduct"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Correction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entryVoided"}}]}}]} as unknown as DocumentNode<CaseQuery, CaseQueryVariables>;
export const IntakeReferralViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeReferralView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleReason"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"conductFlag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentStage"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}},{"kind":"Field","name":{"kind":"Name","value":"reasonForReferral"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"referrerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"keyDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"educationSetting"}},{"kind":"Field","name":{"kind":"Name","value":"needsOverview"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisStatus"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseCountdown"}}]}}]} as unknown as DocumentNode<IntakeReferralViewQuery, IntakeReferralViewQueryVariables>;
export const ReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageForm"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageDecision"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"conductFlag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentStage"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}},{"kind":"Field","name":{"kind":"Name","value":"reasonForReferral"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"referrerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"keyDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"educationSetting"}},{"kind":"Field","name":{"kind":"Name","value":"needsOverview"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisStatus"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseCountdown"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleReason"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}},{"kind":"Field","name":{"kind":"Name","value":"triageNotes"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageDecision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleReason"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}},{"kind":"Field","name":{"kind":"Name","value":"triageNotes"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]} as unknown as DocumentNode<ReferralQuery, ReferralQueryVariables>;
export const AllocatedCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllocatedCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationStatus"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]} as unknown as DocumentNode<AllocatedCaseQuery, AllocatedCaseQueryVariables>;
export const PublicServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"helplinePhone"}}]}}]}}]} as unknown as DocumentNode<PublicServiceQuery, PublicServiceQueryVariables>;
export const TeamMemberNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamMemberName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<TeamMemberNameQuery, TeamMemberNameQueryVariables>;
export const AccountsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"holdsCases"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxLevel"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}}]} as unknown as DocumentNode<AccountsListQuery, AccountsListQueryVariables>;
export const ChangeAccountRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAccountRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeStaffRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeStaffRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"holdsCases"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxLevel"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}}]} as unknown as DocumentNode<ChangeAccountRoleMutation, ChangeAccountRoleMutationVariables>;
export const ChangeAccountCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAccountCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeStaffCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeStaffCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"holdsCases"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxLevel"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}}]} as unknown as DocumentNode<ChangeAccountCapacityMutation, ChangeAccountCapacityMutationVariables>;
export const ResetAccountPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetAccountPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStaffPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"holdsCases"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxLevel"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}}]} as unknown as DocumentNode<ResetAccountPasswordMutation, ResetAccountPasswordMutationVariables>;
export const DeactivateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"holdsCases"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxLevel"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}}]} as unknown as DocumentNode<DeactivateAccountMutation, DeactivateAccountMutationVariables>;
export const ReactivateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"holdsCases"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxLevel"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}}]} as unknown as DocumentNode<ReactivateAccountMutation, ReactivateAccountMutationVariables>;
export const AddStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<AddStaffAccountMutation, AddStaffAccountMutationVariables>;
export const CreateFurtherServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFurtherService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFurtherServiceMutation, CreateFurtherServiceMutationVariables>;
export const AllocationAssignedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AllocationAssigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationAssigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAllocationsEntry"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"childInitials"}},{"kind":"Field","name":{"kind":"Name","value":"primaryNeed"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAllocationsEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationItem"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]} as unknown as DocumentNode<AllocationAssignedSubscription, AllocationAssignedSubscriptionVariables>;
export const AllocationCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllocationCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forReferralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationCandidate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseloadByLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationCandidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"blockingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseloadByLevel"}}]}}]} as unknown as DocumentNode<AllocationCandidatesQuery, AllocationCandidatesQueryVariables>;
export const AllocateReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]} as unknown as DocumentNode<AllocateReferralMutation, AllocateReferralMutationVariables>;
export const PublishToPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishToPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishToPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishToPoolMutation, PublishToPoolMutationVariables>;
export const MyAllocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAllocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAllocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAllocationsEntry"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"childInitials"}},{"kind":"Field","name":{"kind":"Name","value":"primaryNeed"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAllocationsEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationItem"}}]}}]} as unknown as DocumentNode<MyAllocationsQuery, MyAllocationsQueryVariables>;
export const AcceptAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allocationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allocationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allocationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAllocationsEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"childInitials"}},{"kind":"Field","name":{"kind":"Name","value":"primaryNeed"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAllocationsEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationItem"}}]}}]} as unknown as DocumentNode<AcceptAllocationMutation, AcceptAllocationMutationVariables>;
export const ReferralPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PooledReferralRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PooledReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PooledReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"primaryNeed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedToPoolAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ReferralPoolQuery, ReferralPoolQueryVariables>;
export const ClaimReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAllocationsEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"childInitials"}},{"kind":"Field","name":{"kind":"Name","value":"primaryNeed"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAllocationsEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationItem"}}]}}]} as unknown as DocumentNode<ClaimReferralMutation, ClaimReferralMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AuditPeopleQuery, AuditPeopleQueryVariables>;
export const AuditLogCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntriesCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<AuditLogCsvQuery, AuditLogCsvQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Viewer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"isDeploymentAdmin"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SetOwnPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOwnPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<SetOwnPasswordMutation, SetOwnPasswordMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Viewer"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"isDeploymentAdmin"}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const RecordActivityExpenseFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordActivityExpenseForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActivityExpenseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordActivityExpense"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"miles"}},{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RecordActivityExpenseFormMutation, RecordActivityExpenseFormMutationVariables>;
export const AddCaseKeyDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseKeyDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KeyDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addKeyDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCaseKeyDateMutation, AddCaseKeyDateMutationVariables>;
export const RecordMentalCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMentalCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMentalCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMentalCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}}]}}]}}]} as unknown as DocumentNode<RecordMentalCapacityMutation, RecordMentalCapacityMutationVariables>;
export const RecordConductIncidentFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConductIncidentForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConductIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConductIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}}]}}]}}]} as unknown as DocumentNode<RecordConductIncidentFormMutation, RecordConductIncidentFormMutationVariables>;
export const ReviewConductIncidentFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewConductIncidentForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewConductIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewConductIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}}]}}]}}]} as unknown as DocumentNode<ReviewConductIncidentFormMutation, ReviewConductIncidentFormMutationVariables>;
export const RecordConductLetterFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConductLetterForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConductLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConductLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"letterSentOn"}}]}}]}}]} as unknown as DocumentNode<RecordConductLetterFormMutation, RecordConductLetterFormMutationVariables>;
export const WithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"partyType"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"mayShare"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const CloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationToken"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"closureNote"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}}]}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const LogActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"withFamily"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayClaimExpense"}},{"kind":"Field","name":{"kind":"Name","value":"expense"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"miles"}},{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<LogActivityMutation, LogActivityMutationVariables>;
export const ChangeCaseLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCaseLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCaseLevelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCaseLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangeCaseLevelMutation, ChangeCaseLevelMutationVariables>;
export const ReopenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const AddCaseCoworkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseCoworker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCaseCoworkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseCoworker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCaseCoworkerMutation, AddCaseCoworkerMutationVariables>;
export const DecideClosureProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideClosureProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideClosureProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideClosureProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationToken"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DecideClosureProposalMutation, DecideClosureProposalMutationVariables>;
export const CoworkerChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoworkerChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CoworkerChoicesQuery, CoworkerChoicesQueryVariables>;
export const ScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}}]}}]} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const RecordMeetingOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeetingOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}}]}}]} as unknown as DocumentNode<RecordMeetingOutcomeMutation, RecordMeetingOutcomeMutationVariables>;
export const RecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"partyType"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"mayShare"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const ComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Complaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromWhom"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"loggedBy"}}]}}]} as unknown as DocumentNode<ComplaintsQuery, ComplaintsQueryVariables>;
export const UpdateComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromWhom"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"loggedBy"}}]}}]} as unknown as DocumentNode<UpdateComplaintMutation, UpdateComplaintMutationVariables>;
export const LogComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromWhom"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"loggedBy"}}]}}]} as unknown as DocumentNode<LogComplaintMutation, LogComplaintMutationVariables>;
export const RecordDbsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDbs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffComplianceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStaffCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordDbsMutation, RecordDbsMutationVariables>;
export const RecordTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStaffTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordTrainingMutation, RecordTrainingMutationVariables>;
export const RecordStaffAppraisalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordStaffAppraisal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStaffAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}}]}}]}}]} as unknown as DocumentNode<RecordStaffAppraisalMutation, RecordStaffAppraisalMutationVariables>;
export const DeclareStaffConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareStaffConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeclareStaffConflictMutation, DeclareStaffConflictMutationVariables>;
export const WithdrawStaffConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawStaffConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conflictId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]}}]} as unknown as DocumentNode<WithdrawStaffConflictMutation, WithdrawStaffConflictMutationVariables>;
export const ComplianceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffComplianceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"holdsCases"}},{"kind":"Field","name":{"kind":"Name","value":"dbsEnhanced"}},{"kind":"Field","name":{"kind":"Name","value":"dbsCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dbsRenewalDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dbsBarredListChecked"}},{"kind":"Field","name":{"kind":"Name","value":"dbsBarredListCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dbsUpdateService"}},{"kind":"Field","name":{"kind":"Name","value":"dbsUpdateServiceRenewalOn"}},{"kind":"Field","name":{"kind":"Name","value":"dbsEvidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialitySignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"appraiserName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"declaredOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"matchedByNameAlone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ComplianceListQuery, ComplianceListQueryVariables>;
export const FolderDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FolderDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withVoided"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"withVoided"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withVoided"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attachedTo"}},{"kind":"Field","name":{"kind":"Name","value":"previewable"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"letterKind"}},{"kind":"Field","name":{"kind":"Name","value":"letterFormat"}},{"kind":"Field","name":{"kind":"Name","value":"earlierVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}}]}}]}}]}}]} as unknown as DocumentNode<FolderDocumentsQuery, FolderDocumentsQueryVariables>;
export const VoidDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}}]}}]}}]} as unknown as DocumentNode<VoidDocumentMutation, VoidDocumentMutationVariables>;
export const SubmitEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationReceipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationReceipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SubmitEvaluationMutation, SubmitEvaluationMutationVariables>;
export const MonitoringNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<MonitoringNotesQuery, MonitoringNotesQueryVariables>;
export const RecordMonitoringNoteFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMonitoringNoteForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMonitoringNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMonitoringNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordMonitoringNoteFormMutation, RecordMonitoringNoteFormMutationVariables>;
export const RecordAnonymousEnquiryFromIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAnonymousEnquiryFromIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnonymousEnquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAnonymousEnquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<RecordAnonymousEnquiryFromIntakeMutation, RecordAnonymousEnquiryFromIntakeMutationVariables>;
export const RecordInformationCallFromIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInformationCallFromIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InformationCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInformationCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]} as unknown as DocumentNode<RecordInformationCallFromIntakeMutation, RecordInformationCallFromIntakeMutationVariables>;
export const CreateReferralFromIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReferralFromIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}}]}}]}}]} as unknown as DocumentNode<CreateReferralFromIntakeMutation, CreateReferralFromIntakeMutationVariables>;
export const LetterTemplatesEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LetterTemplatesEditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letterTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"easyRead"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"customised"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letterPlaceholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<LetterTemplatesEditorQuery, LetterTemplatesEditorQueryVariables>;
export const SaveLetterTemplateWordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveLetterTemplateWording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveLetterTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveLetterTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"easyRead"}},{"kind":"Field","name":{"kind":"Name","value":"customised"}}]}}]}}]} as unknown as DocumentNode<SaveLetterTemplateWordingMutation, SaveLetterTemplateWordingMutationVariables>;
export const ResetLetterTemplateWordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetLetterTemplateWording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetLetterTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetLetterTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"easyRead"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"customised"}}]}}]}}]} as unknown as DocumentNode<ResetLetterTemplateWordingMutation, ResetLetterTemplateWordingMutationVariables>;
export const LetterPreviewWordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LetterPreviewWording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letterPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"pdf"}}]}}]}}]} as unknown as DocumentNode<LetterPreviewWordingQuery, LetterPreviewWordingQueryVariables>;
export const SendLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"printableOnce"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"letterFormat"}}]}}]}}]}}]} as unknown as DocumentNode<SendLetterMutation, SendLetterMutationVariables>;
export const LetterKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LetterKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letterTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"easyRead"}},{"kind":"Field","name":{"kind":"Name","value":"onReferral"}}]}}]}}]} as unknown as DocumentNode<LetterKindsQuery, LetterKindsQueryVariables>;
export const NotificationDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationDeliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"retrying"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationDeliveryItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationDeliveryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<NotificationDeliveriesQuery, NotificationDeliveriesQueryVariables>;
export const RetryNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationDeliveryItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationDeliveryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<RetryNotificationMutation, RetryNotificationMutationVariables>;
export const MyNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeguarding"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDigest"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const SaveNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeguarding"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDigest"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<SaveNotificationPreferencesMutation, SaveNotificationPreferencesMutationVariables>;
export const OverdueItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OverdueScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverdueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverdueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverdueItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingOn"}}]}}]} as unknown as DocumentNode<OverdueItemsQuery, OverdueItemsQueryVariables>;
export const OverdueItemRaisedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OverdueItemRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueItemRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverdueListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverdueListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverdueItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingOn"}}]}}]} as unknown as DocumentNode<OverdueItemRaisedSubscription, OverdueItemRaisedSubscriptionVariables>;
export const SubmitSelfReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSelfReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSelfReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfReferralReceipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfReferralReceipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReferralReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"responsePromise"}}]}}]} as unknown as DocumentNode<SubmitSelfReferralMutation, SubmitSelfReferralMutationVariables>;
export const CaseListScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseListScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseListFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldById"}},{"kind":"Field","name":{"kind":"Name","value":"heldBy"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseListScreenQuery, CaseListScreenQueryVariables>;
export const FamilyRecordScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyRecordScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withVoided"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"withVoided"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withVoided"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"childDateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"repeat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"staffDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"withFamily"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"referralCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Correction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entryVoided"}}]}}]} as unknown as DocumentNode<FamilyRecordScreenQuery, FamilyRecordScreenQueryVariables>;
export const CorrectContactScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectContactScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CorrectContactScreenMutation, CorrectContactScreenMutationVariables>;
export const VoidActivityScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidActivityScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}}]}}]}}]} as unknown as DocumentNode<VoidActivityScreenMutation, VoidActivityScreenMutationVariables>;
export const CorrectChildScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectChildScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CorrectChildScreenMutation, CorrectChildScreenMutationVariables>;
export const CorrectReferralScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectReferralScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CorrectReferralScreenMutation, CorrectReferralScreenMutationVariables>;
export const CorrectActivityScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectActivityScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CorrectActivityScreenMutation, CorrectActivityScreenMutationVariables>;
export const CorrectKeyDateScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectKeyDateScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectKeyDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctKeyDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CorrectKeyDateScreenMutation, CorrectKeyDateScreenMutationVariables>;
export const VoidKeyDateScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidKeyDateScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidKeyDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidKeyDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VoidKeyDateScreenMutation, VoidKeyDateScreenMutationVariables>;
export const CorrectConsentScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectConsentScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CorrectConsentScreenMutation, CorrectConsentScreenMutationVariables>;
export const MergePeopleScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergePeopleScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergePeopleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergePeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MergePeopleScreenMutation, MergePeopleScreenMutationVariables>;
export const SearchRecordsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchRecordsScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSearchInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"heldBy"}},{"kind":"Field","name":{"kind":"Name","value":"childDateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchRecordsScreenQuery, SearchRecordsScreenQueryVariables>;
export const RaiseSafeguardingConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseSafeguardingConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseSafeguardingConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseSafeguardingConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}}]}}]}}]} as unknown as DocumentNode<RaiseSafeguardingConcernMutation, RaiseSafeguardingConcernMutationVariables>;
export const SafeguardingAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SafeguardingAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeguardingAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernBanner"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernBanner"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafeguardingConcern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByName"}}]}}]} as unknown as DocumentNode<SafeguardingAlertSubscription, SafeguardingAlertSubscriptionVariables>;
export const UnacknowledgedSafeguardingConcernsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnacknowledgedSafeguardingConcerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unacknowledgedSafeguardingConcerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernBanner"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernBanner"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafeguardingConcern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByName"}}]}}]} as unknown as DocumentNode<UnacknowledgedSafeguardingConcernsQuery, UnacknowledgedSafeguardingConcernsQueryVariables>;
export const AcknowledgeSafeguardingConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeSafeguardingConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeSafeguardingConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedByName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeSafeguardingConcernMutation, AcknowledgeSafeguardingConcernMutationVariables>;
export const SettingsFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"close"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closureDays"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetDays"}},{"kind":"Field","name":{"kind":"Name","value":"responseMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionK"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerMaxLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionOfficerWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionVolunteerWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveCaseDays"}},{"kind":"Field","name":{"kind":"Name","value":"acceptWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingAckMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dbsWarningDays"}},{"kind":"Field","name":{"kind":"Name","value":"keyDateWarningDays"}},{"kind":"Field","name":{"kind":"Name","value":"meetingFollowUpWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"reopenWithinMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conductRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"areaPostcodeDistricts"}},{"kind":"Field","name":{"kind":"Name","value":"documentFileMaxMb"}},{"kind":"Field","name":{"kind":"Name","value":"documentFolderMaxMb"}}]}}]}}]} as unknown as DocumentNode<SettingsFormQuery, SettingsFormQueryVariables>;
export const SaveServiceSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveServiceSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closureDays"}}]}}]}}]} as unknown as DocumentNode<SaveServiceSettingsMutation, SaveServiceSettingsMutationVariables>;
export const ServiceStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionMark"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsPeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsPeriodFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatsPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"referralsReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anonymousEnquiries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingAtPeriodEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peakWaitingList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseMaximumBreached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingConcerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResponseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluationScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activityHoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseDurationByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsBySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByHowHeard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByAgeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByPrimaryNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByEthnicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesOpenedByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesClosedByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesOpenAtEndByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activitiesByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesReopened"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsByTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionAttendanceByTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionEvaluationScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poorPracticeByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"positiveOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearingsSupported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceStatsQuery, ServiceStatsQueryVariables>;
export const NationalStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"minimumServices"}},{"kind":"Field","name":{"kind":"Name","value":"contributingServices"}},{"kind":"Field","name":{"kind":"Name","value":"figures"}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralsReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activityHoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsBySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByHowHeard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByAgeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByPrimaryNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByEthnicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activitiesByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NationalStatsQuery, NationalStatsQueryVariables>;
export const ServiceStatsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceStatsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceStatsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<ServiceStatsCsvQuery, ServiceStatsCsvQueryVariables>;
export const ServiceStatsReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceStatsReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceStatsReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<ServiceStatsReportQuery, ServiceStatsReportQueryVariables>;
export const ServiceStatsTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceStatsTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceStatsTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"trailingYear"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"referralsReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceStatsTrendQuery, ServiceStatsTrendQueryVariables>;
export const RecordSupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supervision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RecordSupervisionMutation, RecordSupervisionMutationVariables>;
export const SupervisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Supervisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supervision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<SupervisionsQuery, SupervisionsQueryVariables>;
export const SupervisionScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionScheduleEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"everyWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"lastSupervisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastGroupSupportOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<SupervisionScheduleQuery, SupervisionScheduleQueryVariables>;
export const ReassignmentPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReassignmentPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignmentPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromStaffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"fromDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"fromActive"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"blockingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReassignmentPreviewQuery, ReassignmentPreviewQueryVariables>;
export const ReassignLeaverCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignLeaverCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReassignCasesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassigned"}}]}}]}}]} as unknown as DocumentNode<ReassignLeaverCasesMutation, ReassignLeaverCasesMutationVariables>;
export const LeaversWithCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeaversWithCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffToReassign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}}]}}]} as unknown as DocumentNode<LeaversWithCasesQuery, LeaversWithCasesQueryVariables>;
export const TeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"blockingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseloadByLevel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseloadByLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}}]}}]} as unknown as DocumentNode<TeamMemberQuery, TeamMemberQueryVariables>;
export const TeamMemberSupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamMemberSupervision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"everyWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastSupervisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastGroupSupportOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dbsEnhanced"}},{"kind":"Field","name":{"kind":"Name","value":"dbsExpired"}},{"kind":"Field","name":{"kind":"Name","value":"dbsRenewalDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dbsRenewalDueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialitySigned"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialitySignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamMemberSupervisionQuery, TeamMemberSupervisionQueryVariables>;
export const TeamWorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamWorkload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseloadByLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"blockingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseloadByLevel"}}]}}]} as unknown as DocumentNode<TeamWorkloadQuery, TeamWorkloadQueryVariables>;
export const TeamComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Compliance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Compliance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionScheduleEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dbsExpired"}},{"kind":"Field","name":{"kind":"Name","value":"dbsRenewalDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dbsRenewalDueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialitySigned"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpired"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpiringSoon"}}]}}]}}]} as unknown as DocumentNode<TeamComplianceQuery, TeamComplianceQueryVariables>;
export const TriageReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriageReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriageReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageForm"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageDecision"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"conductFlag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentStage"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}},{"kind":"Field","name":{"kind":"Name","value":"reasonForReferral"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"referrerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"keyDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"educationSetting"}},{"kind":"Field","name":{"kind":"Name","value":"needsOverview"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisStatus"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseCountdown"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleReason"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}},{"kind":"Field","name":{"kind":"Name","value":"triageNotes"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageDecision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleReason"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}},{"kind":"Field","name":{"kind":"Name","value":"triageNotes"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]} as unknown as DocumentNode<TriageReferralMutation, TriageReferralMutationVariables>;
export const TriageQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TriageQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TriageQueueFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageQueueEntry"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseCountdown"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageQueueEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageQueueRow"}}]}}]} as unknown as DocumentNode<TriageQueueQuery, TriageQueueQueryVariables>;
export const TriageQueueChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TriageQueueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageQueueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageQueueEntry"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseCountdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseCountdown"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageQueueEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageQueueRow"}}]}}]} as unknown as DocumentNode<TriageQueueChangedSubscription, TriageQueueChangedSubscriptionVariables>;
export const GroupSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationForms"}},{"kind":"Field","name":{"kind":"Name","value":"meanUsefulness"}},{"kind":"Field","name":{"kind":"Name","value":"meanImpartiality"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]}}]} as unknown as DocumentNode<GroupSessionsQuery, GroupSessionsQueryVariables>;
export const SessionAttendeeChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionAttendeeChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionAttendeeChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<SessionAttendeeChoicesQuery, SessionAttendeeChoicesQueryVariables>;
export const RecordGroupSessionFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordGroupSessionForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordGroupSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordGroupSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordGroupSessionFormMutation, RecordGroupSessionFormMutationVariables>;
export const RecordSessionEvaluationsFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSessionEvaluationsForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionEvaluationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSessionEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationForms"}},{"kind":"Field","name":{"kind":"Name","value":"meanUsefulness"}},{"kind":"Field","name":{"kind":"Name","value":"meanImpartiality"}}]}}]}}]} as unknown as DocumentNode<RecordSessionEvaluationsFormMutation, RecordSessionEvaluationsFormMutationVariables>;