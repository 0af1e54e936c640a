import type { Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { DomainError, ErrorCode } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { theRow } from "../db/rows.js";
import { recordAudit } from "../audit/audit.service.js";
import { getService } from "../service/service.service.js";
import { localDate } from "../clock/calendar-date.js";
import { responseClock } from "../service/service-calendar.js";
import { postcodeDistrict } from "../triage/triage.rules.js";
import { children, people } from "../person/person.table.js";
import { anonymousEnquiries, referrals } from "../referral/referral.table.js";
import { getReferral, newReference } from "../referral/referral.service.js";
import { personRoleFor } from "../referral/referral.rules.js";
import type { Referral } from "../referral/referral.model.js";
import { activities, allocations, cases } from "../casework/casework.table.js";
import { INFORMATION_CALL_LEVEL } from "./intake.rules.js";
import {
  anonymousEnquirySchema,
  informationCallSchema,
  type AnonymousEnquiryInput,
  type InformationCallInput,
} from "./intake.validation.js";
import type { AnonymousEnquiry } from "./intake.model.js";

/** Count an enquiry whose caller declined to be recorded: channel, topic and day, nothing else [000, 001]. */
export async function recordAnonymousEnquiry(opts: {
  db: Db;
  viewer: Viewer;
  input: AnonymousEnquiryInput;
  now: Date;
}): Promise<AnonymousEnquiry> {
  const { viewer, now } = opts;
  const input = parseInput(anonymousEnquirySchema(now), opts.input);
  const service = await getService(opts.db, viewer.serviceId);
  return opts.db.transaction(async (tx) => {
    const row = theRow(
      await tx
        .insert(anonymousEnquiries)
        .values({
          serviceId: viewer.serviceId,
          channel: input.channel,
          topic: input.topic,
          receivedOn: localDate(input.receivedAt, service.officeHours.timeZone),
        })
        .returning(),
      "the new tally",
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "intake.anonymous-enquiry",
      entityType: "anonymous_enquiry",
      entityId: row.id,
    });
    return { id: row.id, channel: row.channel, topic: row.topic, receivedOn: row.receivedOn };
  });
}

/**
 * A quick information call in one step (decision 032): the caller's record, a referral answered at
 * once, a level-1 case held by the caller's staff member and closed as information given, and the
 * call as an activity with its minutes — so it counts in every statistic a referral and a case do.
 */
export async function recordInformationCall(opts: {
  db: Db;
  viewer: Viewer;
  input: InformationCallInput;
  now: Date;
  correlationId: string;
}): Promise<Referral> {
  const { viewer, now } = opts;
  if (opts.input.consentToRecord !== true)
    throw new DomainError(
      ErrorCode.CONSENT_REQUIRED,
      "Ask for consent to record before entering details; without it, log an anonymous enquiry.",
      {
        field: "input.consentToRecord",
      },
    );
  const input = parseInput(informationCallSchema(now), opts.input);
  const service = await getService(opts.db, viewer.serviceId);
  const at = input.receivedAt;
  const { targetAt, deadlineAt } = responseClock(service, at);
  const referralId = await opts.db.transaction(async (tx) => {
    const person = theRow(
      await tx
        .insert(people)
        .values({
          serviceId: viewer.serviceId,
          role: personRoleFor(input.source),
          fullName: input.caller.fullName,
          email: input.caller.email ?? null,
          phone: input.caller.phone ?? null,
          postcode: input.caller.postcode ?? null,
          preferredContact: input.caller.phone ? "PHONE" : input.caller.email ? "EMAIL" : null,
        })
        .returning({ id: people.id }),
      "the caller",
    );
    const child = input.childName
      ? theRow(
          await tx.insert(children).values({ serviceId: viewer.serviceId, fullName: input.childName }).returning({ id: children.id }),
          "the child",
        )
      : null;
    const referral = theRow(
      await tx
        .insert(referrals)
        .values({
          serviceId: viewer.serviceId,
          reference: newReference(),
          status: "CLOSED",
          channel: input.channel,
          source: input.source,
          familyConsentedToShare: true,
          personId: person.id,
          childId: child?.id ?? null,
          topic: input.topic,
          postcodeDistrict: postcodeDistrict(input.caller.postcode ?? null),
          receivedAt: at,
          responseTargetAt: targetAt,
          responseDeadlineAt: deadlineAt,
          // Answered there and then: the response clock stops at the call itself.
          firstRespondedAt: at,
          eligibility: "ELIGIBLE",
          level: INFORMATION_CALL_LEVEL,
          triagedAt: at,
          triagedById: viewer.staffId,
          createdById: viewer.staffId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: referrals.id }),
      "the referral",
    );
    const kase = theRow(
      await tx
        .insert(cases)
        .values({
          serviceId: viewer.serviceId,
          referralId: referral.id,
          status: "CLOSED",
          level: INFORMATION_CALL_LEVEL,
          openedAt: at,
          lastActivityAt: at,
          closedAt: at,
          closureReason: "INFORMATION_GIVEN",
        })
        .returning({ id: cases.id }),
      "the case",
    );
    await tx.insert(allocations).values({
      serviceId: viewer.serviceId,
      caseId: kase.id,
      staffId: viewer.staffId,
      kind: "DIRECT",
      allocatedById: viewer.staffId,
      allocatedAt: at,
      acceptedAt: at,
      endedAt: at,
    });
    await tx.insert(activities).values({
      serviceId: viewer.serviceId,
      caseId: kase.id,
      staffId: viewer.staffId,
      kind: "INFORMATION_GIVEN",
      occurredAt: at,
      minutes: input.minutes,
      withFamily: true,
      summary: input.adviceGiven,
    });
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "intake.information-call",
      entityType: "referral",
      entityId: referral.id,
      fields: ["contact", "child", "activities", "case"],
    });
    return referral.id;
  });
  return getReferral({ db: opts.db, viewer, id: referralId, now, correlationId: opts.correlationId });
}
