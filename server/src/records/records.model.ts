import type { Connection } from "../core/cursor.js";
import type { RecordAccess, ReferralStatus } from "../core/vocabulary.js";

/** One referral a search found, with its family; LIMITED hits carry no contact details or date of birth. */
export interface RecordSearchHit {
  referralId: string;
  reference: string;
  status: ReferralStatus;
  receivedAt: Date;
  access: RecordAccess;
  personId: string | null;
  contactName: string | null;
  childName: string | null;
  /** Who holds the referral's case now, if anyone. */
  heldBy: string | null;
  /** How close the name matched (0–1), when a name was searched. */
  nameScore: number | null;
  childDateOfBirth: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
}

export type RecordSearchConnection = Connection<RecordSearchHit> & { totalCount: number };
