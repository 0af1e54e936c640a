import type { ActivityKind, ClosureReason, ConsentMethod, ConsentPartyType, MeetingStatus } from "../../gql/graphql";

export const activityKindLabel: Record<ActivityKind, string> = {
  PHONE_CALL: "Phone call",
  EMAIL: "Email",
  FACE_TO_FACE: "Face-to-face meeting",
  HOME_VISIT: "Home visit",
  ADVICE_GIVEN: "Advice given",
  INFORMATION_GIVEN: "Information given",
  LETTER: "Letter",
  LITERATURE_SENT: "Literature sent",
  MEETING_PREPARED: "Meeting prepared",
  MEETING_ATTENDED: "Meeting attended",
  PROFESSIONAL_CONTACT: "Contact with a professional",
  NOTE: "Note",
};

export const partyTypeLabel: Record<ConsentPartyType, string> = {
  SCHOOL: "School",
  COLLEGE: "College",
  EARLY_YEARS_SETTING: "Early years setting",
  LOCAL_AUTHORITY_SEN_TEAM: "Council SEN team",
  HEALTH: "Health",
  SOCIAL_CARE: "Social care",
  INDEPENDENT_SUPPORT: "Independent Support",
  OTHER: "Other",
};

export const consentMethodLabel: Record<ConsentMethod, string> = {
  VERBAL: "Verbally",
  WRITTEN: "In writing",
  EMAIL: "By email",
  WEB_FORM: "On the web form",
};

export const meetingStatusLabel: Record<MeetingStatus, { label: string; tone: "ok" | "warn" | "danger" | "neutral" }> = {
  SCHEDULED: { label: "Booked", tone: "neutral" },
  ATTENDED: { label: "Attended", tone: "ok" },
  CANCELLED: { label: "Cancelled", tone: "neutral" },
  MISSED_WITHOUT_NOTICE: { label: "Missed without notice", tone: "danger" },
};

/** CONDUCT_REMOVAL is recorded through a conduct incident, never chosen here. */
export const closureReasonLabel: Record<ClosureReason, string> = {
  OUTCOME_ACHIEVED: "Support given; the family's question is answered",
  SIGNPOSTED_ELSEWHERE: "Signposted to another service",
  FAMILY_WITHDREW: "The family asked to stop",
  NO_CONTACT: "We could not make contact",
  MISSED_MEETINGS: "Two meetings missed without notice",
  MOVED_AWAY: "Moved out of the area",
  CONDUCT_REMOVAL: "Removed after conduct incidents",
  OTHER: "Other reason",
};
