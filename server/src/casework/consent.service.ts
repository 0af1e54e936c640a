import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { recordAudit } from "../audit/audit.service.js";
import { badInput, conflict, notFound } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { getService } from "../service/service.service.js";
import { serviceToday } from "../service/service-calendar.js";
import { consents } from "./casework.table.js";
import type { z } from "zod";
import { recordConsentSchema, withdrawConsentSchema } from "./casework.validation.js";
import { requireCaseAccess } from "./case.service.js";
import { toConsent } from "./case.query.js";
import type { Consent } from "./casework.model.js";
import { theRow } from "../db/rows.js";

/** Record the family's consent (or refusal) to speak to one named party, with a required review date. */
export async function recordConsent(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<ReturnType<typeof recordConsentSchema>>;
  now: Date;
}): Promise<Consent> {
  const { viewer } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const today = serviceToday(service, opts.now);
  const input = parseInput(recordConsentSchema(today), opts.input);
  const row = await opts.db.transaction(async (tx) => {
    const { row: kase } = await requireCaseAccess(tx, viewer, input.caseId, "write");
    const created = theRow(
      await tx
        .insert(consents)
        .values({
          serviceId: viewer.serviceId,
          caseId: kase.id,
          partyName: input.partyName,
          partyOrganisation: input.partyOrganisation,
          partyType: input.partyType,
          granted: input.granted,
          givenOn: input.givenOn,
          method: input.method,
          reviewOn: input.reviewOn,
          givenBy: input.givenBy,
          mayShare: input.mayShare,
          recordedById: viewer.staffId,
        })
        .returning(),
      "the new consent",
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.consent.record",
      entityType: "case",
      entityId: kase.id,
      fields: ["consents"],
    });
    return created;
  });
  return toConsent(row, today);
}

/** The family withdraws a consent from a date; contacts on or after it are refused. */
export async function withdrawConsent(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<ReturnType<typeof withdrawConsentSchema>>;
  now: Date;
}): Promise<Consent> {
  const { viewer } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const today = serviceToday(service, opts.now);
  const { consentId, on } = parseInput(withdrawConsentSchema(today), opts.input, "");
  const row = await opts.db.transaction(async (tx) => {
    const [consent] = await tx
      .select()
      .from(consents)
      .where(and(eq(consents.id, consentId), eq(consents.serviceId, viewer.serviceId)));
    if (!consent) throw notFound("Consent");
    await requireCaseAccess(tx, viewer, consent.caseId, "write");
    if (consent.withdrawnOn) throw conflict(`This consent was already withdrawn on ${consent.withdrawnOn}.`);
    if (on < consent.givenOn) throw badInput("on", "Consent cannot be withdrawn before it was given.");
    const updated = theRow(
      await tx.update(consents).set({ withdrawnOn: on }).where(eq(consents.id, consentId)).returning(),
      "the consent locked above",
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.consent.withdraw",
      entityType: "case",
      entityId: consent.caseId,
      fields: ["consents.withdrawnOn"],
    });
    return updated;
  });
  return toConsent(row, today);
}
