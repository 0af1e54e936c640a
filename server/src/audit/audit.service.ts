import type { Queryable } from "../db/client.js";
import { auditEvents } from "./audit.table.js";

/** Every audited action; one comment each says when it is written. */
export type AuditAction =
  /** A referral was created (public form or staff). */
  | "referral.create"
  /** A referral's full record was read. */
  | "referral.read"
  /** Referrals were listed in the triage queue (one event per page, with the ids). */
  | "referral.list"
  /** A triage decision was recorded. */
  | "referral.triage"
  /** A key date was added to a referral. */
  | "referral.key-date.add"
  /** A family's personal data was erased on request. */
  | "person.erase"
  /** A family's personal data was erased by the retention rule (no actor). */
  | "person.retention-erase"
  /** Everything held about a person was exported (subject access). */
  | "person.export"
  /** A case record was read. */
  | "case.read"
  /** A case record was changed. */
  | "case.update";

export interface AuditEntry {
  serviceId: string;
  actorStaffId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  /** Names of the fields read or changed — never their values. */
  fields?: string[];
  correlationId?: string;
}

/** Write audit events on the same transaction as the read or change they describe. */
export async function recordAudit(q: Queryable, entries: AuditEntry | AuditEntry[]) {
  const rows = Array.isArray(entries) ? entries : [entries];
  if (rows.length === 0) return;
  await q.insert(auditEvents).values(rows.map((e) => ({ ...e, fields: e.fields ?? [] })));
}
