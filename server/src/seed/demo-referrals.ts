import type { Tx } from "../db/client.js";

/** Filled in by the referral module's demo data (issue: intake and triage). */
export async function seedDemoReferrals(_opts: { tx: Tx; serviceId: string; now: Date }) {}
