import { graphqlEnum } from "../graphql/enum.js";
import { activityKind, caseStatus, closureReason, conductAction, consentMethod, meetingStatus } from "./casework.table.js";

export const CaseStatus = graphqlEnum(
  caseStatus.enumValues,
  "CaseStatus",
  "Intervention status in the national model: open, inactive or closed.",
);
export type CaseStatus = keyof typeof CaseStatus;
export const ClosureReason = graphqlEnum(closureReason.enumValues, "ClosureReason");
export type ClosureReason = keyof typeof ClosureReason;
export const ActivityKind = graphqlEnum(activityKind.enumValues, "ActivityKind");
export type ActivityKind = keyof typeof ActivityKind;
export const ConsentMethod = graphqlEnum(consentMethod.enumValues, "ConsentMethod", "How the family gave (or refused) consent.");
export type ConsentMethod = keyof typeof ConsentMethod;
export const MeetingStatus = graphqlEnum(meetingStatus.enumValues, "MeetingStatus");
export type MeetingStatus = keyof typeof MeetingStatus;
export const ConductAction = graphqlEnum(
  conductAction.enumValues,
  "ConductAction",
  "First incident: warning letter; second: removal with signposting [003].",
);
export type ConductAction = keyof typeof ConductAction;

/** Kinds of third party a family may let us speak to; stored as text, so the list can grow without a migration. */
export const consentPartyTypes = [
  "SCHOOL",
  "EARLY_YEARS_SETTING",
  "COLLEGE",
  "LOCAL_AUTHORITY_SEN_TEAM",
  "HEALTH",
  "SOCIAL_CARE",
  "INDEPENDENT_SUPPORT",
  "OTHER",
] as const;
export const ConsentPartyType = graphqlEnum(consentPartyTypes, "ConsentPartyType");
export type ConsentPartyType = keyof typeof ConsentPartyType;
