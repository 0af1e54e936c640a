import { ErrorCode } from "./errors.js";

/*
 * The vocabulary: every fixed list of values the service works with (statuses, channels, kinds,
 * categories), each value with its human label, in one catalogue. Each list is used from here by
 * the drizzle tables (pgEnum values, same order as the migrations), the zod validation, the SQL
 * (through `db/sql.ts`), the GraphQL enums (`graphql/enums.ts`, where each label becomes the enum
 * value's description in schema/schema.graphql, from which the dashboard takes its labels) and the
 * statistics (breakdown categories, CSV and report). Subsets with a meaning (statuses a referral is
 * "open" in, roles that hold cases) are rules: they live in the domains' `*.rules.ts`.
 */

/** A fixed list of values, each with its label; `name` and `description` are the GraphQL enum's. */
export interface Vocabulary<V extends string = string> {
  readonly name: string;
  readonly description: string | undefined;
  /** In declaration order: the order of the database enum and of every listing. */
  readonly values: readonly [V, ...V[]];
  readonly labels: Readonly<Record<V, string>>;
}

/** The values of a vocabulary, as a type. */
export type ValueOf<T extends Vocabulary> = T["values"][number];

const VALUE = /^[A-Z][A-Z0-9_]*$/;

/** A vocabulary from its labels, in the order written (values are UPPER_SNAKE, never integer-like, so the order holds). */
export function vocabulary<const L extends Record<string, string>>(
  name: string,
  labels: L,
  description?: string,
): Vocabulary<Extract<keyof L, string>> {
  const values = Object.keys(labels) as Extract<keyof L, string>[];
  const bad = values.filter((v) => !VALUE.test(v));
  if (bad.length > 0 || values.length === 0) throw new Error(`${name}: values must be UPPER_SNAKE (${bad.join(", ")})`);
  return Object.freeze({
    name,
    description,
    values: Object.freeze(values) as unknown as readonly [Extract<keyof L, string>, ...Extract<keyof L, string>[]],
    labels: Object.freeze({ ...labels }),
  });
}

/** A vocabulary of some values of another, with the same labels (e.g. the outcomes among meeting statuses). */
export function subset<V extends string, const S extends V>(
  of: Vocabulary<V>,
  name: string,
  values: readonly [S, ...S[]],
  description?: string,
): Vocabulary<S> {
  const labels = Object.fromEntries(values.map((v) => [v, of.labels[v]])) as Record<S, string>;
  return vocabulary(name, labels, description) as unknown as Vocabulary<S>;
}

/** Whether `value` is one of the vocabulary's values (for data read back as text). */
export const isValueOf = <V extends string>(vocab: Vocabulary<V>, value: unknown): value is V =>
  typeof value === "string" && Object.hasOwn(vocab.labels, value);

// ---- Staff ----

export const STAFF_ROLE = vocabulary(
  "StaffRole",
  {
    MANAGER: "Service manager",
    OFFICER: "Officer",
    VOLUNTEER: "Volunteer",
    STEERING: "Steering group member",
    ADMIN: "Administrator",
  },
  "What a staff member does in the service.",
);
export type StaffRole = ValueOf<typeof STAFF_ROLE>;

export const TRAINING_KIND = vocabulary("TrainingKind", {
  IPSEA_LEVEL_1: "IPSEA level 1",
  IPSEA_LEVEL_2: "IPSEA level 2",
  IPSEA_LEVEL_3: "IPSEA level 3 (legal training)",
  INDEPENDENT_SUPPORT: "Independent Support",
  SAFEGUARDING: "Safeguarding",
  INDUCTION: "Induction",
  OBSERVATION: "Observed in casework before working alone",
});
export type TrainingKind = ValueOf<typeof TRAINING_KIND>;

/** What a declared conflict of interest is with [002]: every kind the policy names. */
export const CONFLICT_KIND = vocabulary("ConflictKind", {
  FAMILY: "A family or a named person",
  EDUCATION_SETTING: "A school, nursery or college",
  PARENT_GROUP: "A parent support group",
  COLLEAGUE: "A colleague",
  AGENCY: "Another agency",
});
export type ConflictKind = ValueOf<typeof CONFLICT_KIND>;

