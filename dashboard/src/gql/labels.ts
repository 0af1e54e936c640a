/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.mjs. Do not edit:
// change a label in server/src/core/vocabulary.ts, print the schema, run `pnpm --filter dashboard codegen`.
// Each enum's type is written out here too: src/gql/graphql.ts has only the enums documents use.

type AccessibilityNeed = "BSL" | "EASY_READ" | "INTERPRETER" | "LARGE_PRINT";

/** The label of each value, as the server words it. */
export const accessibilityNeedLabels: Readonly<Record<AccessibilityNeed, string>> = {
  BSL: "British Sign Language (BSL)",
  EASY_READ: "Easy read",
  INTERPRETER: "Interpreter",
  LARGE_PRINT: "Large print",
};

/** Every AccessibilityNeed, in the schema's order (for a select or a list of choices). */
export const accessibilityNeedValues: readonly AccessibilityNeed[] = ["BSL", "EASY_READ", "INTERPRETER", "LARGE_PRINT"];

type ActivityKind = "ADVICE_GIVEN" | "EMAIL" | "FACE_TO_FACE" | "HOME_VISIT" | "INFORMATION_GIVEN" | "LETTER" | "LITERATURE_SENT" | "MEETING_ATTENDED" | "MEETING_PREPARED" | "NOTE" | "PHONE_CALL" | "PROFESSIONAL_CONTACT";

/** The label of each value, as the server words it. */
export const activityKindLabels: Readonly<Record<ActivityKind, string>> = {
  ADVICE_GIVEN: "Advice given",
  EMAIL: "Email",
  FACE_TO_FACE: "Face to face",
  HOME_VISIT: "Home visit",
  INFORMATION_GIVEN: "Information given",
  LETTER: "Letter",
  LITERATURE_SENT: "Literature sent",
  MEETING_ATTENDED: "Meeting attended",
  MEETING_PREPARED: "Meeting prepared",
  NOTE: "Note",
  PHONE_CALL: "Phone call",
  PROFESSIONAL_CONTACT: "Professional contact",
};

/** Every ActivityKind, in the schema's order (for a select or a list of choices). */
export const activityKindValues: readonly ActivityKind[] = ["ADVICE_GIVEN", "EMAIL", "FACE_TO_FACE", "HOME_VISIT", "INFORMATION_GIVEN", "LETTER", "LITERATURE_SENT", "MEETING_ATTENDED", "MEETING_PREPARED", "NOTE", "PHONE_CALL", "PROFESSIONAL_CONTACT"];

type AllocationKind = "CLAIMED" | "DIRECT";

/** DIRECT: allocated by a manager; CLAIMED: taken from the pool. The label of each value, as the server words it. */
export const allocationKindLabels: Readonly<Record<AllocationKind, string>> = {
  CLAIMED: "Claimed from the pool",
  DIRECT: "Allocated by a manager",
};

/** Every AllocationKind, in the schema's order (for a select or a list of choices). */
export const allocationKindValues: readonly AllocationKind[] = ["CLAIMED", "DIRECT"];

type BlockingReasonCode = "AT_CAPACITY" | "CONFIDENTIALITY_NOT_SIGNED" | "CONFLICT_OF_INTEREST" | "DBS_NOT_VALID" | "NOT_QUALIFIED_FOR_LEVEL";

/** Why a staff member may not hold a case; the same code a refused allocation carries. The label of each value, as the server words it. */
export const blockingReasonCodeLabels: Readonly<Record<BlockingReasonCode, string>> = {
  AT_CAPACITY: "At capacity",
  CONFIDENTIALITY_NOT_SIGNED: "Confidentiality policy not signed",
  CONFLICT_OF_INTEREST: "Conflict of interest",
  DBS_NOT_VALID: "No valid enhanced DBS check",
  NOT_QUALIFIED_FOR_LEVEL: "Not qualified for the level",
};

/** Every BlockingReasonCode, in the schema's order (for a select or a list of choices). */
export const blockingReasonCodeValues: readonly BlockingReasonCode[] = ["AT_CAPACITY", "CONFIDENTIALITY_NOT_SIGNED", "CONFLICT_OF_INTEREST", "DBS_NOT_VALID", "NOT_QUALIFIED_FOR_LEVEL"];

type CaseStatus = "CLOSED" | "INACTIVE" | "OPEN";

