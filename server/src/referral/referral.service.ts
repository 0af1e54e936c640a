import { randomInt } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { DateTime } from "luxon";
import type { Db, Tx } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import type { EventBus } from "../pubsub/event-bus.js";
import { Topic } from "../pubsub/event-bus.js";
import { recordAudit } from "../audit/audit.service.js";
import { DomainError, ErrorCode, badInput, notFound } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { findServiceBySlug, getService, type ServiceRow } from "../service/service.service.js";
import { calendarOf } from "../service/service-calendar.js";
import { responseDeadlines } from "../clock/working-time.js";
import { children, people } from "../person/person.table.js";
import { ETHNIC_GROUP_STORED_AS } from "../person/ethnicity.js";
import { anonymousEnquiries, keyDates, referrals } from "./referral.table.js";
import { ageInYears, postcodeDistrict } from "../triage/eligibility.js";
import { deriveStatutoryDates } from "../triage/statutory-dates.js";
import { assertWithinLimit, limitsByBucket, rateLimitKey, recordAttempt } from "../ratelimit/rate-limit.service.js";
import {
  createReferralSchema,
  selfReferralSchema,
  type CreateReferral,
  type CreateReferralInput,
  type SelfReferralInput,
} from "./referral.inputs.js";
import type { SelfReferralReceipt } from "./referral.type.js";
import { localDate } from "../clock/calendar-date.js";

/** Referral statuses that are still "open" for duplicate detection and the queue. */
export const OPEN_STATUSES = ["NEW", "TRIAGED", "POOLED", "ALLOCATED"] as const;
export const QUEUE_STATUSES = ["NEW", "TRIAGED", "POOLED"] as const;

// No 0/O, 1/I/L: references are read out over the phone.
const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const newReference = () => `R-${Array.from({ length: 6 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join("")}`;

type Details = Pick<
  CreateReferral,
  "contact" | "child" | "reasonForReferral" | "currentStage" | "howHeard" | "ethnicity" | "excludedOrNoPlace" | "keyDates"
>;

export interface NewReferral extends Details {
  channel: CreateReferral["channel"];
  source: CreateReferral["source"];
  professionalType?: CreateReferral["professionalType"];
  referrerName?: string | null;
  referrerOrganisation?: string | null;
  familyConsentedToShare: boolean;
  safeguardingFlag: boolean;
  childInNeedOrLookedAfter: boolean;
  receivedAt: Date;
  createdById: string | null;
}

