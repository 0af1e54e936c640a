/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MeFields on Me {\n    id\n    displayName\n    email\n    role\n    serviceId\n    serviceName\n    permissions\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      me {\n        ...MeFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SubmitSelfReferral($input: SelfReferralInput!) {\n    submitSelfReferral(input: $input) {\n      reference\n      recorded\n      responsePromise\n      respondBy\n    }\n  }\n": typeof types.SubmitSelfReferralDocument,
    "\n  fragment TriageQueueRow on Referral {\n    id\n    reference\n    status\n    channel\n    source\n    receivedAt\n    responseTargetAt\n    responseDeadlineAt\n    firstRespondedAt\n    overdue\n    priority\n    priorityOverride\n    priorityReasons {\n      code\n      label\n      weight\n    }\n    level\n    eligibility\n    possibleDuplicate\n    safeguardingFlag\n    contact {\n      fullName\n      preferredContact\n      accessibilityNeeds\n    }\n    child {\n      fullName\n      ageYears\n    }\n  }\n": typeof types.TriageQueueRowFragmentDoc,
    "\n  fragment ReferralDetail on Referral {\n    ...TriageQueueRow\n    source\n    currentStage\n    decisionMaker\n    reasonForReferral\n    excludedOrNoPlace\n    childInNeedOrLookedAfter\n    triageNotes\n    triagedAt\n    ineligibleReason\n    signposting\n    priorityOverrideReason\n    possibleDuplicateOfId\n    referrerName\n    referrerOrganisation\n    eligibilityChecks {\n      code\n      label\n      met\n    }\n    keyDates {\n      id\n      kind\n      on\n      rule\n      notes\n    }\n    contact {\n      fullName\n      phone\n      email\n      address\n      postcode\n      preferredContact\n      accessibilityNeeds\n      interpreterLanguage\n    }\n    child {\n      fullName\n      ageYears\n      dateOfBirth\n      educationSetting\n      needsOverview\n      diagnosisStatus\n    }\n  }\n": typeof types.ReferralDetailFragmentDoc,
    "\n  mutation TriageReferral($input: TriageReferralInput!) {\n    triageReferral(input: $input) {\n      ...ReferralDetail\n    }\n  }\n": typeof types.TriageReferralDocument,
    "\n  query TriageQueue($first: Int, $after: String) {\n    triageQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TriageQueueRow\n        }\n      }\n    }\n  }\n": typeof types.TriageQueueDocument,
    "\n  subscription TriageQueueChanged {\n    triageQueueChanged {\n      change\n      referralId\n      referral {\n        ...TriageQueueRow\n      }\n    }\n  }\n": typeof types.TriageQueueChangedDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralDetail\n    }\n  }\n": typeof types.ReferralDocument,
};
const documents: Documents = {
    "\n  fragment MeFields on Me {\n    id\n    displayName\n    email\n    role\n    serviceId\n    serviceName\n    permissions\n  }\n": types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      me {\n        ...MeFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  mutation SubmitSelfReferral($input: SelfReferralInput!) {\n    submitSelfReferral(input: $input) {\n      reference\n      recorded\n      responsePromise\n      respondBy\n    }\n  }\n": types.SubmitSelfReferralDocument,
    "\n  fragment TriageQueueRow on Referral {\n    id\n    reference\n    status\n    channel\n    source\n    receivedAt\n    responseTargetAt\n    responseDeadlineAt\n    firstRespondedAt\n    overdue\n    priority\n    priorityOverride\n    priorityReasons {\n      code\n      label\n      weight\n    }\n    level\n    eligibility\n    possibleDuplicate\n    safeguardingFlag\n    contact {\n      fullName\n      preferredContact\n      accessibilityNeeds\n    }\n    child {\n      fullName\n      ageYears\n    }\n  }\n": types.TriageQueueRowFragmentDoc,
    "\n  fragment ReferralDetail on Referral {\n    ...TriageQueueRow\n    source\n    currentStage\n    decisionMaker\n    reasonForReferral\n    excludedOrNoPlace\n    childInNeedOrLookedAfter\n    triageNotes\n    triagedAt\n    ineligibleReason\n    signposting\n    priorityOverrideReason\n    possibleDuplicateOfId\n    referrerName\n    referrerOrganisation\n    eligibilityChecks {\n      code\n      label\n      met\n    }\n    keyDates {\n      id\n      kind\n      on\n      rule\n      notes\n    }\n    contact {\n      fullName\n      phone\n      email\n      address\n      postcode\n      preferredContact\n      accessibilityNeeds\n      interpreterLanguage\n    }\n    child {\n      fullName\n      ageYears\n      dateOfBirth\n      educationSetting\n      needsOverview\n      diagnosisStatus\n    }\n  }\n": types.ReferralDetailFragmentDoc,
    "\n  mutation TriageReferral($input: TriageReferralInput!) {\n    triageReferral(input: $input) {\n      ...ReferralDetail\n    }\n  }\n": types.TriageReferralDocument,
    "\n  query TriageQueue($first: Int, $after: String) {\n    triageQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TriageQueueRow\n        }\n      }\n    }\n  }\n": types.TriageQueueDocument,
    "\n  subscription TriageQueueChanged {\n    triageQueueChanged {\n      change\n      referralId\n      referral {\n        ...TriageQueueRow\n      }\n    }\n  }\n": types.TriageQueueChangedDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralDetail\n    }\n  }\n": types.ReferralDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Me {\n    id\n    displayName\n    email\n    role\n    serviceId\n    serviceName\n    permissions\n  }\n"): (typeof documents)["\n  fragment MeFields on Me {\n    id\n    displayName\n    email\n    role\n    serviceId\n    serviceName\n    permissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      me {\n        ...MeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      me {\n        ...MeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSelfReferral($input: SelfReferralInput!) {\n    submitSelfReferral(input: $input) {\n      reference\n      recorded\n      responsePromise\n      respondBy\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSelfReferral($input: SelfReferralInput!) {\n    submitSelfReferral(input: $input) {\n      reference\n      recorded\n      responsePromise\n      respondBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TriageQueueRow on Referral {\n    id\n    reference\n    status\n    channel\n    source\n    receivedAt\n    responseTargetAt\n    responseDeadlineAt\n    firstRespondedAt\n    overdue\n    priority\n    priorityOverride\n    priorityReasons {\n      code\n      label\n      weight\n    }\n    level\n    eligibility\n    possibleDuplicate\n    safeguardingFlag\n    contact {\n      fullName\n      preferredContact\n      accessibilityNeeds\n    }\n    child {\n      fullName\n      ageYears\n    }\n  }\n"): (typeof documents)["\n  fragment TriageQueueRow on Referral {\n    id\n    reference\n    status\n    channel\n    source\n    receivedAt\n    responseTargetAt\n    responseDeadlineAt\n    firstRespondedAt\n    overdue\n    priority\n    priorityOverride\n    priorityReasons {\n      code\n      label\n      weight\n    }\n    level\n    eligibility\n    possibleDuplicate\n    safeguardingFlag\n    contact {\n      fullName\n      preferredContact\n      accessibilityNeeds\n    }\n    child {\n      fullName\n      ageYears\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralDetail on Referral {\n    ...TriageQueueRow\n    source\n    currentStage\n    decisionMaker\n    reasonForReferral\n    excludedOrNoPlace\n    childInNeedOrLookedAfter\n    triageNotes\n    triagedAt\n    ineligibleReason\n    signposting\n    priorityOverrideReason\n    possibleDuplicateOfId\n    referrerName\n    referrerOrganisation\n    eligibilityChecks {\n      code\n      label\n      met\n    }\n    keyDates {\n      id\n      kind\n      on\n      rule\n      notes\n    }\n    contact {\n      fullName\n      phone\n      email\n      address\n      postcode\n      preferredContact\n      accessibilityNeeds\n      interpreterLanguage\n    }\n    child {\n      fullName\n      ageYears\n      dateOfBirth\n      educationSetting\n      needsOverview\n      diagnosisStatus\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralDetail on Referral {\n    ...TriageQueueRow\n    source\n    currentStage\n    decisionMaker\n    reasonForReferral\n    excludedOrNoPlace\n    childInNeedOrLookedAfter\n    triageNotes\n    triagedAt\n    ineligibleReason\n    signposting\n    priorityOverrideReason\n    possibleDuplicateOfId\n    referrerName\n    referrerOrganisation\n    eligibilityChecks {\n      code\n      label\n      met\n    }\n    keyDates {\n      id\n      kind\n      on\n      rule\n      notes\n    }\n    contact {\n      fullName\n      phone\n      email\n      address\n      postcode\n      preferredContact\n      accessibilityNeeds\n      interpreterLanguage\n    }\n    child {\n      fullName\n      ageYears\n      dateOfBirth\n      educationSetting\n      needsOverview\n      diagnosisStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageReferral($input: TriageReferralInput!) {\n    triageReferral(input: $input) {\n      ...ReferralDetail\n    }\n  }\n"): (typeof documents)["\n  mutation TriageReferral($input: TriageReferralInput!) {\n    triageReferral(input: $input) {\n      ...ReferralDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageQueue($first: Int, $after: String) {\n    triageQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TriageQueueRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TriageQueue($first: Int, $after: String) {\n    triageQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TriageQueueRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TriageQueueChanged {\n    triageQueueChanged {\n      change\n      referralId\n      referral {\n        ...TriageQueueRow\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TriageQueueChanged {\n    triageQueueChanged {\n      change\n      referralId\n      referral {\n        ...TriageQueueRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralDetail\n    }\n  }\n"): (typeof documents)["\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralDetail\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;