/** A compliance record the service keeps about a staff member [001 DBS, Training, Confidentiality; 004]. */
export const COMPLIANCE_ITEM = vocabulary("ComplianceItem", {
  DBS: "Enhanced DBS check",
  BARRED_LIST: "Barred-list check",
  UPDATE_SERVICE: "DBS update service",
  CONFIDENTIALITY: "Confidentiality policy",
  INDUCTION: "Induction",
  SAFEGUARDING: "Safeguarding training",
  IPSEA_LEVEL_1: "IPSEA level 1",
  OBSERVATION: "Observation before lone casework",
  APPRAISAL: "Quarterly appraisal",
});
export type ComplianceItem = ValueOf<typeof COMPLIANCE_ITEM>;

export const COMPLIANCE_STATE = vocabulary("ComplianceState", {
  MISSING: "Missing",
  EXPIRED: "Expired or overdue",
  DUE_SOON: "Due soon",
});
export type ComplianceState = ValueOf<typeof COMPLIANCE_STATE>;

// ---- People ----

export const PERSON_ROLE = vocabulary("PersonRole", {
  PARENT_CARER: "Parent or carer",
  YOUNG_PERSON: "Young person",
});
export type PersonRole = ValueOf<typeof PERSON_ROLE>;

export const CONTACT_METHOD = vocabulary("ContactMethod", {
  PHONE: "Phone",
  EMAIL: "Email",
  TEXT: "Text message",
  LETTER: "Letter",
});
export type ContactMethod = ValueOf<typeof CONTACT_METHOD>;

export const ACCESSIBILITY_NEED = vocabulary("AccessibilityNeed", {
  LARGE_PRINT: "Large print",
  EASY_READ: "Easy read",
  INTERPRETER: "Interpreter",
  BSL: "British Sign Language (BSL)",
});
export type AccessibilityNeed = ValueOf<typeof ACCESSIBILITY_NEED>;

export const DIAGNOSIS_STATUS = vocabulary("DiagnosisStatus", {
  NONE: "No diagnosis",
  BEING_ASSESSED: "Being assessed",
  DIAGNOSED: "Diagnosed",
});
export type DiagnosisStatus = ValueOf<typeof DIAGNOSIS_STATUS>;

export const PRIMARY_NEED = vocabulary("PrimaryNeed", {
  COMMUNICATION_INTERACTION: "Communication and interaction",
  COGNITION_LEARNING: "Cognition and learning",
  SOCIAL_EMOTIONAL_MENTAL_HEALTH: "Social, emotional and mental health",
  SENSORY_PHYSICAL: "Sensory and/or physical",
  NOT_KNOWN: "Not known",
});
export type PrimaryNeed = ValueOf<typeof PRIMARY_NEED>;

/** Stored as text in the tables (see person/ethnicity.ts), so this list can grow without a migration. */
export const ETHNIC_GROUP = vocabulary(
  "EthnicGroup",
  {
    ASIAN: "Asian or Asian British",
    BLACK: "Black, Black British, Caribbean or African",
    MIXED: "Mixed or multiple ethnic groups",
    WHITE: "White",
    OTHER: "Other ethnic group",
    PREFER_NOT_TO_SAY: "Prefer not to say",
  },
  "Ethnic group, as the high-level categories of the 2021 census: a fixed list, never free text, as it stays in the anonymised statistics after erasure.",
);
export type EthnicGroup = ValueOf<typeof ETHNIC_GROUP>;

// ---- Referrals ----

export const REFERRAL_CHANNEL = vocabulary(
  "ReferralChannel",
  {
    HELPLINE: "Helpline (phone)",
    ANSWERPHONE: "Answerphone message",
    EMAIL: "Email",
    WEB_FORM: "Web form",
    LETTER: "Letter",
    IN_PERSON: "In person (events)",
    PROFESSIONAL: "Professional referral",
  },
  "How the referral reached the service.",
);
export type ReferralChannel = ValueOf<typeof REFERRAL_CHANNEL>;

export const REFERRAL_SOURCE = vocabulary(
  "ReferralSource",
  {
    PARENT_CARER: "Parent or carer",
    YOUNG_PERSON: "Young person",
    PROFESSIONAL: "Professional",
  },
  "Who made the referral.",
);
export type ReferralSource = ValueOf<typeof REFERRAL_SOURCE>;

