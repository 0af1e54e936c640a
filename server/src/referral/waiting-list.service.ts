import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { sqlValues } from "../db/sql.js";
import { QUEUE_STATUSES } from "./referral.rules.js";

/**
 * Record today's waiting list for every service (service deficit [004 2.2B8]): referrals waiting
 * for triage or allocation, and how many of them are past their response maximum without a
 * response. One row per service per local day; later runs that day leave it as it is.
 */
export async function recordWaitingListSnapshots(opts: { db: Queryable; now: Date }) {
  const now = sql`${opts.now.toISOString()}::timestamptz`;
  // The count of each waiting status, by name: {"NEW": n, "TRIAGED": n, "POOLED": n}.
  const byStatus = sql.join(
    QUEUE_STATUSES.map((s) => sql`${sqlValues([s])}, count(r.id) filter (where r.status = ${sqlValues([s])})`),
    sql`, `,
  );
  await opts.db.execute(sql`
    insert into waiting_list_snapshots (service_id, taken_on, waiting, past_maximum, detail)
    select sv.id, (${now} at time zone (sv.office_hours->>'timeZone'))::date,
      count(r.id)::int,
      count(r.id) filter (where r.first_responded_at is null and r.response_deadline_at <= ${now})::int,
      jsonb_build_object(${byStatus})
    from services sv
    left join referrals r on r.service_id = sv.id and r.status in (${sqlValues(QUEUE_STATUSES)}) and r.erased_at is null
    group by sv.id, sv.office_hours
    on conflict (service_id, taken_on) do nothing`);
}
