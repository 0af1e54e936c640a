import { createHash, randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import type { Db, Queryable, Tx } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { can, Permission } from "../core/permissions.js";
import { badInput, conflict, forbidden, notFound } from "../core/errors.js";
import { assertId, parseInput } from "../core/input.js";
import { recordAudit } from "../audit/audit.service.js";
import { getService } from "../service/service.service.js";
import { requireCaseAccess } from "../casework/case.service.js";
import { referralScope } from "../referral/referral.service.js";
import { referrals } from "../referral/referral.table.js";
import { people } from "../person/person.table.js";
import { staff } from "../staff/staff.table.js";
import { requirePerson } from "../records/person.service.js";
import { executeRows } from "../db/rows.js";
import type { DocumentAttachment } from "../core/vocabulary.js";
import { documents } from "./document.table.js";
import { postgresDocumentStore, type DocumentStore } from "./document.store.js";
import { acceptedType, folderOverCap, MB, PREVIEWABLE, sanitiseFileName, servedType } from "./document.rules.js";
import { voidDocumentSchema, type VoidDocumentInput } from "./document.validation.js";
import type { DocumentContent, DocumentVersion, FolderDocument } from "./document.model.js";

/** Where a document is filed or listed: exactly one of the three ids. */
export interface FolderTarget {
  caseId?: string | null;
  referralId?: string | null;
  personId?: string | null;
}

/** A folder the viewer may use: what a new document is attached to, and the family it belongs to. */
interface Folder {
  attachedTo: DocumentAttachment;
  personId: string;
  referralId: string | null;
  caseId: string | null;
}

/** Documents are case material: steering members and administrators never see them. */
function assertCaseworker(viewer: Viewer) {
  if (!can(viewer.role, Permission.ReadCaseOwn)) throw forbidden("Documents are part of the case record.");
}

async function referralFolder(q: Queryable, viewer: Viewer, referralId: string): Promise<{ personId: string }> {
  const [row] = await executeRows<{ person_id: string | null; erased: boolean; mine: boolean }>(
    q,
    sql`select r.person_id, p.erased_at is not null as erased,
          (${referralScope(viewer).length ? sql.join(referralScope(viewer), sql` and `) : sql`true`}) as mine
        from referrals r left join people p on p.id = r.person_id
        where r.id = ${referralId}::uuid and r.service_id = ${viewer.serviceId}::uuid`,
  );
  if (!row) throw notFound("Referral");
  if (!row.mine) throw forbidden("This referral is not one you entered or hold.");
  if (!row.person_id || row.erased) throw conflict("This referral has no family record to file documents on.");
  return { personId: row.person_id };
}

/**
 * The folder named by `target`, if the viewer may read it (`read`) or file in it (`write`): the same
 * rule as the record itself — a case as `requireCaseAccess`, a referral as `referralScope`, a family
 * record as `requirePerson`. Another service's ids are NOT_FOUND.
 */
export async function requireFolder(q: Queryable, viewer: Viewer, target: FolderTarget, mode: "read" | "write"): Promise<Folder> {
  assertCaseworker(viewer);
  const given = [target.caseId, target.referralId, target.personId].filter(Boolean);
  if (given.length !== 1) throw badInput("caseId", "Name exactly one of a case, a referral or a person.");
  if (target.caseId) {
    const { row } = await requireCaseAccess(q, viewer, assertId("caseId", target.caseId), mode);
    const [ref] = await q
      .select({ personId: referrals.personId, erasedAt: people.erasedAt })
      .from(referrals)
      .leftJoin(people, eq(people.id, referrals.personId))
      .where(eq(referrals.id, row.referralId));
    if (!ref?.personId || ref.erasedAt) throw conflict("This case has no family record to file documents on.");
    return { attachedTo: "CASE", personId: ref.personId, referralId: row.referralId, caseId: row.id };
  }
  if (target.referralId) {
    const referralId = assertId("referralId", target.referralId);
    const { personId } = await referralFolder(q, viewer, referralId);
    return { attachedTo: "REFERRAL", personId, referralId, caseId: null };
  }
  const person = await requirePerson(q, viewer, target.personId!, mode);
  if (person.erasedAt) throw conflict("This family's record was erased.");
  return { attachedTo: "PERSON", personId: person.id, referralId: null, caseId: null };
}

/** The folder a stored document sits in, checked like `requireFolder`. */
async function requireDocument(q: Queryable, viewer: Viewer, id: string, mode: "read" | "write") {
  assertCaseworker(viewer);
  const docId = assertId("id", id);
  const [doc] = await q
    .select()
    .from(documents)
    .where(and(eq(documents.id, docId), eq(documents.serviceId, viewer.serviceId)));
  if (!doc || doc.erasedAt) throw notFound("Document");
  await requireFolder(
    q,
    viewer,
    doc.caseId ? { caseId: doc.caseId } : doc.referralId ? { referralId: doc.referralId } : { personId: doc.personId },
    mode,
  );
  return doc;
}

/** Documents counted against a folder's cap: every stored version, voided or not. */
const folderScope = (serviceId: string, folder: Folder): SQL =>
  folder.referralId
    ? and(eq(documents.serviceId, serviceId), eq(documents.referralId, folder.referralId), isNull(documents.erasedAt))!
    : and(
        eq(documents.serviceId, serviceId),
        eq(documents.personId, folder.personId),
        isNull(documents.referralId),
        isNull(documents.erasedAt),
      )!;

/** The caps that apply to the viewer's service, in bytes. */
export async function documentLimits(q: Queryable, serviceId: string) {
  const service = await getService(q, serviceId);
  return { fileMaxBytes: service.documentFileMaxMb * MB, folderMaxMb: service.documentFolderMaxMb, fileMaxMb: service.documentFileMaxMb };
}

/**
 * File a document (or, with `replaces`, a new version of one) in a folder. The content decides the
 * type (sniffed, against the allow-list); the name is sanitised; the file and folder caps hold. Any
 * refusal is BAD_USER_INPUT naming the field and stores nothing: bytes and metadata are written in
 * one transaction, with the upload's audit event.
 */
export async function uploadDocument(opts: {
  db: Db;
  viewer: Viewer;
  target: FolderTarget;
  name: string;
  bytes: Buffer;
  replaces?: string | null;
  now: Date;
  correlationId?: string;
  store?: DocumentStore;
  /** Set by letters/: what kind of letter this is and in which format. */
  letter?: { kind: string; format: string };
  /** letters/: the closure letter is filed on a case already closed, by someone who may read it. */
  allowClosedCase?: boolean;
}): Promise<FolderDocument> {
  const { viewer } = opts;
  const store = opts.store ?? postgresDocumentStore;
  assertCaseworker(viewer);
  const named = sanitiseFileName(opts.name);
  if (!named.ok) throw badInput("name", named.reason);
  if (opts.bytes.length === 0) throw badInput("file", "The file is empty.");
  const limits = await documentLimits(opts.db, viewer.serviceId);
  if (opts.bytes.length > limits.fileMaxBytes) throw badInput("file", `Files can be at most ${limits.fileMaxMb} MB.`);
  const sniffed = await fileTypeFromBuffer(opts.bytes);
  const contentType = acceptedType(sniffed?.mime ?? null, named.name, opts.bytes);
  if (!contentType)
    throw badInput(
      "file",
      "This kind of file cannot be kept: use PDF, an image (PNG, JPEG, GIF, WebP), a Word or ODF document, or plain text, named for what it is.",
    );
  const id = await opts.db.transaction(async (tx) => {
    let folder: Folder;
    let seriesId: string;
    let version = 1;
    if (opts.replaces) {
      const current = await requireDocument(tx, viewer, opts.replaces, "write");
      if (current.voidedAt) throw conflict("This document was voided; file a new one instead.");
      folder = { attachedTo: current.attachedTo, personId: current.personId, referralId: current.referralId, caseId: current.caseId };
      // Re-checked for write (requireDocument above), so a reader cannot replace.
      await requireFolder(
        tx,
        viewer,
        current.caseId
          ? { caseId: current.caseId }
          : current.referralId
            ? { referralId: current.referralId }
            : { personId: current.personId },
        "write",
      );
      seriesId = current.seriesId;
      const [latest] = await tx
        .select({ version: documents.version })
        .from(documents)
        .where(eq(documents.seriesId, seriesId))
        .orderBy(desc(documents.version))
        .limit(1)
        .for("update");
      version = (latest?.version ?? 0) + 1;
    } else {
      folder = await requireFolder(tx, viewer, opts.target, opts.allowClosedCase && opts.target.caseId ? "read" : "write");
      seriesId = randomUUID();
    }
    // One upload at a time per family, so two cannot both fit under the folder cap.
    await tx.select({ id: people.id }).from(people).where(eq(people.id, folder.personId)).for("update");
    const [used] = await tx
      .select({ bytes: sql<string>`coalesce(sum(${documents.sizeBytes}), 0)` })
      .from(documents)
      .where(folderScope(viewer.serviceId, folder));
    if (folderOverCap(Number(used?.bytes ?? 0), opts.bytes.length, limits.folderMaxMb))
      throw badInput(
        "file",
        `This folder is full: it may hold ${limits.folderMaxMb} MB. Void or remove documents, or ask a manager to raise the limit.`,
      );
    const storageKey = `${viewer.serviceId}/${randomUUID()}`;
    await store.put(tx, { serviceId: viewer.serviceId, key: storageKey, bytes: opts.bytes });
    const [row] = await tx
      .insert(documents)
      .values({
        serviceId: viewer.serviceId,
        seriesId,
        version,
        attachedTo: folder.attachedTo,
        personId: folder.personId,
        referralId: folder.referralId,
        caseId: folder.caseId,
        name: named.name,
        contentType,
        sizeBytes: opts.bytes.length,
        sha256: createHash("sha256").update(opts.bytes).digest("hex"),
        storageKey,
        uploadedById: viewer.staffId,
        uploadedAt: opts.now,
        letterKind: opts.letter?.kind ?? null,
        letterFormat: opts.letter?.format ?? null,
      })
      .returning({ id: documents.id });
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "document.upload",
      entityType: "document",
      entityId: row!.id,
      fields: ["name", "contentType", "sizeBytes", ...(version > 1 ? ["version"] : [])],
      correlationId: opts.correlationId,
    });
    return row!.id;
  });
  return getDocument(opts.db, viewer.serviceId, id);
}