export const PROFESSIONAL_TYPE = vocabulary("ProfessionalType", {
  SEN_ASSESSMENT_TEAM: "SEN assessment team",
  INDEPENDENT_SUPPORT: "Independent support",
  SOCIAL_WORKER: "Social worker",
  FAMILY_SUPPORT_WORKER: "Family support worker",
  HEALTH: "Health",
  SCHOOL_STAFF: "School staff",
  SERVICE_COORDINATOR: "Service co-ordinator",
  OTHER: "Other",
});
export type ProfessionalType = ValueOf<typeof PROFESSIONAL_TYPE>;

export const REFERRAL_STATUS = vocabulary("ReferralStatus", {
  NEW: "New",
  TRIAGED: "Triaged",
  POOLED: "In the pool",
  ALLOCATED: "Allocated",
  SIGNPOSTED: "Signposted",
  CLOSED: "Closed",
});
export type ReferralStatus = ValueOf<typeof REFERRAL_STATUS>;

export const ELIGIBILITY = vocabulary("Eligibility", {
  PENDING: "Not decided yet",
  ELIGIBLE: "Eligible",
  INELIGIBLE: "Not eligible",
});
export type Eligibility = ValueOf<typeof ELIGIBILITY>;

export const CURRENT_STAGE = vocabulary(
  "CurrentStage",
  {
    NO_SUPPORT_YET: "No support yet",
    SEN_SUPPORT: "SEN support",
    EHC_NEEDS_ASSESSMENT: "EHC needs assessment",
    DRAFT_PLAN: "Draft EHC plan",
    EHC_PLAN: "EHC plan",
    ANNUAL_REVIEW: "Annual review",
    APPEAL_TRIBUNAL: "Appeal or tribunal",
    EXCLUSION: "Exclusion",
    OTHER: "Other",
  },
  "Where the family is in the SEND process.",
);
export type CurrentStage = ValueOf<typeof CURRENT_STAGE>;

export const HOW_HEARD = vocabulary("HowHeard", {
  SCHOOL: "School",
  HEALTH: "Health",
  LOCAL_AUTHORITY: "Local authority",
  LOCAL_OFFER: "Local Offer",
  FRIEND_FAMILY: "Friend or family",
  SOCIAL_MEDIA: "Social media",
  EVENT: "Event",
  SEARCH_ENGINE: "Search engine",
  PREVIOUS_USE: "Used the service before",
  OTHER: "Other",
});
export type HowHeard = ValueOf<typeof HOW_HEARD>;

export const KEY_DATE_KIND = vocabulary("KeyDateKind", {
  MEETING: "Meeting",
  TRIBUNAL: "Tribunal",
  APPEAL_DEADLINE: "Appeal deadline",
  EXCLUSION_HEARING: "Exclusion hearing",
  EHC_NEEDS_ASSESSMENT_REQUEST: "EHC needs assessment requested",
  DECISION_TO_ASSESS_DUE: "Decision to assess due",
  FINAL_PLAN_DUE: "Final plan due",
  DRAFT_PLAN_RECEIVED: "Draft plan received",
  DRAFT_PLAN_COMMENTS_DUE: "Comments on draft plan due",
  DECISION_LETTER: "Decision letter",
  MEDIATION_CERTIFICATE: "Mediation certificate",
  OTHER: "Other",
});
export type KeyDateKind = ValueOf<typeof KEY_DATE_KIND>;

export const DECISION_MAKER = vocabulary(
  "DecisionMaker",
  {
    PARENT_CARER: "Parent or carer",
    YOUNG_PERSON: "The young person",
  },
  "Who makes decisions: a young person aged 16 or over decides for themselves [003].",
);
export type DecisionMaker = ValueOf<typeof DECISION_MAKER>;

export const QUEUE_CHANGE = vocabulary("QueueChange", {
  ADDED: "Joined the queue",
  UPDATED: "Changed while in the queue",
  REMOVED: "Left the queue",
});
export type QueueChange = ValueOf<typeof QUEUE_CHANGE>;