/** Intervention status in the national model: open, inactive or closed. The label of each value, as the server words it. */
export const caseStatusLabels: Readonly<Record<CaseStatus, string>> = {
  CLOSED: "Closed",
  INACTIVE: "Inactive",
  OPEN: "Open",
};

/** Every CaseStatus, in the schema's order (for a select or a list of choices). */
export const caseStatusValues: readonly CaseStatus[] = ["CLOSED", "INACTIVE", "OPEN"];

type ClosureReason = "CONDUCT_REMOVAL" | "FAMILY_WITHDREW" | "MISSED_MEETINGS" | "MOVED_AWAY" | "NO_CONTACT" | "OTHER" | "OUTCOME_ACHIEVED" | "SIGNPOSTED_ELSEWHERE";

/** The label of each value, as the server words it. */
export const closureReasonLabels: Readonly<Record<ClosureReason, string>> = {
  CONDUCT_REMOVAL: "Removed for conduct",
  FAMILY_WITHDREW: "Family withdrew",
  MISSED_MEETINGS: "Missed meetings",
  MOVED_AWAY: "Moved away",
  NO_CONTACT: "No contact",
  OTHER: "Other",
  OUTCOME_ACHIEVED: "Outcome achieved",
  SIGNPOSTED_ELSEWHERE: "Signposted elsewhere",
};

/** Every ClosureReason, in the schema's order (for a select or a list of choices). */
export const closureReasonValues: readonly ClosureReason[] = ["CONDUCT_REMOVAL", "FAMILY_WITHDREW", "MISSED_MEETINGS", "MOVED_AWAY", "NO_CONTACT", "OTHER", "OUTCOME_ACHIEVED", "SIGNPOSTED_ELSEWHERE"];

type ComplaintOutcome = "NOT_UPHELD" | "OPEN" | "PARTLY_UPHELD" | "RESOLVED" | "UPHELD" | "WITHDRAWN";

/** The label of each value, as the server words it. */
export const complaintOutcomeLabels: Readonly<Record<ComplaintOutcome, string>> = {
  NOT_UPHELD: "Not upheld",
  OPEN: "Open",
  PARTLY_UPHELD: "Partly upheld",
  RESOLVED: "Resolved",
  UPHELD: "Upheld",
  WITHDRAWN: "Withdrawn",
};

/** Every ComplaintOutcome, in the schema's order (for a select or a list of choices). */
export const complaintOutcomeValues: readonly ComplaintOutcome[] = ["NOT_UPHELD", "OPEN", "PARTLY_UPHELD", "RESOLVED", "UPHELD", "WITHDRAWN"];

type ConductAction = "REMOVAL" | "WARNING";

/** First incident: warning letter; second: removal with signposting [003]. The label of each value, as the server words it. */
export const conductActionLabels: Readonly<Record<ConductAction, string>> = {
  REMOVAL: "Removal from the service",
  WARNING: "Warning letter",
};

/** Every ConductAction, in the schema's order (for a select or a list of choices). */
export const conductActionValues: readonly ConductAction[] = ["REMOVAL", "WARNING"];

type ConsentMethod = "EMAIL" | "VERBAL" | "WEB_FORM" | "WRITTEN";

/** How the family gave (or refused) consent. The label of each value, as the server words it. */
export const consentMethodLabels: Readonly<Record<ConsentMethod, string>> = {
  EMAIL: "By email",
  VERBAL: "Verbally",
  WEB_FORM: "On the web form",
  WRITTEN: "In writing",
};

/** Every ConsentMethod, in the schema's order (for a select or a list of choices). */
export const consentMethodValues: readonly ConsentMethod[] = ["EMAIL", "VERBAL", "WEB_FORM", "WRITTEN"];

type ConsentPartyType = "COLLEGE" | "EARLY_YEARS_SETTING" | "HEALTH" | "INDEPENDENT_SUPPORT" | "LOCAL_AUTHORITY_SEN_TEAM" | "OTHER" | "SCHOOL" | "SOCIAL_CARE";

