import type { Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { Permission, can } from "../core/permissions.js";
import { clampFirst, decodeCursor, encodeCursor } from "../core/cursor.js";
import { parseInput } from "../core/input.js";
import { recordAudit, recordReads } from "../audit/audit.service.js";
import { MAX_SEARCH_RESULTS, hitAccess } from "./records.rules.js";
import { searchSchema, type SearchCriteria, type SearchInput } from "./records.validation.js";
import { matchNames, searchReferrals, toHit } from "./records.query.js";
import type { RecordSearchConnection } from "./records.model.js";

const isOffset = (v: unknown): v is { o: number } =>
  typeof v === "object" && v !== null && Number.isInteger((v as { o: unknown }).o) && (v as { o: number }).o >= 0;

/** The criteria a search used, by name (never their values), for the audit trail. */
const criteriaNames = (c: SearchCriteria) => Object.entries(c).flatMap(([k, v]) => (v ? [k] : []));

/**
 * Search the caller's service (decision 033). Every search is audited — the criteria it used, by
 * name, and a read of each referral it showed — in the transaction that reads them.
 */
export async function searchRecords(opts: {
  db: Db;
  viewer: Viewer;
  input: SearchInput;
  first?: number | null;
  after?: string | null;
  correlationId: string;
}): Promise<RecordSearchConnection> {
  const { viewer } = opts;
  const criteria = parseInput(searchSchema, opts.input);
  const limit = clampFirst(opts.first, MAX_SEARCH_RESULTS);
  const offset = opts.after ? decodeCursor(opts.after, isOffset).o : 0;
  const readsAny = can(viewer.role, Permission.ReadReferralAny);
  const named = criteria.name ? await matchNames(opts.db, viewer.serviceId, criteria.name) : null;
  return opts.db.transaction(async (tx) => {
    const rows = await searchReferrals(tx, { serviceId: viewer.serviceId, criteria, named, offset, limit });
    const page = rows.slice(0, limit);
    const hits = page.map((row) =>
      toHit(row, hitAccess({ readsAny, entered: row.created_by_id === viewer.staffId, holds: row.holder_id === viewer.staffId })),
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "records.search",
      entityType: "search",
      entityId: null,
      fields: criteriaNames(criteria),
      correlationId: opts.correlationId,
    });
    if (hits.length)
      await recordReads(tx, {
        viewer,
        action: "records.search.hit",
        entityType: "referral",
        ids: hits.map((h) => h.referralId),
        fields: ["contactName", "childName"],
        correlationId: opts.correlationId,
      });
    return {
      totalCount: Number(page[0]?.total ?? 0),
      edges: hits.map((node, i) => ({ cursor: encodeCursor({ o: offset + i + 1 }), node })),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: hits.length ? encodeCursor({ o: offset + hits.length }) : null },
    };
  });
}
