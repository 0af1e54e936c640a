/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccessibilityNeed =
  | 'BSL'
  | 'EASY_READ'
  | 'INTERPRETER'
  | 'LARGE_PRINT';

export type ChildInput = {
  dateOfBirth: string;
  diagnosisStatus?: DiagnosisStatus | null | undefined;
  educationSetting?: string | null | undefined;
  fullName: string;
  needsOverview?: string | null | undefined;
  primaryNeed?: PrimaryNeed | null | undefined;
};

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
  | 'EMAIL'
  | 'LETTER'
  | 'PHONE'
  | 'TEXT';

/** Where the family is in the SEND process. */
export type CurrentStage =
  | 'ANNUAL_REVIEW'
  | 'APPEAL_TRIBUNAL'
  | 'DRAFT_PLAN'
  | 'EHC_NEEDS_ASSESSMENT'
  | 'EHC_PLAN'
  | 'EXCLUSION'
  | 'NO_SUPPORT_YET'
  | 'OTHER'
  | 'SEN_SUPPORT';

/** Who makes decisions: a young person aged 16 or over decides for themselves [003]. */
export type DecisionMaker =
  | 'PARENT_CARER'
  | 'YOUNG_PERSON';

export type DiagnosisStatus =
  | 'BEING_ASSESSED'
  | 'DIAGNOSED'
  | 'NONE';

export type Eligibility =
  | 'ELIGIBLE'
  | 'INELIGIBLE'
  | 'PENDING';

export type HowHeard =
  | 'EVENT'
  | 'FRIEND_FAMILY'
  | 'HEALTH'
  | 'LOCAL_AUTHORITY'
  | 'LOCAL_OFFER'
  | 'OTHER'
  | 'PREVIOUS_USE'
  | 'SCHOOL'
  | 'SEARCH_ENGINE'
  | 'SOCIAL_MEDIA';

export type KeyDateInput = {
  kind: KeyDateKind;
  notes?: string | null | undefined;
  on: string;
};

export type KeyDateKind =
  | 'APPEAL_DEADLINE'
  | 'DECISION_LETTER'
  | 'DECISION_TO_ASSESS_DUE'
  | 'DRAFT_PLAN_COMMENTS_DUE'
  | 'DRAFT_PLAN_RECEIVED'
  | 'EHC_NEEDS_ASSESSMENT_REQUEST'
  | 'EXCLUSION_HEARING'
  | 'FINAL_PLAN_DUE'
  | 'MEDIATION_CERTIFICATE'
  | 'MEETING'
  | 'OTHER'
  | 'TRIBUNAL';

export type PrimaryNeed =
  | 'COGNITION_LEARNING'
  | 'COMMUNICATION_INTERACTION'
  | 'NOT_KNOWN'
  | 'SENSORY_PHYSICAL'
  | 'SOCIAL_EMOTIONAL_MENTAL_HEALTH';

export type QueueChange =
  | 'ADDED'
  | 'REMOVED'
  | 'UPDATED';

/** How the referral reached the service. */
export type ReferralChannel =
  | 'ANSWERPHONE'
  | 'EMAIL'
  | 'HELPLINE'
  | 'IN_PERSON'
  | 'LETTER'
  | 'PROFESSIONAL'
  | 'WEB_FORM';

/** Who made the referral. */
export type ReferralSource =
  | 'PARENT_CARER'
  | 'PROFESSIONAL'
  | 'YOUNG_PERSON';

export type ReferralStatus =
  | 'ALLOCATED'
  | 'CLOSED'
  | 'NEW'
  | 'POOLED'
  | 'SIGNPOSTED'
  | 'TRIAGED';

/** The public web form: a parent/carer or young person refers themselves. */
export type SelfReferralInput = {
  child?: ChildInput | null | undefined;
  /** Consent to record details on our database; without it only an anonymous tally is kept. */
  consentToRecord: boolean;
  contact?: ContactInput | null | undefined;
  currentStage?: CurrentStage | null | undefined;
  ethnicity?: string | null | undefined;
  excludedOrNoPlace?: boolean | null | undefined;
  howHeard?: HowHeard | null | undefined;
  keyDates?: Array<KeyDateInput> | null | undefined;
  reasonForReferral?: string | null | undefined;
  /** Which service the form belongs to. */
  serviceSlug: string;
  submittedBy?: ReferralSource | null | undefined;
};

