import { KNOWN_ADDRESS_BUCKET, KNOWN_ADDRESS_DAYS } from "../ratelimit/rate-limit.rules.js";
import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { executeRows } from "../db/rows.js";
import { sqlValues } from "../db/sql.js";
import { SETTLED_STATUSES } from "../referral/referral.rules.js";
import { ACTIVE_CASE_STATUSES } from "../casework/casework.rules.js";
import { recordAudit } from "../audit/audit.service.js";
import { erasePeople } from "./erase.service.js";

/**
 * Anonymise families whose every referral is closed or signposted and whose last closure is
 * older than the service's `retention_years`; prune rate-limit rows older than a day.
 */
export async function applyRetention(opts: { db: Db; now: Date }) {
  const now = sql`${opts.now.toISOString()}::timestamptz`;
  const due = await executeRows<{ service_id: string; person_id: string }>(
    opts.db,
    sql`
    select p.service_id, p.id as person_id
    from people p join services sv on sv.id = p.service_id
    where p.erased_at is null
      and not exists (select 1 from referrals r where r.person_id = p.id and r.status not in (${sqlValues(SETTLED_STATUSES)}))
      and not exists (select 1 from referrals r join cases c on c.referral_id = r.id where r.person_id = p.id and c.status in (${sqlValues(ACTIVE_CASE_STATUSES)}))
      and coalesce(
        (select max(coalesce(c.closed_at, r.updated_at)) from referrals r left join cases c on c.referral_id = r.id where r.person_id = p.id),
        p.created_at) < ${now} - make_interval(years => sv.retention_years)
    limit 500`,
  );
  const byService = new Map<string, string[]>();
  for (const row of due) byService.set(row.service_id, [...(byService.get(row.service_id) ?? []), row.person_id]);
  for (const [serviceId, personIds] of byService) {
    await opts.db.transaction(async (tx) => {
      await erasePeople(tx, serviceId, personIds, opts.now);
      await recordAudit(
        tx,
        personIds.map((id) => ({
          serviceId,
          actorStaffId: null,
          action: "person.retention-erase" as const,
          entityType: "person",
          entityId: id,
        })),
      );
    });
  }
  await opts.db.execute(sql`delete from rate_limit_events where at < ${now} - interval '1 day'`);
  // Counters whose window closed a day ago; addresses an account signed in from, after KNOWN_ADDRESS_DAYS.
  await opts.db.execute(
    sql`delete from rate_limit_counters where (bucket <> ${KNOWN_ADDRESS_BUCKET} and window_start < ${now} - interval '1 day')
      or (bucket = ${KNOWN_ADDRESS_BUCKET} and window_start < ${now} - make_interval(days => ${KNOWN_ADDRESS_DAYS}::int))`,
  );
  return { erased: due.length };
}