/** The nationally agreed levels of intervention [004 2.2A3] (an Int in the API, not an enum). */
export const INTERVENTION_LEVELS = [1, 2, 3, 4] as const;
export type InterventionLevel = (typeof INTERVENTION_LEVELS)[number];
export const LOWEST_LEVEL = 1 satisfies InterventionLevel;
export const HIGHEST_LEVEL = 4 satisfies InterventionLevel;
export const INTERVENTION_LEVEL_LABELS: Readonly<Record<InterventionLevel, string>> = {
  1: "Level 1: information",
  2: "Level 2: advice",
  3: "Level 3: support",
  4: "Level 4: intensive support",
};

// ---- Cases ----

export const CASE_STATUS = vocabulary(
  "CaseStatus",
  {
    OPEN: "Open",
    INACTIVE: "Inactive",
    CLOSED: "Closed",
  },
  "Intervention status in the national model: open, inactive or closed.",
);
export type CaseStatus = ValueOf<typeof CASE_STATUS>;

export const CLOSURE_REASON = vocabulary("ClosureReason", {
  OUTCOME_ACHIEVED: "Outcome achieved",
  FAMILY_WITHDREW: "Family withdrew",
  NO_CONTACT: "No contact",
  MISSED_MEETINGS: "Missed meetings",
  CONDUCT_REMOVAL: "Removed for conduct",
  SIGNPOSTED_ELSEWHERE: "Signposted elsewhere",
  MOVED_AWAY: "Moved away",
  OTHER: "Other",
  INFORMATION_GIVEN: "Information given (quick call)",
});
export type ClosureReason = ValueOf<typeof CLOSURE_REASON>;

export const ALLOCATION_KIND = vocabulary(
  "AllocationKind",
  {
    DIRECT: "Allocated by a manager",
    CLAIMED: "Claimed from the pool",
  },
  "DIRECT: allocated by a manager; CLAIMED: taken from the pool.",
);
export type AllocationKind = ValueOf<typeof ALLOCATION_KIND>;

export const ACTIVITY_KIND = vocabulary("ActivityKind", {
  PHONE_CALL: "Phone call",
  EMAIL: "Email",
  LETTER: "Letter",
  FACE_TO_FACE: "Face to face",
  HOME_VISIT: "Home visit",
  ADVICE_GIVEN: "Advice given",
  INFORMATION_GIVEN: "Information given",
  PROFESSIONAL_CONTACT: "Professional contact",
  MEETING_PREPARED: "Meeting prepared",
  MEETING_ATTENDED: "Meeting attended",
  LITERATURE_SENT: "Literature sent",
  NOTE: "Note",
});
export type ActivityKind = ValueOf<typeof ACTIVITY_KIND>;

export const CONSENT_METHOD = vocabulary(
  "ConsentMethod",
  {
    VERBAL: "Verbally",
    WRITTEN: "In writing",
    EMAIL: "By email",
    WEB_FORM: "On the web form",
  },
  "How the family gave (or refused) consent.",
);
export type ConsentMethod = ValueOf<typeof CONSENT_METHOD>;

/** Kinds of third party a family may let us speak to; stored as text, so the list can grow without a migration. */
export const CONSENT_PARTY_TYPE = vocabulary("ConsentPartyType", {
  SCHOOL: "School",
  EARLY_YEARS_SETTING: "Early years setting",
  COLLEGE: "College",
  LOCAL_AUTHORITY_SEN_TEAM: "Local authority SEN team",
  HEALTH: "Health",
  SOCIAL_CARE: "Social care",
  INDEPENDENT_SUPPORT: "Independent Support",
  OTHER: "Other",
});
export type ConsentPartyType = ValueOf<typeof CONSENT_PARTY_TYPE>;

export const MEETING_STATUS = vocabulary("MeetingStatus", {
  SCHEDULED: "Scheduled",
  ATTENDED: "Attended",
  MISSED_WITHOUT_NOTICE: "Missed without notice",
  CANCELLED: "Cancelled",
  FAMILY_ATTENDED_ALONE: "The family attended without us",
});
export type MeetingStatus = ValueOf<typeof MEETING_STATUS>;

export const MEETING_OUTCOME = subset(
  MEETING_STATUS,
  "MeetingOutcome",
  ["ATTENDED", "MISSED_WITHOUT_NOTICE", "CANCELLED", "FAMILY_ATTENDED_ALONE"],
  "What happened to a scheduled meeting.",
);
export type MeetingOutcome = ValueOf<typeof MEETING_OUTCOME>;