/** What a staff member does in the service. */
export type StaffRole =
  | 'ADMIN'
  | 'MANAGER'
  | 'OFFICER'
  | 'STEERING'
  | 'VOLUNTEER';

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
  referralId: string;
  safeguardingFlag?: boolean | null | undefined;
  signposting?: string | null | undefined;
};

export type MeFieldsFragment = { id: string, displayName: string, email: string, role: StaffRole, serviceId: string, serviceName: string, permissions: Array<string> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string, role: StaffRole, serviceId: string, serviceName: string, permissions: Array<string> } };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { login: { token: string, expiresAt: string, me: { id: string, displayName: string, email: string, role: StaffRole, serviceId: string, serviceName: string, permissions: Array<string> } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { logout: boolean };

export type SubmitSelfReferralMutationVariables = Exact<{
  input: SelfReferralInput;
}>;


export type SubmitSelfReferralMutation = { submitSelfReferral: { reference: string | null, recorded: boolean, responsePromise: string, respondBy: string | null } };

export type TriageQueueRowFragment = { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, source: ReferralSource, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, overdue: boolean, priority: number, priorityOverride: number | null, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, safeguardingFlag: boolean, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed> } | null, child: { fullName: string | null, ageYears: number | null } | null };

export type ReferralDetailFragment = { source: ReferralSource, currentStage: CurrentStage, decisionMaker: DecisionMaker, reasonForReferral: string | null, excludedOrNoPlace: boolean, childInNeedOrLookedAfter: boolean, triageNotes: string | null, triagedAt: string | null, ineligibleReason: string | null, signposting: string | null, priorityOverrideReason: string | null, possibleDuplicateOfId: string | null, referrerName: string | null, referrerOrganisation: string | null, id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, overdue: boolean, priority: number, priorityOverride: number | null, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, safeguardingFlag: boolean, eligibilityChecks: Array<{ code: string, label: string, met: boolean | null }>, keyDates: Array<{ id: string, kind: KeyDateKind, on: string, rule: string | null, notes: string | null }>, contact: { fullName: string | null, phone: string | null, email: string | null, address: string | null, postcode: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed>, interpreterLanguage: string | null } | null, child: { fullName: string | null, ageYears: number | null, dateOfBirth: string | null, educationSetting: string | null, needsOverview: string | null, diagnosisStatus: DiagnosisStatus } | null, priorityReasons: Array<{ code: string, label: string, weight: number }> };

export type TriageReferralMutationVariables = Exact<{
  input: TriageReferralInput;
}>;


export type TriageReferralMutation = { triageReferral: { source: ReferralSource, currentStage: CurrentStage, decisionMaker: DecisionMaker, reasonForReferral: string | null, excludedOrNoPlace: boolean, childInNeedOrLookedAfter: boolean, triageNotes: string | null, triagedAt: string | null, ineligibleReason: string | null, signposting: string | null, priorityOverrideReason: string | null, possibleDuplicateOfId: string | null, referrerName: string | null, referrerOrganisation: string | null, id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, overdue: boolean, priority: number, priorityOverride: number | null, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, safeguardingFlag: boolean, eligibilityChecks: Array<{ code: string, label: string, met: boolean | null }>, keyDates: Array<{ id: string, kind: KeyDateKind, on: string, rule: string | null, notes: string | null }>, contact: { fullName: string | null, phone: string | null, email: string | null, address: string | null, postcode: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed>, interpreterLanguage: string | null } | null, child: { fullName: string | null, ageYears: number | null, dateOfBirth: string | null, educationSetting: string | null, needsOverview: string | null, diagnosisStatus: DiagnosisStatus } | null, priorityReasons: Array<{ code: string, label: string, weight: number }> } };

export type TriageQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TriageQueueQuery = { triageQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, source: ReferralSource, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, overdue: boolean, priority: number, priorityOverride: number | null, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, safeguardingFlag: boolean, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed> } | null, child: { fullName: string | null, ageYears: number | null } | null } }> } };

export type TriageQueueChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TriageQueueChangedSubscription = { triageQueueChanged: { change: QueueChange, referralId: string, referral: { id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, source: ReferralSource, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, overdue: boolean, priority: number, priorityOverride: number | null, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, safeguardingFlag: boolean, priorityReasons: Array<{ code: string, label: string, weight: number }>, contact: { fullName: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed> } | null, child: { fullName: string | null, ageYears: number | null } | null } | null } };

