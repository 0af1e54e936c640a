import { eq } from "drizzle-orm";
import type { Tx } from "../db/client.js";
import { services } from "../service/service.table.js";
import { staff } from "../staff/staff.table.js";
import { referrals } from "../referral/referral.table.js";
import { activities, allocations, cases } from "../casework/casework.table.js";
import { newReference } from "../referral/referral.service.js";
import { children, people } from "../person/person.table.js";
import { ETHNIC_GROUP_STORED_AS } from "../person/ethnicity.js";
import { responseClock } from "../service/service-calendar.js";
import { ageInYears, postcodeDistrict } from "../triage/triage.rules.js";
import { personRoleFor } from "../referral/referral.rules.js";
import { randomUUID } from "node:crypto";
import { ETHNIC_GROUP, type ActivityKind, type ClosureReason } from "../core/vocabulary.js";
import { theRow } from "../db/rows.js";
import { CHANNELS, FIRST, HEARD, LAST, NEEDS, PARENT, POSTCODES, REASONS, SETTINGS, STAGES, rng } from "./demo-referrals.js";

const DAY = 86_400_000;

/** Referrals a day on a weekday, by calendar month: busy in the autumn term, quiet in August. */
const MONTH_RATE = [0.9, 0.95, 1.05, 0.75, 0.95, 1.05, 0.85, 0.35, 1.2, 1.35, 1.25, 0.7] as const;
/** Days of history: two years, ending where the recent demo (the last four weeks) begins. */
export const HISTORY_DAYS = 730;
const RECENT_DAYS = 29;

const CLOSURES: ClosureReason[] = [
  "OUTCOME_ACHIEVED",
  "OUTCOME_ACHIEVED",
  "OUTCOME_ACHIEVED",
  "OUTCOME_ACHIEVED",
  "FAMILY_WITHDREW",
  "NO_CONTACT",
  "SIGNPOSTED_ELSEWHERE",
  "MOVED_AWAY",
];
const WORK: ActivityKind[] = [
  "PHONE_CALL",
  "EMAIL",
  "ADVICE_GIVEN",
  "MEETING_PREPARED",
  "MEETING_ATTENDED",
  "LITERATURE_SENT",
  "FACE_TO_FACE",
];

/**
 * Two years of closed casework before the recent demo, so a statistics screen has months to compare
 * and trends to draw: about 1.1 referrals each working day (a few on weekends through the web form),
 * seasonal, growing by a tenth a year; most allocated, worked for one to five contacts and closed,
 * some signposted. Deterministic, like the rest of the demo. Written in a few multi-row inserts (one
 * referral at a time took most of a minute on PGlite); derived columns come from the same rules as
 * `insertReferral`, and the statistics rollups from the same triggers as live use.
 */
