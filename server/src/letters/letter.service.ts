import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { badInput, conflict, forbidden } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { can, Permission } from "../core/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import { getService } from "../service/service.service.js";
import { requireCaseAccess } from "../casework/case.service.js";
import { meetings } from "../casework/casework.table.js";
import { referrals } from "../referral/referral.table.js";
import { children, people } from "../person/person.table.js";
import { staff } from "../staff/staff.table.js";
import { formatEvaluationCode } from "../evaluation/evaluation-code.js";
import { requireFolder, uploadDocument } from "../documents/document.service.js";
import { letterTemplates } from "./letter.table.js";
import {
  DEFAULT_TEMPLATES,
  fillTemplate,
  fontSizeFor,
  isEasyRead,
  LETTER_KINDS,
  LETTER_TITLES,
  letterFormatFor,
  mayGoOnReferral,
  SAMPLE_VALUES,
  type LetterFormat,
  type Placeholder,
} from "./letter.rules.js";
import { renderLetterPdf } from "./letter.pdf.js";
import {
  previewLetterSchema,
  resetLetterTemplateSchema,
  saveLetterTemplateSchema,
  sendLetterSchema,
  type PreviewLetterInput,
  type ResetLetterTemplateInput,
  type SaveLetterTemplateInput,
  type SendLetterInput,
} from "./letter.validation.js";
import type { LetterPreview, LetterTemplate, SentLetter } from "./letter.model.js";

/** Every kind in standard and easy-read wording, the service's own where it has saved one. */
export async function listLetterTemplates(opts: { db: Db; viewer: Viewer }): Promise<LetterTemplate[]> {
  const rows = await opts.db
    .select({
      kind: letterTemplates.kind,
      easyRead: letterTemplates.easyRead,
      body: letterTemplates.body,
      updatedAt: letterTemplates.updatedAt,
      updatedBy: staff.displayName,
    })
    .from(letterTemplates)
    .innerJoin(staff, eq(staff.id, letterTemplates.updatedById))
    .where(eq(letterTemplates.serviceId, opts.viewer.serviceId));
  return LETTER_KINDS.flatMap((kind) =>
    [false, true].map((easyRead) => {
      const own = rows.find((r) => r.kind === kind && r.easyRead === easyRead);
      const fallback = easyRead ? DEFAULT_TEMPLATES[kind].easyRead : DEFAULT_TEMPLATES[kind].standard;
      const about = { kind, title: LETTER_TITLES[kind], onReferral: mayGoOnReferral(kind), easyRead };
      return own
        ? { ...about, body: own.body, customised: true, updatedAt: own.updatedAt, updatedBy: own.updatedBy }
        : { ...about, body: fallback, customised: false, updatedAt: null, updatedBy: null };
    }),
  );
}

/** Save a service's wording for one kind (managers); an unknown placeholder is refused by name. */
export async function saveLetterTemplate(opts: {
  db: Db;
  viewer: Viewer;
  input: SaveLetterTemplateInput;
  now: Date;
}): Promise<LetterTemplate> {
  const input = parseInput(saveLetterTemplateSchema, opts.input);
  const { viewer } = opts;
  await opts.db.transaction(async (tx) => {
    await tx
      .insert(letterTemplates)
      .values({
        serviceId: viewer.serviceId,
        kind: input.kind,
        easyRead: input.easyRead,
        body: input.body,
        updatedById: viewer.staffId,
        updatedAt: opts.now,
      })
      .onConflictDoUpdate({
        target: [letterTemplates.serviceId, letterTemplates.kind, letterTemplates.easyRead],
        set: { body: input.body, updatedById: viewer.staffId, updatedAt: opts.now },
      });
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "letter.template.save",
      entityType: "letter_template",
      entityId: null,
      fields: [input.kind, input.easyRead ? "easyRead" : "standard"],
    });
  });
  const all = await listLetterTemplates(opts);
  return all.find((t) => t.kind === input.kind && t.easyRead === input.easyRead)!;
}