export const CONDUCT_ACTION = vocabulary(
  "ConductAction",
  {
    WARNING: "Warning letter",
    REMOVAL: "Removal from the service",
  },
  "First incident: warning letter; second: removal with signposting [003].",
);
export type ConductAction = ValueOf<typeof CONDUCT_ACTION>;

/** Each is the `ErrorCode` a refused allocation carries (named there, with when it is sent). */
export const BLOCKING_REASON_CODE = vocabulary(
  "BlockingReasonCode",
  {
    [ErrorCode.NOT_QUALIFIED_FOR_LEVEL]: "Not qualified for the level",
    [ErrorCode.DBS_NOT_VALID]: "No valid enhanced DBS check",
    [ErrorCode.CONFIDENTIALITY_NOT_SIGNED]: "Confidentiality policy not signed",
    [ErrorCode.CONFLICT_OF_INTEREST]: "Conflict of interest",
    [ErrorCode.NO_INDUCTION]: "No induction on record",
    [ErrorCode.SAFEGUARDING_TRAINING_EXPIRED]: "Safeguarding training missing or expired",
    [ErrorCode.NO_IPSEA_LEVEL_1]: "Volunteer without IPSEA level 1",
    [ErrorCode.BARRED_LIST_NOT_CHECKED]: "No barred-list check with the DBS check",
    [ErrorCode.NO_OBSERVATION]: "Not yet observed before lone casework",
    [ErrorCode.AT_CAPACITY]: "At capacity",
  },
  "Why a staff member may not hold a case; the same code a refused allocation carries.",
);
export type BlockingReasonCode = ValueOf<typeof BLOCKING_REASON_CODE>;

// ---- Complaints, supervision, overdue items ----

export const FEEDBACK_KIND = vocabulary(
  "FeedbackKind",
  {
    COMPLAINT: "Complaint",
    COMMENT: "Comment",
    COMPLIMENT: "Compliment",
  },
  "A complaint, a comment or a compliment about the service.",
);
export type FeedbackKind = ValueOf<typeof FEEDBACK_KIND>;

export const COMPLAINT_OUTCOME = vocabulary("ComplaintOutcome", {
  OPEN: "Open",
  UPHELD: "Upheld",
  PARTLY_UPHELD: "Partly upheld",
  NOT_UPHELD: "Not upheld",
  RESOLVED: "Resolved",
  WITHDRAWN: "Withdrawn",
});
export type ComplaintOutcome = ValueOf<typeof COMPLAINT_OUTCOME>;

export const SUPERVISION_KIND = vocabulary(
  "SupervisionKind",
  {
    INDIVIDUAL: "One-to-one supervision",
    GROUP: "Group support",
  },
  "One-to-one supervision, or group support (termly).",
);
export type SupervisionKind = ValueOf<typeof SUPERVISION_KIND>;

export const SUPERVISION_TOPIC = vocabulary("SupervisionTopic", {
  CASEWORK: "Casework",
  PRACTICE: "Practice",
  HEALTH_AND_SAFETY: "Health and safety",
  WELLBEING: "Wellbeing",
  TRAINING: "Training",
});
export type SupervisionTopic = ValueOf<typeof SUPERVISION_TOPIC>;

export const OVERDUE_KIND = vocabulary(
  "OverdueKind",
  {
    RESPONSE_TARGET_REACHED: "Response target reached",
    RESPONSE_MAXIMUM_BREACHED: "Response maximum breached",
    ALLOCATION_NOT_ACCEPTED: "Allocation not picked up",
    CONSENT_REVIEW_DUE: "Consent review due",
    MEETING_FOLLOW_UP_DUE: "Meeting follow-up with the family due",
    CASE_INACTIVE: "Case inactive",
    SUPERVISION_DUE: "Supervision due",
    DBS_RENEWAL_DUE: "DBS renewal due",
    TRAINING_EXPIRED: "Training expired",
    SAFEGUARDING_NOT_ACKNOWLEDGED: "Safeguarding concern not acknowledged",
    KEY_DATE_APPROACHING: "Key date approaching",
    COMPLAINT_RESPONSE_DUE: "Complaint response due",
    CLOSURE_PROPOSAL_AWAITING_MANAGER: "Case put forward for closure: a manager to decide",
    CONDUCT_REVIEW_AWAITING_MANAGER: "Conduct incident: a manager to review",
  },
  "What has fallen due.",
);
export type OverdueKind = ValueOf<typeof OVERDUE_KIND>;

