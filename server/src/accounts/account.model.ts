import type { StaffRole } from "../core/vocabulary.js";

/** A staff member's account as the service's administrator sees it. */
export interface StaffAccount {
  id: string;
  displayName: string;
  email: string;
  role: StaffRole;
  active: boolean;
  /** Whether this role holds cases (managers, officers, volunteers). */
  holdsCases: boolean;
  capacity: number;
  /** The highest intervention level they may hold; null: as far as the role and training allow. */
  maxLevel: number | null;
  openCases: number;
  /** False until the person has used their set-password link. */
  passwordSet: boolean;
  createdAt: Date;
}

/** The service's accounts, and whether the caller may change them (decision 031). */
export interface StaffAccounts {
  canManage: boolean;
  accounts: StaffAccount[];
}

/** A one-time link to set a password, to pass on to the person (never the password itself). */
export interface PasswordLink {
  /** The dashboard path with the token after `#`; prefix the dashboard's address. */
  path: string;
  expiresAt: Date;
}

/** An account with the one-time link its person needs (new account, or a reset). */
export interface AccountWithLink {
  account: StaffAccount;
  link: PasswordLink;
}

/** An open case of a staff member, to be reassigned. */
export interface HeldCase {
  caseId: string;
  referralId: string;
  reference: string;
  level: number;
}

/** A deactivated account and the open cases it still holds, for reassignment. */
export interface DeactivatedAccount {
  account: StaffAccount;
  openCases: HeldCase[];
}

/** A new service and its first administrator's one-time link. */
export interface CreatedService {
  serviceId: string;
  slug: string;
  name: string;
  administrator: StaffAccount;
  link: PasswordLink;
}
