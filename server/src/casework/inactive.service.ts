import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { inactiveFromSql } from "./casework.rules.js";

/**
 * The national model's "inactive" intervention: an open case with no activity for the service's
 * `inactive_case_days`. Logging an activity makes it open again (activity.service.ts).
 */
export async function markInactiveCases(opts: { db: Queryable; now: Date }) {
  await opts.db.execute(sql`
    update cases c set status = 'INACTIVE'
    from services sv
    where sv.id = c.service_id and c.status = 'OPEN'
      and ${inactiveFromSql(sql`c`, sql`sv`)} <= ${opts.now.toISOString()}::timestamptz`);
}
