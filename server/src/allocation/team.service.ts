import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { can, Permission } from "../core/permissions.js";
import { badInput, forbidden, notFound } from "../core/errors.js";
import { assertId } from "../core/input.js";
import { getService } from "../service/service.service.js";
import { blockingReasons, type CaseDemand } from "./allocation.rules.js";
import { loadCaseDemand, loadStaffFacts, openCaseload } from "./eligibility.query.js";
import { serviceToday } from "../service/service-calendar.js";
import { staff } from "../staff/staff.table.js";
import { CASE_HOLDING_ROLES } from "../staff/staff.rules.js";
import type { TeamMember } from "./allocation.model.js";
import { INTERVENTION_LEVELS } from "../core/vocabulary.js";

/**
 * Every active staff member of the caller's service who can hold cases (steering members and
 * administrators are on the accounts page, not here), with open caseload by level, capacity and the
 * reasons they could not take a case: of `level`, or of the referral `forReferralId` (which adds
 * its conflicts of interest). Only the manager may ask about a specific referral.
 */
export async function listTeam(opts: {
  db: Db;
  viewer: Viewer;
  level?: number | null;
  forReferralId?: string | null;
  now: Date;
}): Promise<TeamMember[]> {
  const { viewer } = opts;
  if (opts.level != null && !(INTERVENTION_LEVELS as readonly number[]).includes(opts.level)) throw badInput("level", "Level is 1 to 4.");
  let demand: CaseDemand = { level: opts.level ?? null };
  if (opts.forReferralId != null) {
    const referralId = assertId("forReferralId", opts.forReferralId);
    if (!can(viewer.role, Permission.ReadReferralAny)) throw forbidden();
    const found = await loadCaseDemand(opts.db, viewer.serviceId, referralId);
    if (!found.found) throw notFound("Referral");
    demand = { ...found, level: opts.level ?? found.level };
  }
  const service = await getService(opts.db, viewer.serviceId);
  const members = await opts.db
    .select()
    .from(staff)
    .where(and(eq(staff.serviceId, viewer.serviceId), eq(staff.active, true), inArray(staff.role, [...CASE_HOLDING_ROLES])))
    .orderBy(asc(staff.role), asc(staff.displayName));
  const ids = members.map((m) => m.id);
  const [facts, load] = [await loadStaffFacts(opts.db, viewer.serviceId, members), await openCaseload(opts.db, viewer.serviceId, ids)];
  const today = serviceToday(service, opts.now);
  return members.map((m) => {
    const memberFacts = facts.get(m.id);
    if (!memberFacts) throw new Error("no facts loaded for a team member");
    const caseload = INTERVENTION_LEVELS.map((level) => ({
      level,
      openCases: load.filter((l) => l.staffId === m.id && l.level === level).reduce((s, l) => s + Number(l.count), 0),
    }));
    return {
      id: m.id,
      displayName: m.displayName,
      role: m.role,
      capacity: m.capacity,
      openCases: memberFacts.openAllocations,
      caseload,
      blockingReasons: blockingReasons(memberFacts, demand, { today, volunteerMaxLevel: service.volunteerMaxLevel }),
    };
  });
}
