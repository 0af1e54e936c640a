import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { staff } from "../staff/staff.table.js";
import { NOTIFICATION_KIND, NOTIFICATION_STATE } from "../core/vocabulary.js";

export const notificationKind = pgEnum("notification_kind", NOTIFICATION_KIND.values);
export const notificationState = pgEnum("notification_state", NOTIFICATION_STATE.values);

/**
 * The outbox (decision 040): one row per email, written in the transaction of the event that causes
 * it and delivered by the worker. No address and no content is stored: the recipient is a staff
 * member or a referral's contact, looked up at sending, and the message is rendered from the kind,
 * the reference and the count, so erasing a family leaves nothing here to erase.
 */
export const notificationOutbox = pgTable(
  "notification_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    kind: notificationKind("kind").notNull(),
    /** Why this row exists, unique: a second enqueue of the same event (or a second instance) adds nothing. */
    dedupeKey: text("dedupe_key").notNull(),
    /** The staff member it goes to; null for a family's receipt (sent to the referral's contact). */
    recipientStaffId: uuid("recipient_staff_id").references(() => staff.id),
    referralId: uuid("referral_id"),
    /** The referral reference shown in the email (not personal: it identifies no one outside the service). */
    reference: text("reference"),
    /** Overdue digest: how many items were open when it was queued. */
    itemCount: integer("item_count"),
    /** Family receipt: the service's response promise, as shown on the form ("We will contact you by …"); names no one. */
    responsePromise: text("response_promise"),
    state: notificationState("state").notNull().default("QUEUED"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
    /** A worker holds the row until then while it sends; another instance skips it (decision 040). */
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    /** The SMTP server's last refusal, with any address in it masked. */
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("notification_outbox_dedupe_key").on(t.dedupeKey),
    index("notification_outbox_due_idx").on(t.state, t.nextAttemptAt),
    index("notification_outbox_service_idx").on(t.serviceId, t.createdAt),
  ],
);

/** A person's choices; no row means the defaults (notification.rules.ts). */
export const notificationPreferences = pgTable("notification_preferences", {
  staffId: uuid("staff_id")
    .primaryKey()
    .references(() => staff.id),
  safeguarding: boolean("safeguarding").notNull(),
  allocation: boolean("allocation").notNull(),
  overdueDigest: boolean("overdue_digest").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});