/** The label of each value, as the server words it. */
export const consentPartyTypeLabels: Readonly<Record<ConsentPartyType, string>> = {
  COLLEGE: "College",
  EARLY_YEARS_SETTING: "Early years setting",
  HEALTH: "Health",
  INDEPENDENT_SUPPORT: "Independent Support",
  LOCAL_AUTHORITY_SEN_TEAM: "Local authority SEN team",
  OTHER: "Other",
  SCHOOL: "School",
  SOCIAL_CARE: "Social care",
};

/** Every ConsentPartyType, in the schema's order (for a select or a list of choices). */
export const consentPartyTypeValues: readonly ConsentPartyType[] = ["COLLEGE", "EARLY_YEARS_SETTING", "HEALTH", "INDEPENDENT_SUPPORT", "LOCAL_AUTHORITY_SEN_TEAM", "OTHER", "SCHOOL", "SOCIAL_CARE"];

type ContactMethod = "EMAIL" | "LETTER" | "PHONE" | "TEXT";

/** The label of each value, as the server words it. */
export const contactMethodLabels: Readonly<Record<ContactMethod, string>> = {
  EMAIL: "Email",
  LETTER: "Letter",
  PHONE: "Phone",
  TEXT: "Text message",
};

/** Every ContactMethod, in the schema's order (for a select or a list of choices). */
export const contactMethodValues: readonly ContactMethod[] = ["EMAIL", "LETTER", "PHONE", "TEXT"];

type CurrentStage = "ANNUAL_REVIEW" | "APPEAL_TRIBUNAL" | "DRAFT_PLAN" | "EHC_NEEDS_ASSESSMENT" | "EHC_PLAN" | "EXCLUSION" | "NO_SUPPORT_YET" | "OTHER" | "SEN_SUPPORT";

/** Where the family is in the SEND process. The label of each value, as the server words it. */
export const currentStageLabels: Readonly<Record<CurrentStage, string>> = {
  ANNUAL_REVIEW: "Annual review",
  APPEAL_TRIBUNAL: "Appeal or tribunal",
  DRAFT_PLAN: "Draft EHC plan",
  EHC_NEEDS_ASSESSMENT: "EHC needs assessment",
  EHC_PLAN: "EHC plan",
  EXCLUSION: "Exclusion",
  NO_SUPPORT_YET: "No support yet",
  OTHER: "Other",
  SEN_SUPPORT: "SEN support",
};

/** Every CurrentStage, in the schema's order (for a select or a list of choices). */
export const currentStageValues: readonly CurrentStage[] = ["ANNUAL_REVIEW", "APPEAL_TRIBUNAL", "DRAFT_PLAN", "EHC_NEEDS_ASSESSMENT", "EHC_PLAN", "EXCLUSION", "NO_SUPPORT_YET", "OTHER", "SEN_SUPPORT"];

type DecisionMaker = "PARENT_CARER" | "YOUNG_PERSON";

/** Who makes decisions: a young person aged 16 or over decides for themselves [003]. The label of each value, as the server words it. */
export const decisionMakerLabels: Readonly<Record<DecisionMaker, string>> = {
  PARENT_CARER: "Parent or carer",
  YOUNG_PERSON: "The young person",
};

/** Every DecisionMaker, in the schema's order (for a select or a list of choices). */
export const decisionMakerValues: readonly DecisionMaker[] = ["PARENT_CARER", "YOUNG_PERSON"];

type DiagnosisStatus = "BEING_ASSESSED" | "DIAGNOSED" | "NONE";

/** The label of each value, as the server words it. */
export const diagnosisStatusLabels: Readonly<Record<DiagnosisStatus, string>> = {
  BEING_ASSESSED: "Being assessed",
  DIAGNOSED: "Diagnosed",
  NONE: "No diagnosis",
};

/** Every DiagnosisStatus, in the schema's order (for a select or a list of choices). */
export const diagnosisStatusValues: readonly DiagnosisStatus[] = ["BEING_ASSESSED", "DIAGNOSED", "NONE"];

type Eligibility = "ELIGIBLE" | "INELIGIBLE" | "PENDING";

/** The label of each value, as the server words it. */
export const eligibilityLabels: Readonly<Record<Eligibility, string>> = {
  ELIGIBLE: "Eligible",
  INELIGIBLE: "Not eligible",
  PENDING: "Not decided yet",
};

/** Every Eligibility, in the schema's order (for a select or a list of choices). */
export const eligibilityValues: readonly Eligibility[] = ["ELIGIBLE", "INELIGIBLE", "PENDING"];

