import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { referralChannel } from "../referral/referral.table.js";
import { statsKeyColumn } from "../db/sql.js";

/*
 * Anonymous evaluations are kept apart from case files [004 2.2B5]. Neither table may ever gain a
 * column that points at a case, referral, person or staff member, nor a timestamp finer than a
 * month: a test asserts on these definitions.
 */

/** One invitation per closed case: only a hash of the token handed to the family. */
export const evaluationInvitations = pgTable(
  "evaluation_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The record's key for protected statistics (decision 028), stored (decision 066). */
    statsKey: statsKeyColumn(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    tokenHash: text("token_hash").notNull().unique(),
    closureMonth: date("closure_month").notNull(),
    level: integer("level").notNull(),
    channel: referralChannel("channel").notNull(),
    returned: boolean("returned").notNull().default(false),
  },
  (t) => [index("evaluation_invitations_service_idx").on(t.serviceId, t.closureMonth)],
);

/**
 * Answers waiting for their batch (decision 029): the service and the answers, nothing else — no
 * month, level, channel or time. Read by nobody: moved to `evaluation_responses` in a shuffled batch
 * once the service has k of them, and deleted.
 */
export const evaluationPending = pgTable(
  "evaluation_pending",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    answers: jsonb("answers").$type<Record<string, number | string>>().notNull(),
  },
  (t) => [index("evaluation_pending_service_idx").on(t.serviceId)],
);

/**
 * Released answers (decision 029): only in batches of at least k, each dated by the month the batch
 * was released, never by anything about the case (no closure month, level or channel).
 */
export const evaluationResponses = pgTable(
  "evaluation_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The record's key for protected statistics (decision 028), stored (decision 066). */
    statsKey: statsKeyColumn(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    batchId: uuid("batch_id").notNull().defaultRandom(),
    /** First day of the (service-local) month the batch was released. */
    batchMonth: date("batch_month")
      .notNull()
      .default(sql`(date_trunc('month', now()))::date`),
    answers: jsonb("answers").$type<Record<string, number | string>>().notNull(),
  },
  (t) => [index("evaluation_responses_service_idx").on(t.serviceId, t.batchMonth)],
);
