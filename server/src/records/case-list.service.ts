import { sql, type SQL } from "drizzle-orm";
import type { Queryable, Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import type { CaseStatus } from "../core/vocabulary.js";
import { caseListFilterSchema, type CaseListFilter } from "./case-list.validation.js";
import { Permission, can } from "../core/permissions.js";
import { clampFirst, decodeCursor, encodeCursor, type Connection } from "../core/cursor.js";
import { parseInput } from "../core/input.js";
import { epochMs, executeRows, fromEpochMs } from "../db/rows.js";
import { recordReads } from "../audit/audit.service.js";

/** A case as a list shows it. */
export interface CaseListItem {
  caseId: string;
  referralId: string;
  reference: string;
  status: CaseStatus;
  level: number;
  openedAt: Date;
  closedAt: Date | null;
  lastActivityAt: Date | null;
  heldById: string | null;
  heldBy: string | null;
  contactName: string | null;
  childName: string | null;
}

const isOffset = (v: unknown): v is { o: number } =>
  typeof v === "object" && v !== null && Number.isInteger((v as { o: unknown }).o) && (v as { o: number }).o >= 0;

/**
 * The cases of the service (decision 033): managers every case, filtered by status, level and holder;
 * anyone else only the cases they hold now. Newest first; audited per case shown.
 */
export async function listCases(opts: {
  db: Db;
  viewer: Viewer;
  filter?: CaseListFilter | null;
  first?: number | null;
  after?: string | null;
  correlationId: string;
}): Promise<Connection<CaseListItem> & { totalCount: number }> {
  const { viewer } = opts;
  const filter = parseInput(caseListFilterSchema, opts.filter ?? {}, "filter");
  const limit = clampFirst(opts.first, 100);
  const offset = opts.after ? decodeCursor(opts.after, isOffset).o : 0;
  const any = can(viewer.role, Permission.ReadCaseAny);
  const holder = !any || filter.mine ? viewer.staffId : (filter.staffId ?? null);
  const where: SQL[] = [sql`k.service_id = ${viewer.serviceId}::uuid`];
  if (filter.status?.length)
    where.push(
      sql`k.status::text in (${sql.join(
        filter.status.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  if (filter.level?.length)
    where.push(
      sql`k.level in (${sql.join(
        filter.level.map((l) => sql`${l}`),
        sql`, `,
      )})`,
    );
  if (holder) where.push(sql`al.staff_id = ${holder}::uuid`);
  return opts.db.transaction(async (tx) => {
    const rows = await selectCases(tx, where, offset, limit);
    const page = rows.slice(0, limit);
    if (page.length)
      await recordReads(tx, {
        viewer,
        action: "case.list",
        entityType: "case",
        ids: page.map((r) => r.id),
        fields: ["contactName", "childName"],
        correlationId: opts.correlationId,
      });
    return {
      totalCount: Number(page[0]?.total ?? 0),
      edges: page.map((r, i) => ({ cursor: encodeCursor({ o: offset + i + 1 }), node: toItem(r) })),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: page.length ? encodeCursor({ o: offset + page.length }) : null },
    };
  });
}

interface Row {
  id: string;
  referral_id: string;
  reference: string;
  status: CaseStatus;
  level: number;
  opened_ms: number;
  closed_ms: number | null;
  last_ms: number | null;
  staff_id: string | null;
  held_by: string | null;
  contact_name: string | null;
  child_name: string | null;
  total: number | string;
}

function selectCases(q: Queryable, where: SQL[], offset: number, limit: number) {
  return executeRows<Row>(
    q,
    sql`select k.id, k.referral_id, r.reference, k.status::text as status, k.level, ${epochMs(sql`k.opened_at`)} as opened_ms,
          ${epochMs(sql`k.closed_at`)} as closed_ms, ${epochMs(sql`k.last_activity_at`)} as last_ms,
          al.staff_id, s.display_name as held_by, p.full_name as contact_name, ch.full_name as child_name, count(*) over () as total
        from cases k
        join referrals r on r.id = k.referral_id
        left join allocations al on al.case_id = k.id and al.ended_at is null
        left join staff s on s.id = al.staff_id
        left join people p on p.id = r.person_id
        left join children ch on ch.id = r.child_id
        where ${sql.join(where, sql` and `)}
        order by k.opened_at desc, k.id
        offset ${offset} limit ${limit + 1}`,
  );
}

const toItem = (r: Row): CaseListItem => ({
  caseId: r.id,
  referralId: r.referral_id,
  reference: r.reference,
  status: r.status,
  level: r.level,
  openedAt: fromEpochMs(r.opened_ms)!,
  closedAt: fromEpochMs(r.closed_ms),
  lastActivityAt: fromEpochMs(r.last_ms),
  heldById: r.staff_id,
  heldBy: r.held_by,
  contactName: r.contact_name,
  childName: r.child_name,
});
