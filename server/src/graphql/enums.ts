import { registerEnumType } from "type-graphql";
import * as V from "../core/vocabulary.js";

/**
 * Every GraphQL enum, registered from its vocabulary (core/vocabulary.ts): the same values as the
 * database enum and the validation, and each value's label as its description in the SDL, e.g.
 *
 *   enum ReferralChannel {
 *     """Answerphone message"""
 *     ANSWERPHONE
 *
 * which is where the dashboard takes its labels from.
 */
function graphqlEnum<T extends string>(vocab: V.Vocabulary<T>): { readonly [K in T]: K } {
  const object = Object.fromEntries(vocab.values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(object, {
    name: vocab.name,
    description: vocab.description,
    valuesConfig: Object.fromEntries(vocab.values.map((v) => [v, { description: vocab.labels[v] }])) as Record<T, { description: string }>,
  });
  return object;
}

export const StaffRole = graphqlEnum(V.STAFF_ROLE);
export type StaffRole = V.StaffRole;
export const TrainingKind = graphqlEnum(V.TRAINING_KIND);
export type TrainingKind = V.TrainingKind;
export const ConflictKind = graphqlEnum(V.CONFLICT_KIND);
export type ConflictKind = V.ConflictKind;
export const ComplianceItem = graphqlEnum(V.COMPLIANCE_ITEM);
export type ComplianceItem = V.ComplianceItem;
export const ComplianceState = graphqlEnum(V.COMPLIANCE_STATE);
export type ComplianceState = V.ComplianceState;

export const ContactMethod = graphqlEnum(V.CONTACT_METHOD);
export type ContactMethod = V.ContactMethod;
export const AccessibilityNeed = graphqlEnum(V.ACCESSIBILITY_NEED);
export type AccessibilityNeed = V.AccessibilityNeed;
export const DiagnosisStatus = graphqlEnum(V.DIAGNOSIS_STATUS);
export type DiagnosisStatus = V.DiagnosisStatus;
export const PrimaryNeed = graphqlEnum(V.PRIMARY_NEED);
export type PrimaryNeed = V.PrimaryNeed;
export const EthnicGroup = graphqlEnum(V.ETHNIC_GROUP);
export type EthnicGroup = V.EthnicGroup;

export const ReferralChannel = graphqlEnum(V.REFERRAL_CHANNEL);
export type ReferralChannel = V.ReferralChannel;
export const ReferralSource = graphqlEnum(V.REFERRAL_SOURCE);
export type ReferralSource = V.ReferralSource;
export const ProfessionalType = graphqlEnum(V.PROFESSIONAL_TYPE);
export type ProfessionalType = V.ProfessionalType;
export const ReferralStatus = graphqlEnum(V.REFERRAL_STATUS);
export type ReferralStatus = V.ReferralStatus;
export const Eligibility = graphqlEnum(V.ELIGIBILITY);
export type Eligibility = V.Eligibility;
export const CurrentStage = graphqlEnum(V.CURRENT_STAGE);
export type CurrentStage = V.CurrentStage;
export const HowHeard = graphqlEnum(V.HOW_HEARD);
export type HowHeard = V.HowHeard;
export const KeyDateKind = graphqlEnum(V.KEY_DATE_KIND);
export type KeyDateKind = V.KeyDateKind;
export const DecisionMaker = graphqlEnum(V.DECISION_MAKER);
export type DecisionMaker = V.DecisionMaker;
export const QueueChange = graphqlEnum(V.QUEUE_CHANGE);
export type QueueChange = V.QueueChange;

export const CaseStatus = graphqlEnum(V.CASE_STATUS);
export type CaseStatus = V.CaseStatus;
export const ClosureReason = graphqlEnum(V.CLOSURE_REASON);
export type ClosureReason = V.ClosureReason;
export const AllocationKind = graphqlEnum(V.ALLOCATION_KIND);
export type AllocationKind = V.AllocationKind;
export const ActivityKind = graphqlEnum(V.ACTIVITY_KIND);
export type ActivityKind = V.ActivityKind;
export const ConsentMethod = graphqlEnum(V.CONSENT_METHOD);
export type ConsentMethod = V.ConsentMethod;
export const ConsentPartyType = graphqlEnum(V.CONSENT_PARTY_TYPE);
export type ConsentPartyType = V.ConsentPartyType;
export const MeetingStatus = graphqlEnum(V.MEETING_STATUS);
export type MeetingStatus = V.MeetingStatus;
export const MeetingOutcome = graphqlEnum(V.MEETING_OUTCOME);
export type MeetingOutcome = V.MeetingOutcome;
export const ConductAction = graphqlEnum(V.CONDUCT_ACTION);
export type ConductAction = V.ConductAction;
export const BlockingReasonCode = graphqlEnum(V.BLOCKING_REASON_CODE);
export type BlockingReasonCode = V.BlockingReasonCode;

export const FeedbackKind = graphqlEnum(V.FEEDBACK_KIND);
export type FeedbackKind = V.FeedbackKind;
export const ComplaintOutcome = graphqlEnum(V.COMPLAINT_OUTCOME);
export type ComplaintOutcome = V.ComplaintOutcome;
export const SupervisionKind = graphqlEnum(V.SUPERVISION_KIND);
export type SupervisionKind = V.SupervisionKind;
export const SupervisionTopic = graphqlEnum(V.SUPERVISION_TOPIC);
export type SupervisionTopic = V.SupervisionTopic;
export const OverdueKind = graphqlEnum(V.OVERDUE_KIND);
export type OverdueKind = V.OverdueKind;
export const OverdueScope = graphqlEnum(V.OVERDUE_SCOPE);
export type OverdueScope = V.OverdueScope;
export const PersonRole = graphqlEnum(V.PERSON_ROLE);
export type PersonRole = V.PersonRole;
export const JointWorkingRole = graphqlEnum(V.JOINT_WORKING_ROLE);
export type JointWorkingRole = V.JointWorkingRole;
export const ClosureProposalDecision = graphqlEnum(V.CLOSURE_PROPOSAL_DECISION);
export type ClosureProposalDecision = V.ClosureProposalDecision;
export const StatFigures = graphqlEnum(V.STAT_FIGURES);
export type StatFigures = V.StatFigures;
export const EnquiryTopic = graphqlEnum(V.ENQUIRY_TOPIC);
export type EnquiryTopic = V.EnquiryTopic;
export const RecordAccess = graphqlEnum(V.RECORD_ACCESS);
export type RecordAccess = V.RecordAccess;
export const NotificationKind = graphqlEnum(V.NOTIFICATION_KIND);
export type NotificationKind = V.NotificationKind;
export const NotificationState = graphqlEnum(V.NOTIFICATION_STATE);
export type NotificationState = V.NotificationState;
export const DocumentAttachment = graphqlEnum(V.DOCUMENT_ATTACHMENT);
export type DocumentAttachment = V.DocumentAttachment;
export const ConductReviewStatus = graphqlEnum(V.CONDUCT_REVIEW_STATUS);
export type ConductReviewStatus = V.ConductReviewStatus;
export const ConductDecision = graphqlEnum(V.CONDUCT_DECISION);
export type ConductDecision = V.ConductDecision;
export const ConductRecordedBy = graphqlEnum(V.CONDUCT_RECORDED_BY);
export type ConductRecordedBy = V.ConductRecordedBy;
export const SessionKind = graphqlEnum(V.SESSION_KIND);
export type SessionKind = V.SessionKind;
export const SessionTopic = graphqlEnum(V.SESSION_TOPIC);
export type SessionTopic = V.SessionTopic;
export const PoorPracticeCategory = graphqlEnum(V.POOR_PRACTICE_CATEGORY);
export type PoorPracticeCategory = V.PoorPracticeCategory;
export const AgencyType = graphqlEnum(V.AGENCY_TYPE);
export type AgencyType = V.AgencyType;
export const MonitoringKind = graphqlEnum(V.MONITORING_KIND);
export type MonitoringKind = V.MonitoringKind;
