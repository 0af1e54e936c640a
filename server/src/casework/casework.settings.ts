import { eq } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import type { ConductRecordedBy } from "../core/vocabulary.js";
import { caseworkSettings } from "./casework.table.js";
import { CASEWORK_SETTING_DEFAULTS } from "./casework.rules.js";

export interface CaseworkSettings {
  reopenWithinMonths: number;
  /** Who may record a conduct incident (decision 042). */
  conductRecordedBy: ConductRecordedBy;
}

/**
 * The service's casework settings (docs/casework-rules.md), or the defaults when it has chosen none.
 * Kept in a table of its own until the service settings screen takes them over.
 */
export async function caseworkSettingsOf(q: Queryable, serviceId: string): Promise<CaseworkSettings> {
  const [row] = await q.select().from(caseworkSettings).where(eq(caseworkSettings.serviceId, serviceId));
  return {
    reopenWithinMonths: row?.reopenWithinMonths ?? CASEWORK_SETTING_DEFAULTS.reopenWithinMonths,
    conductRecordedBy: row?.conductRecordedBy ?? CASEWORK_SETTING_DEFAULTS.conductRecordedBy,
  };
}
