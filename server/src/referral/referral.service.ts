import { randomInt, randomUUID } from "node:crypto";
import { and, desc, eq, inArray, isNull, ne, sql, type SQL } from "drizzle-orm";
import { DateTime } from "luxon";
import type { z } from "zod";
import type { Db, Queryable, Tx } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import type { ContactMethod, QueueChange } from "../core/vocabulary.js";
import { Topic, type EventBus } from "../pubsub/event-bus.js";
import { recordAudit, type AuditEntry } from "../audit/audit.service.js";
import { DomainError, ErrorCode, badInput, forbidden, notFound } from "../core/errors.js";
import { Permission, can } from "../core/permissions.js";
import { assertId, parseInput } from "../core/input.js";
import { findServiceBySlug, getService, type ServiceRow } from "../service/service.service.js";
import { responseClock } from "../service/service-calendar.js";
import { localDate } from "../clock/calendar-date.js";
import { children, people } from "../person/person.table.js";
import { ETHNIC_GROUP_STORED_AS } from "../person/ethnicity.js";
import { assertWithinLimit, rateLimitKey, recordAttempt } from "../ratelimit/rate-limit.service.js";
import { limitsByBucket } from "../ratelimit/rate-limit.rules.js";
import { ageInYears, deriveStatutoryDates, postcodeDistrict, replacesCurrent, supersedesEarlier } from "../triage/triage.rules.js";
import { anonymousEnquiries, keyDates, referrals } from "./referral.table.js";
import { runReferralCreatedHooks } from "./referral.hooks.js";
import { createReferralSchema, selfReferralSchema, timeReceivedSchema, type CreateReferral } from "./referral.validation.js";
import {
  OPEN_STATUSES,
  REFERENCE_ALPHABET,
  REFERENCE_LENGTH,
  intakeEligibility,
  publicFormSignposting,
  needsFamilyConsent,
  personRoleFor,
} from "./referral.rules.js";
import { referralReadEntry, selectOneReferral, selectReferralPage } from "./referral.query.js";
import type { Referral, SelfReferralReceipt, TriageQueueEvent } from "./referral.model.js";
import { enqueueNotification } from "../notifications/notification.enqueue.js";

/** A new reference for a family: R- and six letters and digits that cannot be misread. */
export const newReference = () =>
  `R-${Array.from({ length: REFERENCE_LENGTH }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join("")}`;

/** A referral as parsed from either channel, ready to store. */
export type NewReferral = Pick<
  CreateReferral,
  | "channel"
  | "source"
  | "contact"
  | "child"
  | "reasonForReferral"
  | "currentStage"
  | "howHeard"
  | "ethnicity"
  | "excludedOrNoPlace"
  | "keyDates"
  | "familyConsentedToShare"
  | "safeguardingFlag"
  | "childInNeedOrLookedAfter"
> &
  Partial<Pick<CreateReferral, "professionalType" | "referrerName" | "referrerOrganisation" | "topic">> & {
    receivedAt: Date;
    createdById: string | null;
    /** When staff entered it (the service's clock); the receipt time if not given. */
    enteredAt?: Date;
    /** Recorded at intake as not eligible and signposted: it never joins the triage queue. */
    signposted?: { reason: string; signposting: string; decidedById: string | null; decidedAt: Date } | null;
  };

