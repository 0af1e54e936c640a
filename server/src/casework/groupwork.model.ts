import type { AgencyType, MonitoringKind, PoorPracticeCategory, SessionKind, SessionTopic } from "../core/vocabulary.js";

/** Someone known to the service linked to a session. */
export interface SessionAttendee {
  personId: string;
  fullName: string | null;
  attended: boolean;
}

/** Someone the recorder may link to a session as attending. */
export interface SessionAttendeeChoice {
  personId: string;
  fullName: string | null;
}

/** An information or training session for parents and young people. */
export interface GroupSession {
  id: string;
  kind: SessionKind;
  title: string;
  heldOn: string;
  topic: SessionTopic;
  facilitator: string;
  attendance: number;
  attendees: SessionAttendee[];
  /** Anonymous evaluation forms entered. */
  evaluationForms: number;
  /** Mean scores, only once enough forms are in (`mayShowSessionScores`). */
  meanUsefulness: number | null;
  meanImpartiality: number | null;
}

/** An anonymised poor-practice issue or positive outcome. */
export interface MonitoringNote {
  id: string;
  kind: MonitoringKind;
  category: PoorPracticeCategory | null;
  agencyType: AgencyType | null;
  month: string;
  summary: string;
}

/** Mileage and expenses on one activity. */
export interface ActivityExpense {
  id: string;
  activityId: string;
  incurredOn: string;
  miles: number;
  amountPence: number;
  note: string | null;
}

/** One staff member's claims in a month, for the manager. */
export interface ExpenseTotal {
  staffId: string;
  staffName: string;
  claims: number;
  miles: number;
  amountPence: number;
}
