import { bigint, date, doublePrecision, index, integer, pgSequence, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";

/*
 * Statistics rollups (decision 006). Counts per service per local day (in the service's time zone)
 * and per local month, by metric and category key, for the figures whose source rows are many:
 * referral breakdowns (received day) and activities (occurred day; `x` = minutes). Written only by
 * the database triggers of migration 0005 (recomputed from the source rows for every day a write
 * touches); never by application code. Read by `statistics.query.ts`. Since migration 0028 the
 * triggers only note what changed (below) and the rollups change at COMMIT (decision 052).
 */
export const statsDaily = pgTable(
  "stats_daily",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    day: date("day").notNull(),
    metric: text("metric").notNull(),
    key: text("key").notNull(),
    n: integer("n").notNull(),
    x: doublePrecision("x"),
    /** Sum of the counted records' keys (`stats_record_key(id)`): the cell key is this mod 256 (decision 028). */
    ks: bigint("ks", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.day, t.metric, t.key] })],
);

export const statsMonthly = pgTable(
  "stats_monthly",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    /** First day of the local month. */
    month: date("month").notNull(),
    metric: text("metric").notNull(),
    key: text("key").notNull(),
    n: integer("n").notNull(),
    x: doublePrecision("x"),
    /** Sum of the counted records' keys (`stats_record_key(id)`): the cell key is this mod 256 (decision 028). */
    ks: bigint("ks", { mode: "number" }).notNull().default(0),
    /** The month's protected count, `stats_perturb(n, ks, k)` with the service's k (decision 028): what steering sees. */
    p: integer("p").notNull().default(0),
    /** Activities: the month's protected hours, `stats_perturb_hours` (decision 028). */
    px: doublePrecision("px"),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.month, t.metric, t.key] })],
);

/*
 * Deployment-wide sums of the rollups above over every real (non-demo) service, for nationalStats
 * (decision 009): kept by triggers on stats_daily / stats_monthly that add what a statement
 * inserted and subtract what it deleted (migration 0008), so reading them costs the same for 4
 * services or 150. A category whose count falls back to 0 keeps a row with n = 0.
 */
export const statsNationalDaily = pgTable(
  "stats_national_daily",
  {
    day: date("day").notNull(),
    metric: text("metric").notNull(),
    key: text("key").notNull(),
    n: integer("n").notNull(),
    x: doublePrecision("x"),
    /** Sum of the counted records' keys (`stats_record_key(id)`): the cell key is this mod 256 (decision 028). */
    ks: bigint("ks", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.metric, t.key] })],
);

export const statsNationalMonthly = pgTable(
  "stats_national_monthly",
  {
    month: date("month").notNull(),
    metric: text("metric").notNull(),
    key: text("key").notNull(),
    n: integer("n").notNull(),
    x: doublePrecision("x"),
    /** Sum of the counted records' keys (`stats_record_key(id)`): the cell key is this mod 256 (decision 028). */
    ks: bigint("ks", { mode: "number" }).notNull().default(0),
    /** Sum of the services' protected monthly counts and hours (`stats_monthly.p`, `px`). */
    p: integer("p").notNull().default(0),
    px: doublePrecision("px"),
  },
  (t) => [primaryKey({ columns: [t.month, t.metric, t.key] })],
);

/*
 * What a transaction's writes changed, waiting for its COMMIT (decision 052, migration 0028). The
 * rollup triggers write here instead of touching the rollups; a deferred constraint trigger on these
 * tables applies them, and deletes the rows, as the transaction commits, under the service's lock.
 * A row outlives no transaction: it is deleted by its own COMMIT or rolled back with it.
 * - `stats_pending`: (family, service, day) pairs to recount from the source rows (an update or a
 *   delete, or a time zone change).
 * - `stats_pending_counts`: the counts of inserted rows by category, added to the rollups as they
 *   are (an insert cannot change what was counted before), so a busy day costs an insert no more
 *   than a quiet one. A day that is also recounted ignores them.
 */
export const statsPending = pgTable(
  "stats_pending",
  {
    /** The writing transaction: `pg_current_xact_id()`. */
    tx: bigint("tx", { mode: "number" }).notNull(),
    /** The rollup family: referrals, activities, cases or meetings. */
    family: text("family").notNull(),
    serviceId: uuid("service_id").notNull(),
    day: date("day").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tx, t.family, t.serviceId, t.day] })],
);

export const statsPendingCounts = pgTable(
  "stats_pending_counts",
  {
    tx: bigint("tx", { mode: "number" }).notNull(),
    family: text("family").notNull(),
    serviceId: uuid("service_id").notNull(),
    day: date("day").notNull(),
    metric: text("metric").notNull(),
    key: text("key").notNull(),
    n: integer("n").notNull(),
    x: doublePrecision("x"),
    ks: bigint("ks", { mode: "number" }).notNull(),
  },
  (t) => [index("stats_pending_counts_tx_idx").on(t.tx)],
);

/*
 * What a service's statistics were computed from (decisions 057, 059). Every statement that changes a
 * row `serviceStats` reads (the rollups and the source tables it scans) notes its services and its
 * table in `stats_changed`; at COMMIT a deferred trigger gives each of those services a new `version`
 * from `stats_version_seq` (taking the service's row lock, so one service's versions follow its
 * commits), and each table changed that same number in `stats_source_versions`, in the same
 * transaction as the change: a snapshot that sees the change sees the new versions and none that
 * does not. A version is never given twice in a database. Read by `statistics.cache.ts`; written only
 * by the triggers of migrations 0032 and 0034.
 */
export const statsVersionSeq = pgSequence("stats_version_seq");

export const statsVersions = pgTable("stats_versions", {
  serviceId: uuid("service_id").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull(),
});

/** The version each table (`source`) last had a change of the service's committed with; no row is version 0. */
export const statsSourceVersions = pgTable(
  "stats_source_versions",
  {
    serviceId: uuid("service_id").notNull(),
    source: text("source").notNull(),
    version: bigint("version", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.source] })],
);

export const statsChanged = pgTable(
  "stats_changed",
  {
    /** The writing transaction: `pg_current_xact_id()`. */
    tx: bigint("tx", { mode: "number" }).notNull(),
    serviceId: uuid("service_id").notNull(),
    /** The table the statement changed. */
    source: text("source").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tx, t.serviceId, t.source] })],
);
