import { customType, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { staff } from "../staff/staff.table.js";
import { people } from "../person/person.table.js";
import { referrals } from "../referral/referral.table.js";
import { cases } from "../casework/casework.table.js";
import { DOCUMENT_ATTACHMENT } from "../core/vocabulary.js";

/** PostgreSQL bytea as a Node Buffer (both drivers return one). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

export const documentAttachment = pgEnum("document_attachment", DOCUMENT_ATTACHMENT.values);

/**
 * A document in a family's folder (decision 038): one row per version. Replacing a document adds a
 * row with the same `series_id` and the next `version`; voiding stamps every version of the series.
 * The bytes live apart, behind `DocumentStore` (`storage_key`), so listing never reads them.
 */
export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    seriesId: uuid("series_id").notNull(),
    version: integer("version").notNull(),
    attachedTo: documentAttachment("attached_to").notNull(),
    /** The family the document belongs to (always set): erasure and subject access find it here. */
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    /** The referral's folder (set for referral and case documents): the per-case cap counts it. */
    referralId: uuid("referral_id").references(() => referrals.id),
    caseId: uuid("case_id").references(() => cases.id),
    /** The sanitised file name; personal (it may name the child), erased with the family. */
    name: text("name"),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    uploadedById: uuid("uploaded_by_id")
      .notNull()
      .references(() => staff.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull(),
    voidedAt: timestamp("voided_at", { withTimezone: true }),
    voidedById: uuid("voided_by_id").references(() => staff.id),
    voidReason: text("void_reason"),
    /** A letter the service produced (letters/), e.g. CLOSURE; null for an upload. */
    letterKind: text("letter_kind"),
    /** The letter's format for the family's access needs: STANDARD, LARGE_PRINT or EASY_READ. */
    letterFormat: text("letter_format"),
    erasedAt: timestamp("erased_at", { withTimezone: true }),
  },
  (t) => [
    index("documents_referral_idx").on(t.serviceId, t.referralId),
    index("documents_person_idx").on(t.serviceId, t.personId),
    index("documents_series_idx").on(t.seriesId, t.version),
  ],
);

/** The bytes of stored documents, for the PostgreSQL `DocumentStore` (so backups and PGlite carry them). */
export const documentContents = pgTable("document_contents", {
  storageKey: text("storage_key").primaryKey(),
  serviceId: uuid("service_id")
    .notNull()
    .references(() => services.id),
  bytes: bytea("bytes").notNull(),
});