/** Put a service's wording for one kind back to the default (managers); audited, even when it already was. */
export async function resetLetterTemplate(opts: { db: Db; viewer: Viewer; input: ResetLetterTemplateInput }): Promise<LetterTemplate> {
  const input = parseInput(resetLetterTemplateSchema, opts.input);
  const { viewer } = opts;
  await opts.db.transaction(async (tx) => {
    await tx
      .delete(letterTemplates)
      .where(
        and(
          eq(letterTemplates.serviceId, viewer.serviceId),
          eq(letterTemplates.kind, input.kind),
          eq(letterTemplates.easyRead, input.easyRead),
        ),
      );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "letter.template.reset",
      entityType: "letter_template",
      entityId: null,
      fields: [input.kind, input.easyRead ? "easyRead" : "standard"],
    });
  });
  const all = await listLetterTemplates(opts);
  return all.find((t) => t.kind === input.kind && t.easyRead === input.easyRead)!;
}

/**
 * Wording a manager is editing, filled with sample values (never a family's) and made into the PDF
 * a family would get: standard or easy read, at standard or large print size. Refused exactly as
 * saving it would be; stores and audits nothing, as it reads nothing about anyone.
 */
export async function previewLetter(opts: { input: PreviewLetterInput }): Promise<LetterPreview> {
  const input = parseInput(previewLetterSchema, opts.input);
  const format: LetterFormat = input.easyRead
    ? input.largePrint
      ? "EASY_READ_LARGE_PRINT"
      : "EASY_READ"
    : input.largePrint
      ? "LARGE_PRINT"
      : "STANDARD";
  const text = fillTemplate(input.body, SAMPLE_VALUES);
  const pdf = await renderLetterPdf({
    title: LETTER_TITLES[input.kind],
    text,
    fontSize: fontSizeFor(format),
    easyRead: input.easyRead,
    format,
  });
  return { text, format, pdf: pdf.toString("base64") };
}

const when = (d: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone }).format(d);

/**
 * Make a letter for a case from the service's template, in the format the family's access needs call
 * for, and file it on the case as a PDF. Open cases: whoever may change the case. Before a case, the
 * kinds `REFERRAL_LETTER_KINDS` names go on a referral, filed in its folder, by whoever may read the
 * referral (a manager, who entered it, who holds its case). The closure letter
 * is for a closed case (read access, the holder or a manager) and needs the evaluation code
 * `closeCase` gave: the family's copy carries it (`printableOnce`); the filed copy does not, because
 * nothing kept may link a code to a family (decisions 005, 029).
 */