/** Insert person, child, referral and key dates (with statutory derivations); publish the events. */
export async function insertReferral(
  tx: Tx,
  bus: Pick<EventBus, "publish">,
  service: ServiceRow,
  r: NewReferral,
  /**
   * Read the new referral back in the same transaction, as the creator's answer and for this
   * process's subscribers (`rememberCommitted`): the read is audited with the creation.
   */
  readBack?: { asOf: Date; correlationId: string },
) {
  const { targetAt, deadlineAt } = responseClock(service, r.receivedAt);
  const ethnicity = r.ethnicity && ETHNIC_GROUP_STORED_AS[r.ethnicity];
  const [person] = await tx
    .insert(people)
    .values({
      serviceId: service.id,
      role: personRoleFor(r.source),
      fullName: r.contact.fullName,
      email: r.contact.email ?? null,
      phone: r.contact.phone ?? null,
      address: r.contact.address,
      postcode: r.contact.postcode ?? null,
      preferredContact: r.contact.preferredContact,
      accessibilityNeeds: r.contact.accessibilityNeeds,
      interpreterLanguage: r.contact.interpreterLanguage,
      ethnicity,
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
      ethnicity,
    })
    .returning({ id: children.id });
  if (!person || !child) throw new Error("insert returned no row");

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
      // When it was entered, by the service's clock (a correction of the time received is bounded by it).
      createdAt: r.enteredAt ?? r.receivedAt,
      topic: r.topic ?? null,
      ...(r.signposted
        ? {
            status: "SIGNPOSTED" as const,
            eligibility: "INELIGIBLE" as const,
            ineligibleReason: r.signposted.reason,
            signposting: r.signposted.signposting,
            triagedAt: r.signposted.decidedAt,
            triagedById: r.signposted.decidedById,
          }
        : {}),
    })
    .returning({ id: referrals.id, reference: referrals.reference });
  if (!referral) throw new Error("insert returned no row");

  await insertKeyDates(tx, service.id, referral.id, r.keyDates);
  await runReferralCreatedHooks(tx, bus, {
    serviceId: service.id,
    referralId: referral.id,
    createdById: r.createdById,
    safeguardingFlag: r.safeguardingFlag,
    at: r.enteredAt ?? r.receivedAt,
  });
  const created: AuditEntry = {
    serviceId: service.id,
    actorStaffId: r.createdById,
    action: "referral.create",
    entityType: "referral",
    entityId: referral.id,
    fields: ["contact", "child", "reasonForReferral"],
  };
  let readBackAs: Referral | null = null;
  let origin: string | undefined;
  if (readBack && r.createdById) {
    readBackAs = await selectOneReferral(tx, { serviceId: service.id, referralId: referral.id, asOf: readBack.asOf });
    if (!readBackAs) throw new Error("the referral just inserted was not found");
    origin = rememberCommitted(readBackAs);
    await recordAudit(tx, [created, referralReadEntry(service.id, r.createdById, referral.id, readBack.correlationId)]);
  } else await recordAudit(tx, created);
  await bus.publish(tx, Topic.ReferralReceived, { serviceId: service.id, referralId: referral.id, ...(origin ? { origin } : {}) });
  if (!r.signposted)
    await bus.publish(tx, Topic.TriageQueueChanged, {
      serviceId: service.id,
      referralId: referral.id,
      change: "ADDED",
      ...(origin ? { origin } : {}),
    });
  return { ...referral, targetAt, deadlineAt, readBack: readBackAs };
}

/**
 * Referrals this process committed a moment ago, as their creating transaction read them, by the
 * origin tag their events carry (an opaque id: no personal data goes through PostgreSQL's
 * notification queue). The fan-out's local fast path: this process's subscribers get the record
 * without reading it again; other instances, which do not know the tag, read it. An entry lives
 * until its events have had time to arrive (or its transaction rolled back and none will).
 */
const recentlyCommitted = new Map<string, { referral: Referral; at: number }>();
const ORIGIN_TAG = randomUUID().slice(0, 8);
let originSeq = 0;
const KEEP_COMMITTED_MS = 10_000;
const MAX_COMMITTED = 1_000;

function rememberCommitted(referral: Referral): string {
  const now = performance.now();
  for (const [key, entry] of recentlyCommitted) {
    if (now - entry.at < KEEP_COMMITTED_MS && recentlyCommitted.size < MAX_COMMITTED) break;
    recentlyCommitted.delete(key);
  }
  const origin = `${ORIGIN_TAG}:${++originSeq}`;
  recentlyCommitted.set(origin, { referral, at: now });
  return origin;
}

/**
 * Insert key dates, each with the statutory dates that follow from it (triage.rules.ts). Of a
 * single-current kind (the appeal deadline), the new date becomes current when `replacesCurrent`
 * says so and the others are marked superseded by it; otherwise the new one is marked superseded by
 * the current one.
 */