interface Row {
  id: string;
  seriesId: string;
  version: number;
  attachedTo: DocumentAttachment;
  referralId: string | null;
  caseId: string | null;
  personId: string;
  name: string | null;
  contentType: string;
  sizeBytes: number;
  uploadedAt: Date;
  uploadedBy: string;
  voidedAt: Date | null;
  voidReason: string | null;
  voidedById: string | null;
  letterKind: string | null;
  letterFormat: string | null;
}

async function selectRows(q: Queryable, where: SQL): Promise<Row[]> {
  return q
    .select({
      id: documents.id,
      seriesId: documents.seriesId,
      version: documents.version,
      attachedTo: documents.attachedTo,
      referralId: documents.referralId,
      caseId: documents.caseId,
      personId: documents.personId,
      name: documents.name,
      contentType: documents.contentType,
      sizeBytes: documents.sizeBytes,
      uploadedAt: documents.uploadedAt,
      uploadedBy: staff.displayName,
      voidedAt: documents.voidedAt,
      voidReason: documents.voidReason,
      voidedById: documents.voidedById,
      letterKind: documents.letterKind,
      letterFormat: documents.letterFormat,
    })
    .from(documents)
    .innerJoin(staff, eq(staff.id, documents.uploadedById))
    .where(and(where, isNull(documents.erasedAt)))
    .orderBy(desc(documents.uploadedAt), asc(documents.seriesId), desc(documents.version));
}

