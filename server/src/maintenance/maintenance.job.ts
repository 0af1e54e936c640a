import type { Db } from "../db/client.js";
import { applyRetention } from "../dataprotection/retention.service.js";
import { recordWaitingListSnapshots } from "../referral/waiting-list.service.js";
import { markInactiveCases } from "../casework/inactive.service.js";
import { pruneIdempotencyKeys } from "../idempotency/idempotency.service.js";
import { pruneNotifications } from "../notifications/notification.prune.js";

/** How often the housekeeping runs; each step is idempotent, so several instances may run it. */
const EVERY_MS = 60 * 60_000;

/** Hourly housekeeping: the daily waiting-list snapshot, inactive cases, retention, pruning of rate-limit rows, of idempotency keys (decision 027) and of old outbox rows (decision 040). */
export function startMaintenance(deps: { db: Db; now: () => Date; log: (m: string, e?: unknown) => void; firstRunAfterMs?: number }) {
  const run = async () => {
    try {
      await recordWaitingListSnapshots({ db: deps.db, now: deps.now() });
      await markInactiveCases({ db: deps.db, now: deps.now() });
      await applyRetention({ db: deps.db, now: deps.now() });
      await pruneIdempotencyKeys({ db: deps.db, now: deps.now() });
      await pruneNotifications({ db: deps.db, now: deps.now() });
    } catch (error) {
      deps.log("maintenance failed", error);
    }
  };
  const first = deps.firstRunAfterMs ? setTimeout(() => void run(), deps.firstRunAfterMs) : (void run(), undefined);
  first?.unref();
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