export async function seedDemoHistory(opts: { tx: Tx; serviceId: string; now: Date }) {
  const { tx, now } = opts;
  const rand = rng(20241204);
  const pick = <T>(xs: readonly T[]): T => {
    const x = xs[Math.floor(rand() * xs.length)];
    if (x === undefined) throw new Error("nothing to pick from");
    return x;
  };
  const service = theRow(await tx.select().from(services).where(eq(services.id, opts.serviceId)), "the demo service");
  const team = await tx.select().from(staff).where(eq(staff.serviceId, opts.serviceId));
  const manager = team.find((s) => s.role === "MANAGER");
  const officers = team.filter((s) => s.role === "OFFICER");
  const volunteers = team.filter((s) => s.role === "VOLUNTEER");
  if (!manager || officers.length === 0) throw new Error("the demo team needs a manager and officers");
  const timeZone = service.officeHours.timeZone;

  const rows = {
    people: [] as (typeof people.$inferInsert)[],
    children: [] as (typeof children.$inferInsert)[],
    referrals: [] as (typeof referrals.$inferInsert)[],
    cases: [] as (typeof cases.$inferInsert)[],
    allocations: [] as (typeof allocations.$inferInsert)[],
    activities: [] as (typeof activities.$inferInsert)[],
  };

  for (let ago = HISTORY_DAYS; ago >= RECENT_DAYS; ago--) {
    const day = new Date(now.getTime() - ago * DAY);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    const growth = 1 + (0.1 * (HISTORY_DAYS - ago)) / 365;
    const expected = (weekend ? 0.2 : 1.1) * (MONTH_RATE[day.getUTCMonth()] ?? 1) * growth;
    const count = Math.floor(expected + rand());
    for (let k = 0; k < count; k++) {
      const n = rows.referrals.length;
      const receivedAt = new Date(
        Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 8 + Math.floor(rand() * 9), Math.floor(rand() * 60)),
      );
      const channel = weekend ? "WEB_FORM" : pick(CHANNELS);
      const [need, primaryNeed, diagnosisStatus] = pick(NEEDS);
      const lastName = pick(LAST);
      const childAge = 2 + Math.floor(rand() * 18);
      const dateOfBirth = new Date(receivedAt.getTime() - (childAge * 365.25 + rand() * 300) * DAY).toISOString().slice(0, 10);
      const source = channel === "PROFESSIONAL" ? "PROFESSIONAL" : childAge >= 16 && rand() < 0.4 ? "YOUNG_PERSON" : "PARENT_CARER";
      const ethnicity = ETHNIC_GROUP_STORED_AS[pick(ETHNIC_GROUP.values)];
      const postcode = pick(POSTCODES);
      const personId = randomUUID();
      const childId = randomUUID();
      const referralId = randomUUID();
      rows.people.push({
        id: personId,
        serviceId: service.id,
        role: personRoleFor(source),
        fullName: source === "YOUNG_PERSON" ? `${pick(FIRST)} ${lastName}` : `${pick(PARENT)} ${lastName}`,
        email: rand() < 0.6 ? `${lastName.toLowerCase()}.h${n}@example.org` : null,
        phone: `07700 9${String(10_000 + n).slice(-5)}`,
        postcode,
        preferredContact: pick(["PHONE", "EMAIL", "PHONE", "TEXT"] as const),
        accessibilityNeeds: rand() < 0.1 ? ["INTERPRETER"] : [],
        ethnicity,
      });
      rows.children.push({
        id: childId,
        serviceId: service.id,
        fullName: `${pick(FIRST)} ${lastName}`,
        dateOfBirth,
        educationSetting: childAge < 4 ? "Little Acorns Nursery" : pick(SETTINGS),
        needsOverview: need,
        diagnosisStatus,
        primaryNeed,
        ethnicity,
      });
      const { targetAt, deadlineAt } = responseClock(service, receivedAt);
      const triagedAt = new Date(receivedAt.getTime() + (1 + Math.floor(rand() * 20)) * 3_600_000);
      const referral: typeof referrals.$inferInsert = {
        id: referralId,
        serviceId: service.id,
        reference: newReference(),
        channel,
        source,
        professionalType: channel === "PROFESSIONAL" ? pick(["SCHOOL_STAFF", "HEALTH", "SOCIAL_WORKER"] as const) : null,
        referrerName: channel === "PROFESSIONAL" ? `${pick(PARENT)} ${pick(LAST)}` : null,
        referrerOrganisation: channel === "PROFESSIONAL" ? pick(SETTINGS) : null,
        familyConsentedToShare: true,
        personId,
        childId,
        reasonForReferral: pick(REASONS),
        currentStage: pick(STAGES),
        howHeard: pick(HEARD),
        ageAtReferral: ageInYears(dateOfBirth, receivedAt, timeZone),
        postcodeDistrict: postcodeDistrict(postcode),
        receivedAt,
        responseTargetAt: targetAt,
        responseDeadlineAt: deadlineAt,
        safeguardingFlag: rand() < 0.03,
        excludedOrNoPlace: rand() < 0.05,
        childInNeedOrLookedAfter: rand() < 0.06,
        triagedAt,
        triagedById: manager.id,
        createdById: channel === "WEB_FORM" ? null : manager.id,
        createdAt: receivedAt,
        updatedAt: triagedAt,
      };
      rows.referrals.push(referral);
      if (rand() < 0.08) {
        Object.assign(referral, {
          eligibility: "INELIGIBLE",
          status: "SIGNPOSTED",
          firstRespondedAt: triagedAt,
          ineligibleReason: "Lives outside Stoke-on-Trent",
          signposting: "Staffordshire SENDIASS",
        } satisfies Partial<typeof referrals.$inferInsert>);
        continue;
      }
      const level = rand() < 0.3 ? 1 : rand() < 0.55 ? 2 : rand() < 0.85 ? 3 : 4;
      // Mostly within the response target; now and then a slow week past it.
      const firstContact = new Date(receivedAt.getTime() + (2 + Math.floor(rand() * (rand() < 0.85 ? 26 : 90))) * 3_600_000);
      Object.assign(referral, {
        eligibility: "ELIGIBLE",
        level,
        status: "ALLOCATED",
        firstRespondedAt: firstContact,
      } satisfies Partial<typeof referrals.$inferInsert>);
      const holder = level <= service.volunteerMaxLevel && volunteers.length && rand() < 0.25 ? pick(volunteers) : pick(officers);
      const contacts = level === 1 ? 1 : 1 + Math.floor(rand() * (level + 1));
      // Every historical case is closed (by two days ago at the latest), so none sits on a caseload today.
      const closedAt = new Date(
        Math.min(firstContact.getTime() + (level === 1 ? 1 : 7 * contacts + Math.floor(rand() * 30)) * DAY, now.getTime() - 2 * DAY),
      );
      const worked = Array.from({ length: contacts }, (_, c) => new Date(firstContact.getTime() + c * 7 * DAY)).filter(
        (at, c) => c === 0 || at < closedAt,
      );
      const caseId = randomUUID();
      rows.cases.push({
        id: caseId,
        serviceId: service.id,
        referralId,
        level,
        status: "CLOSED",
        openedAt: triagedAt,
        lastActivityAt: worked[worked.length - 1] ?? firstContact,
        closedAt,
        closureReason: pick(CLOSURES),
      });
      rows.allocations.push({
        serviceId: service.id,
        caseId,
        staffId: holder.id,
        kind: rand() < 0.2 ? "CLAIMED" : "DIRECT",
        allocatedById: manager.id,
        allocatedAt: triagedAt,
        acceptedAt: new Date(triagedAt.getTime() + 3_600_000),
        endedAt: closedAt,
      });
      for (const [c, occurredAt] of worked.entries()) {
        rows.activities.push({
          serviceId: service.id,
          caseId,
          staffId: holder.id,
          kind: c === 0 ? "PHONE_CALL" : pick(WORK),
          occurredAt,
          minutes: 15 + Math.floor(rand() * (c === 0 ? 40 : 120)),
          withFamily: true,
          summary: c === 0 ? "First call: listened to the family's concerns and explained how the service can help." : "Casework.",
        });
      }
    }
  }

  const CHUNK = 250;
  const insertAll = async <T>(rowsOf: T[], insert: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rowsOf.length; i += CHUNK) await insert(rowsOf.slice(i, i + CHUNK));
  };
  await insertAll(rows.people, (chunk) => tx.insert(people).values(chunk));
  await insertAll(rows.children, (chunk) => tx.insert(children).values(chunk));
  await insertAll(rows.referrals, (chunk) => tx.insert(referrals).values(chunk));
  await insertAll(rows.cases, (chunk) => tx.insert(cases).values(chunk));
  await insertAll(rows.allocations, (chunk) => tx.insert(allocations).values(chunk));
  await insertAll(rows.activities, (chunk) => tx.insert(activities).values(chunk));
  return rows.referrals.length;
}
