import type { Tx } from "../db/client.js";
import type { EventBus } from "../pubsub/event-bus.js";

/** What a module above referrals is told about a referral entered by staff, inside the writing transaction. */
export interface ReferralCreated {
  serviceId: string;
  referralId: string;
  /** The staff member who entered it; null for the public form. */
  createdById: string | null;
  safeguardingFlag: boolean;
  at: Date;
}

export type ReferralCreatedHook = (tx: Tx, bus: Pick<EventBus, "publish">, created: ReferralCreated) => Promise<void>;

const hooks: ReferralCreatedHook[] = [];

/**
 * Modules above referrals (which referrals may not import, decision 019) act on a new referral in
 * its own transaction by registering here when they load: safeguarding raises the concern a flag
 * at intake means (safeguarding/intake-concern.ts). `server/src/schema.ts` loads every module, so
 * the hooks are in place before the first request.
 */
export function onReferralCreated(hook: ReferralCreatedHook): void {
  if (!hooks.includes(hook)) hooks.push(hook);
}

export async function runReferralCreatedHooks(tx: Tx, bus: Pick<EventBus, "publish">, created: ReferralCreated): Promise<void> {
  for (const hook of hooks) await hook(tx, bus, created);
}