type EthnicGroup = "ASIAN" | "BLACK" | "MIXED" | "OTHER" | "PREFER_NOT_TO_SAY" | "WHITE";

/** Ethnic group, as the high-level categories of the 2021 census: a fixed list, never free text, as it stays in the anonymised statistics after erasure. The label of each value, as the server words it. */
export const ethnicGroupLabels: Readonly<Record<EthnicGroup, string>> = {
  ASIAN: "Asian or Asian British",
  BLACK: "Black, Black British, Caribbean or African",
  MIXED: "Mixed or multiple ethnic groups",
  OTHER: "Other ethnic group",
  PREFER_NOT_TO_SAY: "Prefer not to say",
  WHITE: "White",
};

/** Every EthnicGroup, in the schema's order (for a select or a list of choices). */
export const ethnicGroupValues: readonly EthnicGroup[] = ["ASIAN", "BLACK", "MIXED", "OTHER", "PREFER_NOT_TO_SAY", "WHITE"];

type FeedbackKind = "COMMENT" | "COMPLAINT" | "COMPLIMENT";

/** A complaint, a comment or a compliment about the service. The label of each value, as the server words it. */
export const feedbackKindLabels: Readonly<Record<FeedbackKind, string>> = {
  COMMENT: "Comment",
  COMPLAINT: "Complaint",
  COMPLIMENT: "Compliment",
};

/** Every FeedbackKind, in the schema's order (for a select or a list of choices). */
export const feedbackKindValues: readonly FeedbackKind[] = ["COMMENT", "COMPLAINT", "COMPLIMENT"];

type HowHeard = "EVENT" | "FRIEND_FAMILY" | "HEALTH" | "LOCAL_AUTHORITY" | "LOCAL_OFFER" | "OTHER" | "PREVIOUS_USE" | "SCHOOL" | "SEARCH_ENGINE" | "SOCIAL_MEDIA";

/** The label of each value, as the server words it. */
export const howHeardLabels: Readonly<Record<HowHeard, string>> = {
  EVENT: "Event",
  FRIEND_FAMILY: "Friend or family",
  HEALTH: "Health",
  LOCAL_AUTHORITY: "Local authority",
  LOCAL_OFFER: "Local Offer",
  OTHER: "Other",
  PREVIOUS_USE: "Used the service before",
  SCHOOL: "School",
  SEARCH_ENGINE: "Search engine",
  SOCIAL_MEDIA: "Social media",
};

/** Every HowHeard, in the schema's order (for a select or a list of choices). */
export const howHeardValues: readonly HowHeard[] = ["EVENT", "FRIEND_FAMILY", "HEALTH", "LOCAL_AUTHORITY", "LOCAL_OFFER", "OTHER", "PREVIOUS_USE", "SCHOOL", "SEARCH_ENGINE", "SOCIAL_MEDIA"];

type KeyDateKind = "APPEAL_DEADLINE" | "DECISION_LETTER" | "DECISION_TO_ASSESS_DUE" | "DRAFT_PLAN_COMMENTS_DUE" | "DRAFT_PLAN_RECEIVED" | "EHC_NEEDS_ASSESSMENT_REQUEST" | "EXCLUSION_HEARING" | "FINAL_PLAN_DUE" | "MEDIATION_CERTIFICATE" | "MEETING" | "OTHER" | "TRIBUNAL";

/** The label of each value, as the server words it. */
export const keyDateKindLabels: Readonly<Record<KeyDateKind, string>> = {
  APPEAL_DEADLINE: "Appeal deadline",
  DECISION_LETTER: "Decision letter",
  DECISION_TO_ASSESS_DUE: "Decision to assess due",
  DRAFT_PLAN_COMMENTS_DUE: "Comments on draft plan due",
  DRAFT_PLAN_RECEIVED: "Draft plan received",
  EHC_NEEDS_ASSESSMENT_REQUEST: "EHC needs assessment requested",
  EXCLUSION_HEARING: "Exclusion hearing",
  FINAL_PLAN_DUE: "Final plan due",
  MEDIATION_CERTIFICATE: "Mediation certificate",
  MEETING: "Meeting",
  OTHER: "Other",
  TRIBUNAL: "Tribunal",
};