export async function insertKeyDates(tx: Tx, serviceId: string, referralId: string, dates: CreateReferral["keyDates"]) {
  for (const d of dates) {
    const [row] = await tx
      .insert(keyDates)
      .values({ serviceId, referralId, kind: d.kind, on: d.on, notes: d.notes })
      .returning({ id: keyDates.id, kind: keyDates.kind, on: keyDates.on });
    if (!row) throw new Error("insert returned no row");
    const derived = deriveStatutoryDates(d.kind, d.on);
    const derivedRows = derived.length
      ? await tx
          .insert(keyDates)
          .values(derived.map((x) => ({ serviceId, referralId, kind: x.kind, on: x.on, notes: x.rule, derivedFromId: row.id })))
          .returning({ id: keyDates.id, kind: keyDates.kind, on: keyDates.on })
      : [];
    const added = [{ ...row, derived: false }, ...derivedRows.map((r) => ({ ...r, derived: true }))];
    for (const date of added) {
      if (!supersedesEarlier(date.kind)) continue;
      const [current] = await tx
        .select({ id: keyDates.id, on: keyDates.on })
        .from(keyDates)
        .where(
          and(
            eq(keyDates.referralId, referralId),
            eq(keyDates.kind, date.kind),
            ne(keyDates.id, date.id),
            isNull(keyDates.supersededById),
            isNull(keyDates.voidedAt),
          ),
        )
        .orderBy(desc(keyDates.on))
        .limit(1);
      if (current && !replacesCurrent(date, current)) {
        await tx.update(keyDates).set({ supersededById: current.id }).where(eq(keyDates.id, date.id));
        continue;
      }
      await tx
        .update(keyDates)
        .set({ supersededById: date.id })
        .where(
          and(eq(keyDates.referralId, referralId), eq(keyDates.kind, date.kind), ne(keyDates.id, date.id), isNull(keyDates.supersededById)),
        );
    }
  }
}

const HOW_WE_CONTACT: Readonly<Record<ContactMethod, string>> = {
  PHONE: "by phone",
  EMAIL: "by email",
  TEXT: "by text message",
  LETTER: "by letter",
};

/** The promise shown to the family, in plain words, in the service's time zone. */
export function responsePromise(service: ServiceRow, targetAt: Date, method: ContactMethod | null): string {
  const when = DateTime.fromJSDate(targetAt, { zone: service.officeHours.timeZone })
    .toFormat("h:mma 'on' cccc d LLLL yyyy")
    .replace("AM", "am")
    .replace("PM", "pm");
  const how = method ? HOW_WE_CONTACT[method] : "";
  return `Thank you. We will contact you${how ? ` ${how}` : ""} by ${when}.`;
}

/**
 * The public web form. Without consent to record, nothing personal is stored: only a tally of the
 * enquiry. Rate-limited per client address across instances.
 */
export async function submitSelfReferral(opts: {
  db: Db;
  bus: EventBus;
  input: z.input<ReturnType<typeof selfReferralSchema>>;
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
      eligible: true,
      reference: null,
      respondBy: null,
      responsePromise: `Thank you. You did not agree to us recording your details, so we have kept only an anonymous count of your enquiry and cannot contact you. You are welcome to phone our helpline${service.helplinePhone ? ` on ${service.helplinePhone}` : ""} at any time.`,
    };
  }
  const parsed = parseInput(selfReferralSchema(now, service.officeHours.timeZone), input);
  // A young person outside the ages we support is recorded as not eligible and signposted at once, not refused (decision 043).
  const age = ageInYears(parsed.child.dateOfBirth, now, service.officeHours.timeZone);
  const eligibility = intakeEligibility(age, null);
  const signposting = eligibility.ineligible ? publicFormSignposting(age, service.helplinePhone) : null;
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
      signposted: eligibility.reason && signposting ? { reason: eligibility.reason, signposting, decidedById: null, decidedAt: now } : null,
    });
    await recordAttempt({ db: tx, limit, key, now, counts: true });
    // The family's receipt by email, if they gave an address: reference and promise only (decision 040).
    await enqueueNotification(tx, {
      kind: "FAMILY_RECEIPT",
      serviceId: service.id,
      referralId: r.id,
      // Over 25: where to go instead (a fixed text), not a promise to reply.
      responsePromise: signposting ?? responsePromise(service, r.targetAt, parsed.contact.preferredContact),
      now,
    });
    return r;
  });
  if (signposting) return { recorded: true, eligible: false, reference: created.reference, respondBy: null, responsePromise: signposting };
  return {
    recorded: true,
    eligible: true,
    reference: created.reference,
    respondBy: created.targetAt,
    responsePromise: responsePromise(service, created.targetAt, parsed.contact.preferredContact),
  };
}

