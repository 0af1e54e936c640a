-- Decision 052: the rollups are recounted at COMMIT, not in the middle of the writing transaction.
-- Until now each rollup trigger recounted its days at once, under a per-service advisory lock
-- (stats:<service>) held until COMMIT, so every referral, activity, case or meeting written for a
-- service waited for the previous writer's whole transaction (its audit, checks, read-back and
-- NOTIFY); under load a pool filled with writers waiting on that lock and even reads found no
-- connection. Now:
-- * stats_refresh_now is the recount itself (0027's stats_refresh, renamed, unchanged);
-- * stats_refresh, which the triggers and stats_rebuild call, only notes the family, service and day
--   in stats_pending for this transaction;
-- * a deferred constraint trigger on stats_pending runs stats_flush at COMMIT: it takes this
--   transaction's rows (deleting them), takes the services' locks in order and recounts each family's
--   days. The figures are the same recount from the source rows as before, now seeing every row the
--   transaction wrote; the lock is held from the recount to the end of COMMIT only.
CREATE TABLE "stats_pending" (
	"tx" bigint NOT NULL,
	"family" text NOT NULL,
	"service_id" uuid NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "stats_pending_tx_family_service_id_day_pk" PRIMARY KEY("tx","family","service_id","day")
);--> statement-breakpoint
ALTER FUNCTION stats_refresh(text, uuid[], date[]) RENAME TO stats_refresh_now;--> statement-breakpoint
CREATE FUNCTION stats_refresh(family text, svcs uuid[], days date[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF family IS NULL OR family NOT IN ('referrals', 'activities', 'cases', 'meetings') THEN
    RAISE EXCEPTION 'unknown statistics family %', family;
  END IF;
  INSERT INTO stats_pending (tx, family, service_id, day)
    SELECT pg_current_xact_id()::text::bigint, family, u.s, u.d
    FROM unnest(svcs, days) u(s, d) WHERE u.s IS NOT NULL AND u.d IS NOT NULL
  ON CONFLICT DO NOTHING;
END;
$$;--> statement-breakpoint
-- Fires once per pending row at COMMIT; the first firing recounts everything the transaction
-- noted and the others find nothing left.
CREATE FUNCTION stats_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  fams text[];
  svcs uuid[];
  days date[];
  fam text;
  fam_svcs uuid[];
  fam_days date[];
BEGIN
  WITH gone AS (DELETE FROM stats_pending WHERE tx = pg_current_xact_id()::text::bigint RETURNING family, service_id, day)
    SELECT array_agg(gone.family), array_agg(gone.service_id), array_agg(gone.day) INTO fams, svcs, days FROM gone;
  IF fams IS NULL THEN RETURN NULL; END IF;
  -- Every service's lock before any recount, in one order, so two commits cannot wait on each other.
  PERFORM pg_advisory_xact_lock(hashtextextended('stats:' || x.sv::text, 0))
    FROM (SELECT DISTINCT u.sv FROM unnest(svcs) u(sv) ORDER BY 1) x;
  FOR fam IN SELECT DISTINCT u.fm FROM unnest(fams) u(fm) ORDER BY 1 LOOP
    SELECT array_agg(u.sv), array_agg(u.dy) INTO fam_svcs, fam_days FROM unnest(fams, svcs, days) u(fm, sv, dy) WHERE u.fm = fam;
    PERFORM stats_refresh_now(fam, fam_svcs, fam_days);
  END LOOP;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER stats_pending_flush AFTER INSERT ON stats_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stats_flush();
