import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { OUTBOX_KEEP_DAYS } from "./notification.rules.js";

/** Delete outbox rows older than OUTBOX_KEEP_DAYS, whatever their state (hourly maintenance; idempotent). */
export async function pruneNotifications(opts: { db: Db; now: Date }): Promise<void> {
  const before = new Date(opts.now.getTime() - OUTBOX_KEEP_DAYS * 86_400_000);
  await opts.db.execute(sql`delete from notification_outbox where created_at < ${before.toISOString()}::timestamptz`);
}