export const OVERDUE_SCOPE = vocabulary(
  "OverdueScope",
  {
    MINE: "Mine to act on",
    TEAM: "The whole team's",
  },
  "MINE: items for the caller to act on. TEAM (managers): every open item of the service.",
);
export type OverdueScope = ValueOf<typeof OVERDUE_SCOPE>;

// ---- Casework: joint working (issue 20) ----

export const JOINT_WORKING_ROLE = vocabulary(
  "JointWorkingRole",
  {
    CO_WORKER: "Co-worker",
    SHADOW: "Shadowing",
  },
  "Joint working on a level-4 case [004 2.2B3]: a co-worker works the case with its holder; a shadow reads it and attends, to learn.",
);
export type JointWorkingRole = ValueOf<typeof JOINT_WORKING_ROLE>;

export const CLOSURE_PROPOSAL_DECISION = vocabulary(
  "ClosureProposalDecision",
  {
    CLOSE: "Close the case",
    KEEP_OPEN: "Keep it open",
  },
  "A manager's decision on a case put forward for closure after two missed meetings [003].",
);
export type ClosureProposalDecision = ValueOf<typeof CLOSURE_PROPOSAL_DECISION>;

// ---- Statistics ----

export const STAT_FIGURES = vocabulary(
  "StatFigures",
  {
    EXACT: "Exact figures",
    PROTECTED: "Protected figures",
  },
  "EXACT: true counts, for a manager's own service. PROTECTED: every count has passed through the disclosure control of decision 028 (small counts shown as 0 or k, others moved by up to 2), for steering members and figures across services.",
);
export type StatFigures = ValueOf<typeof STAT_FIGURES>;

// ---- Records: intake, search, corrections (issue 19) ----

export const ENQUIRY_TOPIC = vocabulary(
  "EnquiryTopic",
  {
    SEN_SUPPORT_IN_SCHOOL: "SEN support in school",
    EHC_NEEDS_ASSESSMENT: "EHC needs assessment",
    EHC_PLAN: "EHC plan or annual review",
    EXCLUSION: "Exclusion",
    SCHOOL_PLACE: "School place or transfer",
    TRANSPORT: "Home to school transport",
    APPEAL_TRIBUNAL: "Appeal, tribunal or mediation",
    HEALTH: "Health",
    SOCIAL_CARE: "Social care",
    PREPARING_FOR_ADULTHOOD: "Preparing for adulthood",
    PERSONAL_BUDGETS: "Personal budgets",
    LOCAL_OFFER: "The Local Offer",
    OTHER: "Something else",
  },
  "What an enquiry is about: information calls, anonymous enquiries and referrals.",
);
export type EnquiryTopic = ValueOf<typeof ENQUIRY_TOPIC>;

export const RECORD_ACCESS = vocabulary(
  "RecordAccess",
  {
    FULL: "Full record",
    LIMITED: "Known to the service (held by someone else)",
  },
  "What a searcher sees of a family: FULL when they may read it; LIMITED shows only that the family is known and who holds it.",
);
export type RecordAccess = ValueOf<typeof RECORD_ACCESS>;

/** What an email notification is about (decision 040); the body carries a reference and a link only. */
export const NOTIFICATION_KIND = vocabulary(
  "NotificationKind",
  {
    SAFEGUARDING_CONCERN: "Safeguarding concern raised",
    ALLOCATION: "Case allocated to you",
    OVERDUE_DIGEST: "Daily digest of overdue duties",
    FAMILY_RECEIPT: "Receipt to a family",
  },
  "What an email notification is about.",
);
export type NotificationKind = ValueOf<typeof NOTIFICATION_KIND>;

export const NOTIFICATION_STATE = vocabulary(
  "NotificationState",
  {
    QUEUED: "Queued",
    RETRYING: "Retrying",
    SENT: "Sent",
    FAILED: "Failed",
  },
  "Where an email notification is in its delivery.",
);
export type NotificationState = ValueOf<typeof NOTIFICATION_STATE>;
export const DOCUMENT_ATTACHMENT = vocabulary(
  "DocumentAttachment",
  {
    REFERRAL: "Referral",
    CASE: "Case",
    PERSON: "Family record",
  },
  "What a document is filed on (decision 038).",
);
export type DocumentAttachment = ValueOf<typeof DOCUMENT_ATTACHMENT>;
// ---- Casework part 3: conduct review, group sessions, monitoring (issue 20, decision 042) ----

