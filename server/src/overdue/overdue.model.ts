import type { OverdueKind } from "../core/vocabulary.js";

/** Something that fell due and has not been acted on yet. */
export interface OverdueItem {
  id: string;
  kind: OverdueKind;
  /** What is due, in words (references and staff names only). */
  label: string;
  dueAt: Date;
  raisedAt: Date;
  subjectType: string;
  subjectId: string;
  referralId: string | null;
  /** Who must act; null means the managers. */
  assigneeStaffId: string | null;
  assigneeName: string | null;
  /** The date the item warns of, for items raised ahead of a date (a key date, a DBS renewal). */
  upcomingOn: string | null;
}
