import type { Connection } from "../core/cursor.js";
import type { PrimaryNeed, ReferralChannel, StaffRole } from "../core/vocabulary.js";
import type { Allocation } from "../casework/casework.model.js";
import type { BlockingReason } from "./allocation.rules.js";

export type { BlockingReason };

export type AllocationConnection = Connection<Allocation>;

/** A referral a manager published for eligible staff to claim; no personal details. */
export interface PooledReferral {
  id: string;
  reference: string;
  level: number;
  channel: ReferralChannel;
  receivedAt: Date;
  responseTargetAt: Date;
  responseDeadlineAt: Date;
  publishedToPoolAt: Date | null;
  /** The child's primary area of need, when recorded: what a claimer needs to know, and no more. */
  primaryNeed: PrimaryNeed | null;
  /** Why the caller could not claim it; empty when they can. */
  blockingReasons: BlockingReason[];
}

export interface CaseloadAtLevel {
  level: number;
  openCases: number;
}

/** A staff member as the manager sees them when choosing whom to allocate to. */
export interface TeamMember {
  id: string;
  displayName: string;
  role: StaffRole;
  capacity: number;
  openCases: number;
  caseload: CaseloadAtLevel[];
  blockingReasons: BlockingReason[];
}
