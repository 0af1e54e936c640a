import type { Connection } from "../core/cursor.js";

/** One audit event as the viewer shows it: ids and field names, never values. */
export interface AuditEntry {
  id: string;
  at: Date;
  actorId: string | null;
  /** The staff member's name; null for the public form, the system, or a job. */
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  fields: string[];
}

export type AuditEntryConnection = Connection<AuditEntry>;
