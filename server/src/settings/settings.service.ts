import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { parseInput } from "../core/input.js";
import { recordAudit } from "../audit/audit.service.js";
import { getService, type ServiceRow } from "../service/service.service.js";
import { services } from "../service/service.table.js";
import { settingsSchema } from "./settings.validation.js";
import { FOLDER_SMALLER_THAN_FILE, folderHoldsLargestFile } from "./settings.rules.js";
import { badInput } from "../core/errors.js";
import type { ServiceSettings } from "./settings.model.js";

const KEYS = [
  "officeHours",
  "closureDays",
  "responseTargetDays",
  "responseMaxDays",
  "suppressionK",
  "volunteerMaxLevel",
  "supervisionOfficerWeeks",
  "supervisionVolunteerWeeks",
  "inactiveCaseDays",
  "acceptWithinHours",
  "safeguardingAckMinutes",
  "dbsWarningDays",
  "keyDateWarningDays",
  "meetingFollowUpWorkingDays",
  "reopenWithinMonths",
  "conductRecordedBy",
  "areaPostcodeDistricts",
  "documentFileMaxMb",
  "documentFolderMaxMb",
] as const satisfies readonly (keyof ServiceSettings & keyof ServiceRow)[];

const settingsOf = (row: ServiceRow): ServiceSettings => Object.fromEntries(KEYS.map((k) => [k, row[k]])) as unknown as ServiceSettings;

/** The caller's service's settings. */
export async function getServiceSettings(opts: { db: Db; viewer: Viewer }): Promise<ServiceSettings> {
  return settingsOf(await getService(opts.db, opts.viewer.serviceId));
}

/**
 * Replace the service's settings, effective at once for everything computed from now on (new
 * referrals' response clocks, every overdue rule at the next tick). Referrals already received
 * keep their response target and maximum (decision 030). Audited with the names of the fields changed.
 */
export async function updateServiceSettings(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<typeof settingsSchema>;
  now: Date;
}): Promise<ServiceSettings> {
  const input = parseInput(settingsSchema, opts.input);
  const { viewer } = opts;
  return opts.db.transaction(async (tx) => {
    const before = settingsOf(await getService(tx, viewer.serviceId));
    // Settings added later may be left out by older clients: absent means unchanged.
    const next = {
      ...before,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)),
    } as ServiceSettings;
    // Either cap may be sent alone (older clients send neither): the pair is checked as it will be kept.
    if (!folderHoldsLargestFile(next.documentFileMaxMb, next.documentFolderMaxMb))
      throw badInput(input.documentFolderMaxMb ? "input.documentFolderMaxMb" : "input.documentFileMaxMb", FOLDER_SMALLER_THAN_FILE);
    const changed = KEYS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(next[k]));
    const closureDays = [...next.closureDays].sort();
    const [row] = await tx
      .update(services)
      .set({ ...next, closureDays })
      .where(eq(services.id, viewer.serviceId))
      .returning();
    if (!row) throw new Error("the service row vanished");
    if (changed.length)
      await recordAudit(tx, {
        serviceId: viewer.serviceId,
        actorStaffId: viewer.staffId,
        action: "service.settings.update",
        entityType: "service",
        entityId: viewer.serviceId,
        fields: [...changed],
      });
    return settingsOf(row);
  });
}
