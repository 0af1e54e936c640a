import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db, Queryable } from "../db/client.js";
import type { ActivityKind } from "../core/vocabulary.js";
import type { Viewer } from "../core/viewer.js";
import { Topic, type EventBus } from "../pubsub/event-bus.js";
import { recordAudit } from "../audit/audit.service.js";
import { DomainError, ErrorCode, badInput } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { getService } from "../service/service.service.js";
import { localDate } from "../clock/calendar-date.js";
import { referrals } from "../referral/referral.table.js";
import { activities, cases, consents, meetings } from "./casework.table.js";
import type { z } from "zod";
import { logActivitySchema } from "./casework.validation.js";
import {
  FOLLOW_UP_MEETING_STATUSES,
  consentValidOn,
  familyContactClearsClosureProposal,
  needsConsent,
  whyConsentNotValid,
} from "./casework.rules.js";
import { requireCaseAccess } from "./case.service.js";
import { selectActivities } from "./case.query.js";
import type { Activity } from "./casework.model.js";
import { epochMs, executeRows, theRow } from "../db/rows.js";

const consentRequired = (field: string, message: string) => new DomainError(ErrorCode.CONSENT_REQUIRED, message, { field });

/**
 * The consent a contact rests on (decision 034): none for a contact with the family or internal
 * work; for a third-party contact (`needsConsent`), the consent chosen (`consentId`) or the party's
 * (`partyName`), which must be on this case and valid on the day of the contact (granted, not
 * withdrawn or ended, review not passed), else CONSENT_REQUIRED on the field given. The one gate for
 * logging an activity and correcting one.
 */
export async function consentForContact(
  q: Queryable,
  c: {
    caseId: string;
    kind: ActivityKind;
    withFamily: boolean;
    occurredAt: Date;
    consentId?: string | null;
    partyName?: string | null;
    timeZone: string;
  },
): Promise<string | null> {
  if (!needsConsent(c.kind, c.withFamily)) return null;
  const on = localDate(c.occurredAt, c.timeZone);
  if (c.consentId) {
    const [consent] = await q
      .select()
      .from(consents)
      .where(and(eq(consents.id, c.consentId), eq(consents.caseId, c.caseId)));
    if (!consent) throw consentRequired("input.consentId", "There is no such consent on this case.");
    if (!consentValidOn(consent, on)) throw consentRequired("input.consentId", whyConsentNotValid(consent, on));
    return consent.id;
  }
  if (c.partyName) {
    const forParty = await q
      .select()
      .from(consents)
      .where(and(eq(consents.caseId, c.caseId), eq(sql`lower(${consents.partyName})`, c.partyName.toLowerCase())));
    const valid = forParty.find((x) => consentValidOn(x, on));
    if (!valid) {
      const latest = forParty.sort((a, b) => (a.givenOn < b.givenOn ? 1 : -1))[0];
      throw consentRequired(
        "input.partyName",
        latest
          ? whyConsentNotValid(latest, on)
          : `There is no consent on record to speak to ${c.partyName}. Record the family's consent first.`,
      );
    }
    return valid.id;
  }
  throw consentRequired(
    "input.consentId",
    "A contact with anyone but the family needs their consent: name the party and choose the consent that allows it, or record the family's consent first.",
  );
}

/**
 * Record casework. A contact with anyone but the family (a third-party contact, `needsConsent`)
 * names its party and needs a consent for that party valid on the day
 * (granted, not withdrawn, review not passed) [001 Confidentiality]. The first contact with the
 * family stops the response clock: the referral's `firstRespondedAt` is set once, and the triage
 * queue's subscribers are told so the countdown stops.
 */