/** Every KeyDateKind, in the schema's order (for a select or a list of choices). */
export const keyDateKindValues: readonly KeyDateKind[] = ["APPEAL_DEADLINE", "DECISION_LETTER", "DECISION_TO_ASSESS_DUE", "DRAFT_PLAN_COMMENTS_DUE", "DRAFT_PLAN_RECEIVED", "EHC_NEEDS_ASSESSMENT_REQUEST", "EXCLUSION_HEARING", "FINAL_PLAN_DUE", "MEDIATION_CERTIFICATE", "MEETING", "OTHER", "TRIBUNAL"];

type MeetingOutcome = "ATTENDED" | "CANCELLED" | "MISSED_WITHOUT_NOTICE";

/** What happened to a scheduled meeting. The label of each value, as the server words it. */
export const meetingOutcomeLabels: Readonly<Record<MeetingOutcome, string>> = {
  ATTENDED: "Attended",
  CANCELLED: "Cancelled",
  MISSED_WITHOUT_NOTICE: "Missed without notice",
};

/** Every MeetingOutcome, in the schema's order (for a select or a list of choices). */
export const meetingOutcomeValues: readonly MeetingOutcome[] = ["ATTENDED", "CANCELLED", "MISSED_WITHOUT_NOTICE"];

type MeetingStatus = "ATTENDED" | "CANCELLED" | "MISSED_WITHOUT_NOTICE" | "SCHEDULED";

/** The label of each value, as the server words it. */
export const meetingStatusLabels: Readonly<Record<MeetingStatus, string>> = {
  ATTENDED: "Attended",
  CANCELLED: "Cancelled",
  MISSED_WITHOUT_NOTICE: "Missed without notice",
  SCHEDULED: "Scheduled",
};

/** Every MeetingStatus, in the schema's order (for a select or a list of choices). */
export const meetingStatusValues: readonly MeetingStatus[] = ["ATTENDED", "CANCELLED", "MISSED_WITHOUT_NOTICE", "SCHEDULED"];

type OverdueKind = "ALLOCATION_NOT_ACCEPTED" | "CASE_INACTIVE" | "COMPLAINT_RESPONSE_DUE" | "CONSENT_REVIEW_DUE" | "DBS_RENEWAL_DUE" | "KEY_DATE_APPROACHING" | "MEETING_FOLLOW_UP_DUE" | "RESPONSE_MAXIMUM_BREACHED" | "RESPONSE_TARGET_REACHED" | "SAFEGUARDING_NOT_ACKNOWLEDGED" | "SUPERVISION_DUE" | "TRAINING_EXPIRED";

/** What has fallen due. The label of each value, as the server words it. */
export const overdueKindLabels: Readonly<Record<OverdueKind, string>> = {
  ALLOCATION_NOT_ACCEPTED: "Allocation not picked up",
  CASE_INACTIVE: "Case inactive",
  COMPLAINT_RESPONSE_DUE: "Complaint response due",
  CONSENT_REVIEW_DUE: "Consent review due",
  DBS_RENEWAL_DUE: "DBS renewal due",
  KEY_DATE_APPROACHING: "Key date approaching",
  MEETING_FOLLOW_UP_DUE: "Meeting follow-up with the family due",
  RESPONSE_MAXIMUM_BREACHED: "Response maximum breached",
  RESPONSE_TARGET_REACHED: "Response target reached",
  SAFEGUARDING_NOT_ACKNOWLEDGED: "Safeguarding concern not acknowledged",
  SUPERVISION_DUE: "Supervision due",
  TRAINING_EXPIRED: "Training expired",
};

/** Every OverdueKind, in the schema's order (for a select or a list of choices). */
export const overdueKindValues: readonly OverdueKind[] = ["ALLOCATION_NOT_ACCEPTED", "CASE_INACTIVE", "COMPLAINT_RESPONSE_DUE", "CONSENT_REVIEW_DUE", "DBS_RENEWAL_DUE", "KEY_DATE_APPROACHING", "MEETING_FOLLOW_UP_DUE", "RESPONSE_MAXIMUM_BREACHED", "RESPONSE_TARGET_REACHED", "SAFEGUARDING_NOT_ACKNOWLEDGED", "SUPERVISION_DUE", "TRAINING_EXPIRED"];

type OverdueScope = "MINE" | "TEAM";

