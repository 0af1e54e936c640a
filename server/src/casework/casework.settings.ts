import type { ConductRecordedBy } from "../core/vocabulary.js";
import type { Queryable } from "../db/client.js";
import { getService } from "../service/service.service.js";

export interface CaseworkSettings {
  reopenWithinMonths: number;
  /** Who may record a conduct incident (decision 042). */
  conductRecordedBy: ConductRecordedBy;
}

/**
 * The service's casework settings (docs/casework-rules.md): columns of the service's settings, kept
 * and validated by `settings/` (decision 041); the defaults are `CASEWORK_SETTING_DEFAULTS`.
 */
export async function caseworkSettingsOf(q: Queryable, serviceId: string): Promise<CaseworkSettings> {
  const service = await getService(q, serviceId);
  return { reopenWithinMonths: service.reopenWithinMonths, conductRecordedBy: service.conductRecordedBy };
}