export async function logActivity(opts: {
  db: Db;
  bus: EventBus;
  viewer: Viewer;
  input: z.input<ReturnType<typeof logActivitySchema>>;
  now: Date;
}): Promise<Activity> {
  const input = parseInput(logActivitySchema(opts.now), opts.input);
  // A party or a consent means a contact with someone other than the family: refused, not dropped.
  if (!needsConsent(input.kind, input.withFamily)) {
    const why =
      "A contact with the family, or internal work, names no other party. For a contact with someone else, record it as not with the family; their consent is checked.";
    if (input.partyName) throw badInput("input.partyName", why);
    if (input.consentId) throw badInput("input.consentId", why);
  }
  const { viewer } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const id = await opts.db.transaction(async (tx) => {
    const { row: kase } = await requireCaseAccess(tx, viewer, input.caseId, "write");
    // A case's referral is never deleted (erasure keeps the row).
    const referral = theRow(
      await tx.select({ receivedAt: referrals.receivedAt }).from(referrals).where(eq(referrals.id, kase.referralId)),
      "the case's referral",
    );
    if (input.occurredAt < referral.receivedAt) throw badInput("input.occurredAt", "This is before the referral was received.");

    const consentId = await consentForContact(tx, {
      caseId: kase.id,
      kind: input.kind,
      withFamily: input.withFamily,
      occurredAt: input.occurredAt,
      consentId: input.consentId,
      partyName: input.partyName,
      timeZone: service.officeHours.timeZone,
    });

    const activity = theRow(
      await tx
        .insert(activities)
        .values({
          serviceId: viewer.serviceId,
          caseId: kase.id,
          staffId: viewer.staffId,
          kind: input.kind,
          occurredAt: input.occurredAt,
          minutes: input.minutes,
          withFamily: input.withFamily,
          consentId,
          summary: input.summary,
        })
        .returning({ id: activities.id }),
      "the new activity",
    );
    await tx
      .update(cases)
      .set({
        lastActivityAt: sql`greatest(${cases.lastActivityAt}, ${input.occurredAt.toISOString()}::timestamptz)`,
        status: sql`case when ${cases.status} = 'INACTIVE' then 'OPEN'::case_status else ${cases.status} end`,
      })
      .where(eq(cases.id, kase.id));
    if (familyContactClearsClosureProposal(input.withFamily)) {
      await tx.update(cases).set({ missedMeetings: 0, putForwardForClosureAt: null }).where(eq(cases.id, kase.id));
      // A contact with the family after a meeting is the follow-up review of it [001 (7)(b), (c)].
      await tx
        .update(meetings)
        .set({ followUpDoneAt: input.occurredAt })
        .where(
          and(
            eq(meetings.caseId, kase.id),
            inArray(meetings.status, [...FOLLOW_UP_MEETING_STATUSES]),
            isNull(meetings.followUpDoneAt),
            lte(meetings.scheduledAt, input.occurredAt),
          ),
        );
    }
    if (input.withFamily) {
      const stopped = await tx
        .update(referrals)
        .set({ firstRespondedAt: input.occurredAt, updatedAt: opts.now })
        .where(and(eq(referrals.id, kase.referralId), isNull(referrals.firstRespondedAt)))
        .returning({ id: referrals.id });
      if (stopped.length) {
        await opts.bus.publish(tx, Topic.TriageQueueChanged, {
          serviceId: viewer.serviceId,
          referralId: kase.referralId,
          change: "UPDATED",
        });
      }
    }
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.activity.log",
      entityType: "case",
      entityId: kase.id,
      fields: ["activities"],
    });
    return activity.id;
  });
  const [activity] = await selectActivities(opts.db, viewer, eq(activities.id, id));
  if (!activity) throw new Error("activity not found after insert");
  return activity;
}

/**
 * The response clock after a case entry was corrected or voided (decision 049): the first response
 * is the earliest contact with the family still on the referral's cases. When the entry that
 * stopped the clock (`firstRespondedAt` equal to its time before the change) moved or went, the
 * clock stops at the next earliest contact, or runs again when none is left; an entry moved earlier
 * than the recorded first response becomes it. A first response recorded another way (a quick
 * call answered on arrival) is earlier than any entry and stays. The triage queue is told.
 */
export async function settleFirstResponse(
  tx: Queryable,
  bus: Pick<EventBus, "publish">,
  opts: { serviceId: string; caseId: string; previousAt: Date; now: Date },
): Promise<void> {
  const [row] = await executeRows<{ referral_id: string; first_ms: number | string | null; earliest_ms: number | string | null }>(
    tx,
    sql`select r.id as referral_id, ${epochMs(sql`r.first_responded_at`)} as first_ms,
        (select ${epochMs(sql`min(a.occurred_at)`)} from activities a join cases k2 on k2.id = a.case_id
          where k2.referral_id = r.id and a.with_family and a.voided_at is null) as earliest_ms
      from cases k join referrals r on r.id = k.referral_id
      where k.id = ${opts.caseId}::uuid and k.service_id = ${opts.serviceId}::uuid
      for update of r`,
  );
  if (!row) return;
  const first = row.first_ms === null ? null : Number(row.first_ms);
  const earliest = row.earliest_ms === null ? null : Number(row.earliest_ms);
  // The entry that stopped the clock changed: the earliest contact left decides. Otherwise only an earlier one does.
  const stoppedByThisEntry = first === opts.previousAt.getTime();
  const earlier = earliest !== null && (first === null || earliest < first);
  const next = stoppedByThisEntry || earlier ? earliest : first;
  if (next === first) return;
  await tx
    .update(referrals)
    .set({ firstRespondedAt: next === null ? null : new Date(next), updatedAt: opts.now })
    .where(eq(referrals.id, row.referral_id));
  await bus.publish(tx, Topic.TriageQueueChanged, { serviceId: opts.serviceId, referralId: row.referral_id, change: "UPDATED" });
}