/** MINE: items for the caller to act on. TEAM (managers): every open item of the service. The label of each value, as the server words it. */
export const overdueScopeLabels: Readonly<Record<OverdueScope, string>> = {
  MINE: "Mine to act on",
  TEAM: "The whole team's",
};

/** Every OverdueScope, in the schema's order (for a select or a list of choices). */
export const overdueScopeValues: readonly OverdueScope[] = ["MINE", "TEAM"];

type PrimaryNeed = "COGNITION_LEARNING" | "COMMUNICATION_INTERACTION" | "NOT_KNOWN" | "SENSORY_PHYSICAL" | "SOCIAL_EMOTIONAL_MENTAL_HEALTH";

/** The label of each value, as the server words it. */
export const primaryNeedLabels: Readonly<Record<PrimaryNeed, string>> = {
  COGNITION_LEARNING: "Cognition and learning",
  COMMUNICATION_INTERACTION: "Communication and interaction",
  NOT_KNOWN: "Not known",
  SENSORY_PHYSICAL: "Sensory and/or physical",
  SOCIAL_EMOTIONAL_MENTAL_HEALTH: "Social, emotional and mental health",
};

/** Every PrimaryNeed, in the schema's order (for a select or a list of choices). */
export const primaryNeedValues: readonly PrimaryNeed[] = ["COGNITION_LEARNING", "COMMUNICATION_INTERACTION", "NOT_KNOWN", "SENSORY_PHYSICAL", "SOCIAL_EMOTIONAL_MENTAL_HEALTH"];

type ProfessionalType = "FAMILY_SUPPORT_WORKER" | "HEALTH" | "INDEPENDENT_SUPPORT" | "OTHER" | "SCHOOL_STAFF" | "SEN_ASSESSMENT_TEAM" | "SERVICE_COORDINATOR" | "SOCIAL_WORKER";

/** The label of each value, as the server words it. */
export const professionalTypeLabels: Readonly<Record<ProfessionalType, string>> = {
  FAMILY_SUPPORT_WORKER: "Family support worker",
  HEALTH: "Health",
  INDEPENDENT_SUPPORT: "Independent support",
  OTHER: "Other",
  SCHOOL_STAFF: "School staff",
  SEN_ASSESSMENT_TEAM: "SEN assessment team",
  SERVICE_COORDINATOR: "Service co-ordinator",
  SOCIAL_WORKER: "Social worker",
};

/** Every ProfessionalType, in the schema's order (for a select or a list of choices). */
export const professionalTypeValues: readonly ProfessionalType[] = ["FAMILY_SUPPORT_WORKER", "HEALTH", "INDEPENDENT_SUPPORT", "OTHER", "SCHOOL_STAFF", "SEN_ASSESSMENT_TEAM", "SERVICE_COORDINATOR", "SOCIAL_WORKER"];

type QueueChange = "ADDED" | "REMOVED" | "UPDATED";

/** The label of each value, as the server words it. */
export const queueChangeLabels: Readonly<Record<QueueChange, string>> = {
  ADDED: "Joined the queue",
  REMOVED: "Left the queue",
  UPDATED: "Changed while in the queue",
};

/** Every QueueChange, in the schema's order (for a select or a list of choices). */
export const queueChangeValues: readonly QueueChange[] = ["ADDED", "REMOVED", "UPDATED"];

type ReferralChannel = "ANSWERPHONE" | "EMAIL" | "HELPLINE" | "IN_PERSON" | "LETTER" | "PROFESSIONAL" | "WEB_FORM";

/** How the referral reached the service. The label of each value, as the server words it. */
export const referralChannelLabels: Readonly<Record<ReferralChannel, string>> = {
  ANSWERPHONE: "Answerphone message",
  EMAIL: "Email",
  HELPLINE: "Helpline (phone)",
  IN_PERSON: "In person (events)",
  LETTER: "Letter",
  PROFESSIONAL: "Professional referral",
  WEB_FORM: "Web form",
};

/** Every ReferralChannel, in the schema's order (for a select or a list of choices). */
export const referralChannelValues: readonly ReferralChannel[] = ["ANSWERPHONE", "EMAIL", "HELPLINE", "IN_PERSON", "LETTER", "PROFESSIONAL", "WEB_FORM"];

type ReferralSource = "PARENT_CARER" | "PROFESSIONAL" | "YOUNG_PERSON";