export type ReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralQuery = { referral: { source: ReferralSource, currentStage: CurrentStage, decisionMaker: DecisionMaker, reasonForReferral: string | null, excludedOrNoPlace: boolean, childInNeedOrLookedAfter: boolean, triageNotes: string | null, triagedAt: string | null, ineligibleReason: string | null, signposting: string | null, priorityOverrideReason: string | null, possibleDuplicateOfId: string | null, referrerName: string | null, referrerOrganisation: string | null, id: string, reference: string, status: ReferralStatus, channel: ReferralChannel, receivedAt: string, responseTargetAt: string, responseDeadlineAt: string, firstRespondedAt: string | null, overdue: boolean, priority: number, priorityOverride: number | null, level: number | null, eligibility: Eligibility, possibleDuplicate: boolean, safeguardingFlag: boolean, eligibilityChecks: Array<{ code: string, label: string, met: boolean | null }>, keyDates: Array<{ id: string, kind: KeyDateKind, on: string, rule: string | null, notes: string | null }>, contact: { fullName: string | null, phone: string | null, email: string | null, address: string | null, postcode: string | null, preferredContact: ContactMethod | null, accessibilityNeeds: Array<AccessibilityNeed>, interpreterLanguage: string | null } | null, child: { fullName: string | null, ageYears: number | null, dateOfBirth: string | null, educationSetting: string | null, needsOverview: string | null, diagnosisStatus: DiagnosisStatus } | null, priorityReasons: Array<{ code: string, label: string, weight: number }> } };

export const MeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]} as unknown as DocumentNode<MeFieldsFragment, unknown>;
export const TriageQueueRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}}]}}]}}]} as unknown as DocumentNode<TriageQueueRowFragment, unknown>;
export const ReferralDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageQueueRow"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"currentStage"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}},{"kind":"Field","name":{"kind":"Name","value":"reasonForReferral"}},{"kind":"Field","name":{"kind":"Name","value":"excludedOrNoPlace"}},{"kind":"Field","name":{"kind":"Name","value":"childInNeedOrLookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"triageNotes"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleReason"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"referrerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"educationSetting"}},{"kind":"Field","name":{"kind":"Name","value":"needsOverview"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}}]}}]}}]} as unknown as DocumentNode<ReferralDetailFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SubmitSelfReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSelfReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSelfReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"responsePromise"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}}]}}]}}]} as unknown as DocumentNode<SubmitSelfReferralMutation, SubmitSelfReferralMutationVariables>;
export const TriageReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriageReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriageReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageQueueRow"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"currentStage"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}},{"kind":"Field","name":{"kind":"Name","value":"reasonForReferral"}},{"kind":"Field","name":{"kind":"Name","value":"excludedOrNoPlace"}},{"kind":"Field","name":{"kind":"Name","value":"childInNeedOrLookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"triageNotes"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleReason"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"referrerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"educationSetting"}},{"kind":"Field","name":{"kind":"Name","value":"needsOverview"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisStatus"}}]}}]}}]} as unknown as DocumentNode<TriageReferralMutation, TriageReferralMutationVariables>;
export const TriageQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TriageQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageQueueRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}}]}}]}}]} as unknown as DocumentNode<TriageQueueQuery, TriageQueueQueryVariables>;
export const TriageQueueChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TriageQueueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageQueueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageQueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}}]}}]}}]} as unknown as DocumentNode<TriageQueueChangedSubscription, TriageQueueChangedSubscriptionVariables>;
export const ReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingFlag"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageQueueRow"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"currentStage"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}},{"kind":"Field","name":{"kind":"Name","value":"reasonForReferral"}},{"kind":"Field","name":{"kind":"Name","value":"excludedOrNoPlace"}},{"kind":"Field","name":{"kind":"Name","value":"childInNeedOrLookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"triageNotes"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleReason"}},{"kind":"Field","name":{"kind":"Name","value":"signposting"}},{"kind":"Field","name":{"kind":"Name","value":"priorityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"referrerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContact"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ageYears"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"educationSetting"}},{"kind":"Field","name":{"kind":"Name","value":"needsOverview"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisStatus"}}]}}]}}]} as unknown as DocumentNode<ReferralQuery, ReferralQueryVariables>;