const toVersion = (r: Row): DocumentVersion => ({
  id: r.id,
  version: r.version,
  name: r.name ?? "",
  contentType: servedType(r.contentType),
  sizeBytes: r.sizeBytes,
  uploadedAt: r.uploadedAt,
  uploadedBy: r.uploadedBy,
});

/** Rows grouped by series, newest version first, newest document first. */
async function toDocuments(q: Queryable, rows: Row[]): Promise<FolderDocument[]> {
  const bySeries = new Map<string, Row[]>();
  for (const r of [...rows].sort((a, b) => b.version - a.version)) bySeries.set(r.seriesId, [...(bySeries.get(r.seriesId) ?? []), r]);
  const voiders = [...new Set(rows.map((r) => r.voidedById).filter((v): v is string => v !== null))];
  const names = new Map(
    voiders.length
      ? (await q.select({ id: staff.id, name: staff.displayName }).from(staff).where(inArray(staff.id, voiders))).map((s) => [s.id, s.name])
      : [],
  );
  return [...bySeries.values()]
    .map(([latest, ...earlier]) => ({
      ...toVersion(latest!),
      seriesId: latest!.seriesId,
      attachedTo: latest!.attachedTo,
      referralId: latest!.referralId,
      caseId: latest!.caseId,
      personId: latest!.personId,
      previewable: PREVIEWABLE.has(latest!.contentType),
      voidedAt: latest!.voidedAt,
      voidedBy: latest!.voidedById ? (names.get(latest!.voidedById) ?? null) : null,
      voidReason: latest!.voidReason,
      letterKind: latest!.letterKind,
      letterFormat: latest!.letterFormat,
      earlierVersions: earlier.map(toVersion),
    }))
    .sort((a, b) => b.uploadedAt.getTime() - a.uploadedAt.getTime());
}