/** A referral entered by staff from any channel; returns it as the manager sees it. */
export async function createReferral(opts: {
  db: Db;
  bus: EventBus;
  viewer: Viewer;
  input: z.input<ReturnType<typeof createReferralSchema>>;
  now: Date;
  correlationId: string;
}): Promise<Referral> {
  const { input, viewer, now } = opts;
  const receivedAt = input.receivedAt == null ? now : parseInput(timeReceivedSchema(now), input.receivedAt, "input.receivedAt");
  if (input.consentToRecord !== true)
    throw new DomainError(
      ErrorCode.CONSENT_REQUIRED,
      "Ask for consent to record before entering details; without it, log an anonymous enquiry.",
      {
        field: "input.consentToRecord",
      },
    );
  const service = await getService(opts.db, viewer.serviceId);
  const parsed = parseInput(createReferralSchema(receivedAt, service.officeHours.timeZone), input);
  if (needsFamilyConsent(parsed.source) && !parsed.familyConsentedToShare) {
    throw new DomainError(
      ErrorCode.FAMILY_CONSENT_REQUIRED,
      "A professional referral needs the family's consent to share, obtained by the referrer before contact.",
      { field: "input.familyConsentedToShare" },
    );
  }
  // Ineligible enquiries are recorded and signposted, not refused (the schema required the signposting).
  const eligibility = intakeEligibility(
    ageInYears(parsed.child.dateOfBirth, receivedAt, service.officeHours.timeZone),
    parsed.ineligibleReason ?? null,
  );
  const signposted =
    eligibility.ineligible && eligibility.reason && parsed.signposting
      ? { reason: eligibility.reason, signposting: parsed.signposting, decidedById: viewer.staffId, decidedAt: now }
      : null;
  // The answer is read in the transaction (the creator may always open what they entered, decision 032).
  const observer = commitObserver;
  let beforeCommit = 0;
  const created = await opts.db.transaction(async (tx) => {
    const r = await insertReferral(
      tx,
      opts.bus,
      service,
      { ...parsed, receivedAt, createdById: viewer.staffId, enteredAt: now, signposted },
      { asOf: now, correlationId: opts.correlationId },
    );
    // The transaction's last statement has returned: the driver sends COMMIT next.
    if (observer) beforeCommit = performance.timeOrigin + performance.now();
    return r;
  });
  if (observer) observer({ referralId: created.id, beforeCommit, afterCommit: performance.timeOrigin + performance.now() });
  return created.readBack!;
}

/** When a `createReferral` transaction committed in this process (epoch ms, sub-millisecond). */
export interface ReferralCommitStamp {
  referralId: string;
  /** Taken as the transaction's callback returns, just before the driver sends COMMIT (its events go out at commit). */
  beforeCommit: number;
  /** Taken when COMMIT has returned. */
  afterCommit: number;
}
let commitObserver: ((stamp: ReferralCommitStamp) => void) | undefined;

/**
 * Off unless a caller in this process sets it: the benchmark's API child (tests/bench) sets it to
 * time fan-out from the server's own COMMIT, which it cannot see from outside. Not reachable over
 * the network; off, it costs one check per `createReferral`.
 */
export function observeReferralCommits(fn: ((stamp: ReferralCommitStamp) => void) | undefined) {
  commitObserver = fn;
}

/** One referral as the manager sees it, or null; audited as a read. */
export async function findReferral(opts: {
  db: Queryable;
  viewer: Viewer;
  id: string;
  now: Date;
  correlationId: string;
}): Promise<Referral | null> {
  const page = await selectReferralPage(opts.db, {
    serviceId: opts.viewer.serviceId,
    asOf: opts.now,
    where: [sql`r.id = ${opts.id}::uuid`, ...referralScope(opts.viewer)],
    limit: 1,
    audit: { action: "referral.read", actorStaffId: opts.viewer.staffId, correlationId: opts.correlationId },
  });
  return page.items[0]?.referral ?? null;
}

/**
 * Which referrals of the service a viewer may open: a manager any; anyone else only those they
 * entered themselves or whose case they hold now (rule `mayOpenReferral`, decision 032).
 */
export function referralScope(viewer: Viewer): SQL[] {
  if (can(viewer.role, Permission.ReadReferralAny)) return [];
  return [
    sql`(r.created_by_id = ${viewer.staffId}::uuid or exists (
      select 1 from cases k join allocations al on al.case_id = k.id
      where k.referral_id = r.id and al.staff_id = ${viewer.staffId}::uuid and al.ended_at is null))`,
  ];
}