export const CONDUCT_REVIEW_STATUS = vocabulary(
  "ConductReviewStatus",
  {
    AWAITING_REVIEW: "Awaiting a manager's review",
    UPHELD: "Upheld",
    DISMISSED: "Dismissed",
  },
  "Where a recorded conduct incident stands: a manager upholds it (its action applies) or dismisses it [003].",
);
export type ConductReviewStatus = ValueOf<typeof CONDUCT_REVIEW_STATUS>;

export const CONDUCT_DECISION = vocabulary(
  "ConductDecision",
  {
    UPHOLD: "Uphold",
    DISMISS: "Dismiss",
  },
  "A manager's review of a conduct incident: UPHOLD applies its action (a warning letter, or removal of the family); DISMISS records nothing against the family.",
);
export type ConductDecision = ValueOf<typeof CONDUCT_DECISION>;

export const CONDUCT_RECORDED_BY = vocabulary(
  "ConductRecordedBy",
  {
    CASE_WORKERS: "Whoever works the case (holder, co-worker) and managers",
    MANAGERS_ONLY: "Managers only",
  },
  "A service setting: who may record a conduct incident (default CASE_WORKERS).",
);
export type ConductRecordedBy = ValueOf<typeof CONDUCT_RECORDED_BY>;

export const SESSION_KIND = vocabulary(
  "SessionKind",
  {
    INFORMATION: "Information session",
    TRAINING: "Training session",
  },
  "Group work for parents and young people [001 Information Sessions and Training, 004 2.2B10 VI].",
);
export type SessionKind = ValueOf<typeof SESSION_KIND>;

export const SESSION_TOPIC = vocabulary(
  "SessionTopic",
  {
    SEN_SUPPORT: "SEN support",
    EHC_NEEDS_ASSESSMENT: "EHC needs assessment",
    DRAFT_EHCP: "Draft EHC plans",
    ANNUAL_REVIEWS: "Annual reviews",
    EXCLUSIONS: "Exclusions",
    TRIBUNALS_AND_MEDIATION: "Tribunals and mediation",
    PREPARING_FOR_ADULTHOOD: "Preparing for adulthood",
    GETTING_THE_MOST_FROM_MEETINGS: "Getting the most out of meetings",
    OTHER: "Other",
  },
  "The theme of a session [004 2.2B2: common themes such as SEN support, draft EHCPs, annual reviews].",
);
export type SessionTopic = ValueOf<typeof SESSION_TOPIC>;

export const POOR_PRACTICE_CATEGORY = vocabulary(
  "PoorPracticeCategory",
  {
    STATUTORY_TIMESCALES: "Statutory timescales missed",
    PROVISION_NOT_DELIVERED: "Provision not delivered",
    COMMUNICATION: "Poor communication with the family",
    UNLAWFUL_EXCLUSION: "Unlawful or informal exclusion",
    ASSESSMENT_REFUSED: "Assessment or support refused",
    OTHER: "Other",
  },
  "Kinds of poor practice the service challenges, recorded anonymised for the monitoring report [001].",
);
export type PoorPracticeCategory = ValueOf<typeof POOR_PRACTICE_CATEGORY>;

export const AGENCY_TYPE = vocabulary(
  "AgencyType",
  {
    EDUCATION: "Education (school, college, setting)",
    LOCAL_AUTHORITY: "Local authority SEN team",
    HEALTH: "Health",
    SOCIAL_CARE: "Social care",
    OTHER: "Other",
  },
  "The kind of agency, never which one: poor practice is anonymised for the provider too [001].",
);
export type AgencyType = ValueOf<typeof AGENCY_TYPE>;

export const MONITORING_KIND = vocabulary(
  "MonitoringKind",
  {
    POOR_PRACTICE: "Poor practice challenged",
    POSITIVE_OUTCOME: "Positive outcome",
  },
  "An anonymised monitoring note: an issue of poor practice, or a positive outcome of engagement and co-production [001].",
);
export type MonitoringKind = ValueOf<typeof MONITORING_KIND>;
