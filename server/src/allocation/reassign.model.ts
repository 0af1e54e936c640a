import type { StaffRole } from "../core/vocabulary.js";
import type { BlockingReason } from "./allocation.rules.js";

/** A colleague who could take a case, and why not if they cannot. */
export interface ReassignmentCandidate {
  staffId: string;
  displayName: string;
  role: StaffRole;
  openCases: number;
  capacity: number;
  blockingReasons: BlockingReason[];
}

export interface CaseToReassign {
  caseId: string;
  referralId: string;
  reference: string;
  level: number;
  /** The colleague with most room who passes every check; null when nobody does. */
  suggestedStaffId: string | null;
  candidates: ReassignmentCandidate[];
}

/** The preview of reassigning one person's open cases. */
export interface ReassignmentPlan {
  fromStaffId: string;
  fromDisplayName: string;
  fromActive: boolean;
  cases: CaseToReassign[];
}

export interface ReassignmentResult {
  reassigned: number;
}

/** A person no longer active who still holds open cases. */
export interface StaffToReassign {
  staffId: string;
  displayName: string;
  openCases: number;
}