/** Insert person, child, referral and key dates (with statutory derivations); publish the events. */
export async function insertReferral(tx: Tx, bus: Pick<EventBus, "publish">, service: ServiceRow, r: NewReferral) {
  const { targetAt, deadlineAt } = responseDeadlines(
    calendarOf(service),
    r.receivedAt,
    service.responseTargetDays,
    service.responseMaxDays,
  );
  const [person] = await tx
    .insert(people)
    .values({
      serviceId: service.id,
      role: r.source === "YOUNG_PERSON" ? "YOUNG_PERSON" : "PARENT_CARER",
      fullName: r.contact.fullName,
      email: r.contact.email ?? null,
      phone: r.contact.phone ?? null,
      address: r.contact.address,
      postcode: r.contact.postcode ?? null,
      preferredContact: r.contact.preferredContact,
      accessibilityNeeds: r.contact.accessibilityNeeds,
      interpreterLanguage: r.contact.interpreterLanguage,
      ethnicity: r.ethnicity && ETHNIC_GROUP_STORED_AS[r.ethnicity],
    })
    .returning({ id: people.id });
  const [child] = await tx
    .insert(children)
    .values({
      serviceId: service.id,
      fullName: r.child.fullName,
      dateOfBirth: r.child.dateOfBirth,
      educationSetting: r.child.educationSetting,
      needsOverview: r.child.needsOverview,
      diagnosisStatus: r.child.diagnosisStatus,
      primaryNeed: r.child.primaryNeed,
      ethnicity: r.ethnicity && ETHNIC_GROUP_STORED_AS[r.ethnicity],
    })
    .returning({ id: children.id });

  // Possible duplicate: same child name and date of birth on another open referral of this service.
  const [duplicate] = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .innerJoin(children, eq(children.id, referrals.childId))
    .where(
      and(
        eq(referrals.serviceId, service.id),
        inArray(referrals.status, [...OPEN_STATUSES]),
        eq(children.dateOfBirth, r.child.dateOfBirth),
        eq(sql`lower(trim(${children.fullName}))`, r.child.fullName.trim().toLowerCase()),
        isNull(referrals.erasedAt),
      ),
    )
    .orderBy(referrals.receivedAt)
    .limit(1);

  const [referral] = await tx
    .insert(referrals)
    .values({
      serviceId: service.id,
      reference: newReference(),
      channel: r.channel,
      source: r.source,
      professionalType: r.professionalType ?? null,
      referrerName: r.referrerName ?? null,
      referrerOrganisation: r.referrerOrganisation ?? null,
      familyConsentedToShare: r.familyConsentedToShare,
      personId: person.id,
      childId: child.id,
      reasonForReferral: r.reasonForReferral,
      currentStage: r.currentStage,
      howHeard: r.howHeard,
      ageAtReferral: ageInYears(r.child.dateOfBirth, r.receivedAt, service.officeHours.timeZone),
      postcodeDistrict: postcodeDistrict(r.contact.postcode ?? null),
      receivedAt: r.receivedAt,
      responseTargetAt: targetAt,
      responseDeadlineAt: deadlineAt,
      safeguardingFlag: r.safeguardingFlag,
      excludedOrNoPlace: r.excludedOrNoPlace,
      childInNeedOrLookedAfter: r.childInNeedOrLookedAfter,
      possibleDuplicateOfId: duplicate?.id ?? null,
      createdById: r.createdById,
    })
    .returning({ id: referrals.id, reference: referrals.reference });

  await insertKeyDates(tx, service.id, referral.id, r.keyDates);
  await recordAudit(tx, {
    serviceId: service.id,
    actorStaffId: r.createdById,
    action: "referral.create",
    entityType: "referral",
    entityId: referral.id,
    fields: ["contact", "child", "reasonForReferral"],
  });
  await bus.publish(tx, Topic.ReferralReceived, { serviceId: service.id, referralId: referral.id });
  await bus.publish(tx, Topic.TriageQueueChanged, { serviceId: service.id, referralId: referral.id, change: "ADDED" });
  return { ...referral, targetAt, deadlineAt };
}

export async function insertKeyDates(
  tx: Tx,
  serviceId: string,
  referralId: string,
  dates: { kind: CreateReferral["keyDates"][number]["kind"]; on: string; notes: string | null }[],
) {
  for (const d of dates) {
    const [row] = await tx
      .insert(keyDates)
      .values({ serviceId, referralId, kind: d.kind, on: d.on, notes: d.notes })
      .returning({ id: keyDates.id });
    const derived = deriveStatutoryDates(d.kind, d.on);
    if (derived.length) {
      await tx
        .insert(keyDates)
        .values(derived.map((x) => ({ serviceId, referralId, kind: x.kind, on: x.on, notes: x.rule, derivedFromId: row.id })));
    }
  }
}

/** The promise shown to the family, in plain words, in the service's time zone. */
export function responsePromise(service: ServiceRow, targetAt: Date, method: string | null): string {
  const when = DateTime.fromJSDate(targetAt, { zone: service.officeHours.timeZone })
    .toFormat("h:mma 'on' cccc d LLLL yyyy")
    .replace("AM", "am")
    .replace("PM", "pm");
  const how = { PHONE: "by phone", EMAIL: "by email", TEXT: "by text message", LETTER: "by letter" }[method ?? ""] ?? "";
  return `Thank you. We will contact you${how ? ` ${how}` : ""} by ${when}.`;
}

/**
 * The public web form. Without consent to record, nothing personal is stored: only a tally of the
 * enquiry. Rate-limited per client address across instances.
 */