/** One referral of the caller's service; NOT_FOUND otherwise (another service's ids look missing). */
export async function getReferral(opts: {
  db: Queryable;
  viewer: Viewer;
  id: string;
  now: Date;
  correlationId: string;
}): Promise<Referral> {
  const id = assertId("id", opts.id);
  const { viewer } = opts;
  if (
    !can(viewer.role, Permission.ReadReferralAny) &&
    !can(viewer.role, Permission.CreateReferral) &&
    !can(viewer.role, Permission.ReadCaseOwn)
  )
    throw forbidden();
  const referral = await findReferral({ ...opts, id });
  if (referral) return referral;
  // Someone who may open only some referrals is told when this one is not theirs; another service's is missing.
  if (!can(viewer.role, Permission.ReadReferralAny)) {
    const [exists] = await opts.db
      .select({ id: referrals.id })
      .from(referrals)
      .where(and(eq(referrals.id, id), eq(referrals.serviceId, viewer.serviceId)));
    if (exists) throw forbidden("This referral is not one you entered or hold.");
  }
  throw notFound("Referral");
}

/** How this process's deliveries got their referral: read from the database, or as the creating transaction read it. */
const deliveryReads = { read: 0, fromCommit: 0 };
export const referralDeliveryReads = () => ({ ...deliveryReads });

/** Loads shared by the subscribers of one event: keyed by the event object, then by service. */
const deliveryLoads = new WeakMap<object, Map<string, Promise<Referral | null>>>();

/**
 * The referral an event is about as of `now`, read once per event and service; the read starts at
 * the first call, which the fan-out makes as the event arrives (`DeliveryRule.prefetch`), before
 * the subscribers' sessions are re-checked. Audits nothing: each delivery does.
 */
export function loadReferralForEvent(
  db: Queryable,
  event: { referralId: string; origin?: string },
  serviceId: string,
  now: Date,
): Promise<Referral | null> {
  let byService = deliveryLoads.get(event);
  if (!byService) deliveryLoads.set(event, (byService = new Map()));
  let load = byService.get(serviceId);
  const committedHere = event.origin === undefined ? undefined : recentlyCommitted.get(event.origin)?.referral;
  if (!load && committedHere && committedHere.id === event.referralId) {
    deliveryReads.fromCommit++;
    load = Promise.resolve(committedHere);
    byService.set(serviceId, load);
  }
  if (!load) {
    deliveryReads.read++;
    load = selectOneReferral(db, { serviceId, referralId: event.referralId, asOf: now });
    // A prefetch nobody awaits must not be an unhandled rejection; the resolver awaiting it still sees the error.
    load.catch(() => {});
    byService.set(serviceId, load);
  }
  return load;
}

/**
 * The referral an event is about, loaded once per event and service however many subscribers it
 * reaches (each has already passed its `DeliveryRule`); every delivery is still audited, in one batch.
 */
export function referralForDelivery(opts: {
  db: Queryable;
  viewer: Viewer;
  now: Date;
  /** Audit entries of the delivery, written in a batch once it went out (graphql/context.ts). */
  auditLater: (entry: AuditEntry) => void;
  correlationId: string;
  /** The event being delivered: loads are shared by everything that delivers this one object. */
  event: { referralId: string };
  referralId: string;
}): Promise<Referral | null> {
  const { viewer } = opts;
  const load = loadReferralForEvent(opts.db, opts.event, viewer.serviceId, opts.now);
  return load.then((referral) => {
    if (referral) opts.auditLater(referralReadEntry(viewer.serviceId, viewer.staffId, referral.id, opts.correlationId));
    return referral;
  });
}

type DeliveryOptions = Parameters<typeof referralForDelivery>[0];

/** A new referral as `referralReceived` delivers it; NOT_FOUND if it went before delivery (erased). */
export async function deliverReceivedReferral(opts: DeliveryOptions): Promise<Referral> {
  const referral = await referralForDelivery(opts);
  if (!referral) throw notFound("Referral");
  return referral;
}

/** A change to the triage queue as `triageQueueChanged` delivers it: the referral as it now is, none when it left. */
export async function deliverQueueChange(opts: DeliveryOptions & { change: QueueChange }): Promise<TriageQueueEvent> {
  const referral = opts.change === "REMOVED" ? null : await referralForDelivery(opts);
  return { change: opts.change, referralId: opts.referralId, referral };
}