async function getDocument(q: Queryable, serviceId: string, id: string): Promise<FolderDocument> {
  const [row] = await q
    .select({ seriesId: documents.seriesId })
    .from(documents)
    .where(and(eq(documents.id, id), eq(documents.serviceId, serviceId)));
  if (!row) throw notFound("Document");
  const docs = await toDocuments(q, await selectRows(q, eq(documents.seriesId, row.seriesId)));
  return docs[0]!;
}

/**
 * The documents of a folder, newest first, each with its earlier versions. A case's folder is its
 * referral's (documents filed at intake stay with the case); a family's shows everything filed for
 * them. Voided documents only on request. The listing is audited (names are personal).
 */
export async function listDocuments(opts: {
  db: Db;
  viewer: Viewer;
  target: FolderTarget;
  withVoided?: boolean | null;
  correlationId?: string;
}): Promise<FolderDocument[]> {
  const { viewer } = opts;
  return opts.db.transaction(async (tx) => {
    const folder = await requireFolder(tx, viewer, opts.target, "read");
    const where =
      folder.attachedTo === "PERSON"
        ? and(eq(documents.serviceId, viewer.serviceId), eq(documents.personId, folder.personId))!
        : and(eq(documents.serviceId, viewer.serviceId), eq(documents.referralId, folder.referralId!))!;
    const docs = (await toDocuments(tx, await selectRows(tx, where))).filter((d) => opts.withVoided || !d.voidedAt);
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "document.list",
      entityType: folder.attachedTo === "PERSON" ? "person" : folder.caseId ? "case" : "referral",
      entityId: folder.caseId ?? folder.referralId ?? folder.personId,
      fields: ["name", "contentType", "sizeBytes"],
      correlationId: opts.correlationId,
    });
    return docs;
  });
}

/** A document's bytes for download, if the viewer may read its folder; audited. Voided versions stay readable. */
export async function downloadDocument(opts: {
  db: Db;
  viewer: Viewer;
  id: string;
  correlationId?: string;
  store?: DocumentStore;
}): Promise<DocumentContent> {
  const { viewer } = opts;
  const store = opts.store ?? postgresDocumentStore;
  return opts.db.transaction(async (tx) => {
    const doc = await requireDocument(tx, viewer, opts.id, "read");
    const bytes = await store.get(tx, { serviceId: viewer.serviceId, key: doc.storageKey });
    if (!bytes) throw notFound("Document");
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "document.download",
      entityType: "document",
      entityId: doc.id,
      fields: ["content"],
      correlationId: opts.correlationId,
    });
    return { id: doc.id, name: doc.name ?? "document", contentType: servedType(doc.contentType), bytes };
  });
}

/** Void a document, every version of it: kept for audit and hidden from the folder. */
export async function voidDocument(opts: {
  db: Db;
  viewer: Viewer;
  id: string;
  input: VoidDocumentInput;
  now: Date;
}): Promise<FolderDocument> {
  const { viewer } = opts;
  const input = parseInput(voidDocumentSchema, opts.input);
  const doc = await opts.db.transaction(async (tx) => {
    const current = await requireDocument(tx, viewer, opts.id, "write");
    if (current.voidedAt) throw conflict("This document is already voided.");
    await tx
      .update(documents)
      .set({ voidedAt: opts.now, voidedById: viewer.staffId, voidReason: input.reason })
      .where(and(eq(documents.seriesId, current.seriesId), isNull(documents.voidedAt)));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "document.void",
      entityType: "document",
      entityId: current.id,
      fields: ["voidedAt", "voidReason"],
    });
    return current;
  });
  return getDocument(opts.db, viewer.serviceId, doc.id);
}

/**
 * Erasure (dataprotection/): the bytes of every document of these people go, and the names and
 * void reasons with them; the rows stay (type, size, dates) as the statistical skeleton does.
 */
export async function eraseDocumentsOf(
  tx: Tx,
  serviceId: string,
  personIds: string[],
  at: Date,
  store: DocumentStore = postgresDocumentStore,
) {
  if (personIds.length === 0) return;
  const rows = await tx
    .select({ key: documents.storageKey })
    .from(documents)
    .where(and(eq(documents.serviceId, serviceId), inArray(documents.personId, personIds), isNull(documents.erasedAt)));
  await store.delete(tx, { serviceId, keys: rows.map((r) => r.key) });
  await tx
    .update(documents)
    .set({ name: null, voidReason: null, sha256: "", erasedAt: at })
    .where(and(eq(documents.serviceId, serviceId), inArray(documents.personId, personIds), isNull(documents.erasedAt)));
}

/** Subject access (dataprotection/): the family's documents, metadata only (bytes by download). */
export async function documentsOfPerson(q: Queryable, serviceId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return toDocuments(q, await selectRows(q, and(eq(documents.serviceId, serviceId), inArray(documents.personId, personIds))!));
}