export async function submitSelfReferral(opts: {
  db: Db;
  bus: EventBus;
  input: SelfReferralInput;
  clientAddress: string;
  now: Date;
}): Promise<SelfReferralReceipt> {
  const { input, now } = opts;
  if (typeof input.consentToRecord !== "boolean") throw badInput("input.consentToRecord", "Tell us whether we may record your details.");
  const service = await findServiceBySlug(opts.db, String(input.serviceSlug ?? "").trim());
  if (!service) throw badInput("input.serviceSlug", "We could not find that service.");
  const key = rateLimitKey(opts.clientAddress);
  const limit = limitsByBucket.selfReferral;
  await assertWithinLimit({ db: opts.db, limit, key, now });

  if (!input.consentToRecord) {
    await opts.db.transaction(async (tx) => {
      await tx
        .insert(anonymousEnquiries)
        .values({ serviceId: service.id, channel: "WEB_FORM", receivedOn: localDate(now, service.officeHours.timeZone) });
      await recordAttempt({ db: tx, limit, key, now, counts: true });
    });
    return {
      recorded: false,
      reference: null,
      respondBy: null,
      responsePromise: `Thank you. You did not agree to us recording your details, so we have kept only an anonymous count of your enquiry and cannot contact you. You are welcome to phone our helpline${service.helplinePhone ? ` on ${service.helplinePhone}` : ""} at any time.`,
    };
  }
  const parsed = parseInput(selfReferralSchema(now), input);
  const created = await opts.db.transaction(async (tx) => {
    const r = await insertReferral(tx, opts.bus, service, {
      ...parsed,
      channel: "WEB_FORM",
      source: parsed.submittedBy,
      familyConsentedToShare: true,
      safeguardingFlag: false,
      childInNeedOrLookedAfter: false,
      receivedAt: now,
      createdById: null,
    });
    await recordAttempt({ db: tx, limit, key, now, counts: true });
    return r;
  });
  return {
    recorded: true,
    reference: created.reference,
    respondBy: created.targetAt,
    responsePromise: responsePromise(service, created.targetAt, parsed.contact.preferredContact),
  };
}

/** How far back `receivedAt` may go: letters and answerphone messages are entered within weeks, not years. */
const MAX_BACKDATE_DAYS = 90;

/** A referral entered by staff from any channel. */
export async function createReferral(opts: { db: Db; bus: EventBus; viewer: Viewer; input: CreateReferralInput; now: Date }) {
  const { input, viewer, now } = opts;
  const receivedAt = input.receivedAt ?? now;
  if (!(receivedAt instanceof Date) || Number.isNaN(receivedAt.getTime()))
    throw badInput("input.receivedAt", "Enter a real date and time.");
  if (receivedAt.getTime() > now.getTime() + 60_000) throw badInput("input.receivedAt", "The time received cannot be in the future.");
  if (receivedAt.getTime() < now.getTime() - MAX_BACKDATE_DAYS * 86_400_000)
    throw badInput("input.receivedAt", `The time received cannot be more than ${MAX_BACKDATE_DAYS} days ago.`);
  if (input.consentToRecord !== true)
    throw new DomainError(
      ErrorCode.CONSENT_REQUIRED,
      "Ask for consent to record before entering details; without it, log an anonymous enquiry.",
      {
        field: "input.consentToRecord",
      },
    );
  const parsed = parseInput(createReferralSchema(receivedAt), input);
  if (parsed.source === "PROFESSIONAL" && !parsed.familyConsentedToShare) {
    throw new DomainError(
      ErrorCode.FAMILY_CONSENT_REQUIRED,
      "A professional referral needs the family's consent to share, obtained by the referrer before contact.",
      { field: "input.familyConsentedToShare" },
    );
  }
  const service = await getService(opts.db, viewer.serviceId);
  return opts.db.transaction(async (tx) => {
    const created = await insertReferral(tx, opts.bus, service, { ...parsed, receivedAt, createdById: viewer.staffId });
    return created.id;
  });
}

/** The referral row in the caller's service; NOT_FOUND otherwise (another service's ids look missing). */
export async function getReferralRow(q: Db | Tx, serviceId: string, id: string) {
  const [row] = await q
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, id), eq(referrals.serviceId, serviceId)));
  if (!row) throw notFound("Referral");
  return row;
}