/** Who made the referral. The label of each value, as the server words it. */
export const referralSourceLabels: Readonly<Record<ReferralSource, string>> = {
  PARENT_CARER: "Parent or carer",
  PROFESSIONAL: "Professional",
  YOUNG_PERSON: "Young person",
};

/** Every ReferralSource, in the schema's order (for a select or a list of choices). */
export const referralSourceValues: readonly ReferralSource[] = ["PARENT_CARER", "PROFESSIONAL", "YOUNG_PERSON"];

type ReferralStatus = "ALLOCATED" | "CLOSED" | "NEW" | "POOLED" | "SIGNPOSTED" | "TRIAGED";

/** The label of each value, as the server words it. */
export const referralStatusLabels: Readonly<Record<ReferralStatus, string>> = {
  ALLOCATED: "Allocated",
  CLOSED: "Closed",
  NEW: "New",
  POOLED: "In the pool",
  SIGNPOSTED: "Signposted",
  TRIAGED: "Triaged",
};

/** Every ReferralStatus, in the schema's order (for a select or a list of choices). */
export const referralStatusValues: readonly ReferralStatus[] = ["ALLOCATED", "CLOSED", "NEW", "POOLED", "SIGNPOSTED", "TRIAGED"];

type StaffRole = "ADMIN" | "MANAGER" | "OFFICER" | "STEERING" | "VOLUNTEER";

/** What a staff member does in the service. The label of each value, as the server words it. */
export const staffRoleLabels: Readonly<Record<StaffRole, string>> = {
  ADMIN: "Administrator",
  MANAGER: "Service manager",
  OFFICER: "Officer",
  STEERING: "Steering group member",
  VOLUNTEER: "Volunteer",
};

/** Every StaffRole, in the schema's order (for a select or a list of choices). */
export const staffRoleValues: readonly StaffRole[] = ["ADMIN", "MANAGER", "OFFICER", "STEERING", "VOLUNTEER"];

type SupervisionKind = "GROUP" | "INDIVIDUAL";

/** One-to-one supervision, or group support (termly). The label of each value, as the server words it. */
export const supervisionKindLabels: Readonly<Record<SupervisionKind, string>> = {
  GROUP: "Group support",
  INDIVIDUAL: "One-to-one supervision",
};

/** Every SupervisionKind, in the schema's order (for a select or a list of choices). */
export const supervisionKindValues: readonly SupervisionKind[] = ["GROUP", "INDIVIDUAL"];

type SupervisionTopic = "CASEWORK" | "HEALTH_AND_SAFETY" | "PRACTICE" | "TRAINING" | "WELLBEING";

/** The label of each value, as the server words it. */
export const supervisionTopicLabels: Readonly<Record<SupervisionTopic, string>> = {
  CASEWORK: "Casework",
  HEALTH_AND_SAFETY: "Health and safety",
  PRACTICE: "Practice",
  TRAINING: "Training",
  WELLBEING: "Wellbeing",
};

/** Every SupervisionTopic, in the schema's order (for a select or a list of choices). */
export const supervisionTopicValues: readonly SupervisionTopic[] = ["CASEWORK", "HEALTH_AND_SAFETY", "PRACTICE", "TRAINING", "WELLBEING"];

type TrainingKind = "INDEPENDENT_SUPPORT" | "INDUCTION" | "IPSEA_LEVEL_1" | "IPSEA_LEVEL_2" | "IPSEA_LEVEL_3" | "SAFEGUARDING";

/** The label of each value, as the server words it. */
export const trainingKindLabels: Readonly<Record<TrainingKind, string>> = {
  INDEPENDENT_SUPPORT: "Independent Support",
  INDUCTION: "Induction",
  IPSEA_LEVEL_1: "IPSEA level 1",
  IPSEA_LEVEL_2: "IPSEA level 2",
  IPSEA_LEVEL_3: "IPSEA level 3 (legal training)",
  SAFEGUARDING: "Safeguarding",
};

/** Every TrainingKind, in the schema's order (for a select or a list of choices). */
export const trainingKindValues: readonly TrainingKind[] = ["INDEPENDENT_SUPPORT", "INDUCTION", "IPSEA_LEVEL_1", "IPSEA_LEVEL_2", "IPSEA_LEVEL_3", "SAFEGUARDING"];