export async function sendLetter(opts: {
  db: Db;
  viewer: Viewer;
  input: SendLetterInput;
  now: Date;
  publicUrl: string;
  correlationId?: string;
}): Promise<SentLetter> {
  const input = parseInput(sendLetterSchema, opts.input);
  const { viewer } = opts;
  if (!can(viewer.role, Permission.ReadCaseOwn)) throw forbidden();
  const kind = input.kind;
  const closure = kind === "CLOSURE";
  // The case's own folder, or (before a case) the referral's, each with the record's own rule (decision 048).
  let referralId: string;
  let caseId: string | null = null;
  if (input.caseId) {
    const { row: kase } = await requireCaseAccess(opts.db, viewer, input.caseId, closure ? "read" : "write");
    if (closure && kase.status !== "CLOSED") throw conflict("The closure letter is sent once the case is closed.");
    referralId = kase.referralId;
    caseId = kase.id;
  } else {
    referralId = input.referralId!;
    await requireFolder(opts.db, viewer, { referralId }, "write");
    if (!mayGoOnReferral(kind))
      throw badInput(
        "input.kind",
        `${LETTER_TITLES[kind]} is made on the case: ${closure ? "close the case first" : "book the meeting on the case"}.`,
      );
  }
  if (closure) {
    if (!input.evaluationCode) throw badInput("input.evaluationCode", "Give the evaluation code shown when the case was closed.");
  } else if (input.evaluationCode) throw badInput("input.evaluationCode", "Only the closure letter carries an evaluation code.");
  const service = await getService(opts.db, viewer.serviceId);
  const [family] = await opts.db
    .select({
      reference: referrals.reference,
      respondBy: referrals.responseTargetAt,
      familyName: people.fullName,
      needs: people.accessibilityNeeds,
      childName: children.fullName,
    })
    .from(referrals)
    .leftJoin(people, eq(people.id, referrals.personId))
    .leftJoin(children, eq(children.id, referrals.childId))
    .where(and(eq(referrals.id, referralId), eq(referrals.serviceId, viewer.serviceId)));
  if (!family?.familyName) throw conflict("This family's details were erased.");
  const day = (d: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: service.officeHours.timeZone }).format(d);
  const values: Partial<Record<Placeholder, string>> = {
    "family.name": family.familyName,
    "child.name": family.childName ?? "your child",
    "service.name": service.name,
    "service.phone": service.helplinePhone ?? "",
    "case.reference": family.reference,
    "officer.name": viewer.displayName,
    today: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: service.officeHours.timeZone }).format(opts.now),
    "referral.respondBy": day(family.respondBy),
  };
  if (kind === "APPOINTMENT") {
    const [next] = await opts.db
      .select({ kind: meetings.kind, at: meetings.scheduledAt })
      .from(meetings)
      .where(and(eq(meetings.caseId, caseId!), eq(meetings.status, "SCHEDULED"), gt(meetings.scheduledAt, opts.now)))
      .orderBy(asc(meetings.scheduledAt))
      .limit(1);
    if (!next) throw conflict("Book the meeting first: the appointment letter confirms the next booked meeting.");
    values["meeting.what"] = next.kind;
    values["meeting.when"] = when(next.at, service.officeHours.timeZone);
  }
  const format = letterFormatFor(family.needs ?? []);
  const easyRead = isEasyRead(format);
  const templates = await listLetterTemplates({ db: opts.db, viewer });
  const template = templates.find((t) => t.kind === kind && t.easyRead === easyRead)!;
  const address = `${opts.publicUrl.replace(/\/$/, "")}/evaluate`;
  const render = (withCode: boolean) => {
    // As closeCase gave it (XXXX-XXXX-XXXX-XXXX) or typed without dashes; an old 43-character token as it is.
    const compact = (input.evaluationCode ?? "").replace(/-/g, "");
    const code = compact.length === 16 ? formatEvaluationCode(compact.toUpperCase()) : (input.evaluationCode ?? "");
    const filled = fillTemplate(template.body, {
      ...values,
      "evaluation.address": address,
      "evaluation.code": withCode ? code : "(given to the family in their copy; not kept)",
      "evaluation.link": withCode ? `${address}#${code}` : `${address}`,
    });
    return renderLetterPdf({ title: LETTER_TITLES[kind], text: filled, fontSize: fontSizeFor(format), easyRead, format });
  };
  const filed = await render(!closure);
  const date = new Date(opts.now).toISOString().slice(0, 10);
  const suffix =
    format === "STANDARD"
      ? ""
      : format === "LARGE_PRINT"
        ? " (large print)"
        : format === "EASY_READ"
          ? " (easy read)"
          : " (easy read, large print)";
  const document = await uploadDocument({
    db: opts.db,
    viewer,
    target: caseId ? { caseId } : { referralId },
    name: `${LETTER_TITLES[kind]} ${date}${suffix}.pdf`,
    bytes: filed,
    now: opts.now,
    correlationId: opts.correlationId,
    letter: { kind, format },
    allowClosedCase: closure,
  });
  return { document, format, printableOnce: closure ? (await render(true)).toString("base64") : null };
}
