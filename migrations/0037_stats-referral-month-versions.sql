-- Decision 063: referrals are versioned by the month they were received, like the rollups by month
-- (decision 060). Every figure from referrals counts only those received before a period's end, so
-- a statement over periods that have ended (a steering member's, a trend's earlier months) is kept
-- while today's referrals come in. A change is noted as 'referrals:<YYYY-MM>' (UTC) of every row it
-- touched, old and new (a corrected receipt moves a referral between months), besides 'referrals'
-- (below); a statement names the
-- months up to its periods' end as one range, whose version is the highest of theirs
-- (statistics.sources.ts).
--
-- That needs one service's versions to rise with its commits. The version was taken from the
-- sequence before the service's row lock was waited on, so two commits could take 10 and 11 and
-- commit 11 first. Now an existing service's version is taken after its row is locked (ON CONFLICT
-- DO UPDATE evaluates its SET under the lock); a first version is taken by the one transaction that
-- inserts the row, and any other waits for it. A source's version is still compared for equality
-- too, as before.
CREATE OR REPLACE FUNCTION stats_bump_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH gone AS (DELETE FROM stats_changed WHERE tx = pg_current_xact_id()::text::bigint RETURNING service_id, source),
  bumped AS (
    INSERT INTO stats_versions AS v (service_id, version)
      SELECT s.service_id, nextval('stats_version_seq') FROM (SELECT DISTINCT service_id FROM gone ORDER BY 1) s
    ON CONFLICT (service_id) DO UPDATE SET version = nextval('stats_version_seq')
    RETURNING service_id, version
  )
  INSERT INTO stats_source_versions AS sv (service_id, source, version)
    SELECT g.service_id, g.source, b.version FROM (SELECT DISTINCT service_id, source FROM gone) g JOIN bumped b USING (service_id)
    ORDER BY 1, 2
  ON CONFLICT (service_id, source) DO UPDATE SET version = excluded.version;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Each change is noted at its months and, as before, at the whole table: no statement of this code
-- reads 'referrals' any more, but an instance of the code before this migration does, and several
-- instances may share the database during an upgrade (a database migrated further is ready, decision
-- 023): its figures stay right until it is replaced.
CREATE FUNCTION stats_note_referral_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO stats_changed (tx, service_id, source)
      SELECT DISTINCT pg_current_xact_id()::text::bigint, r.service_id, s.source
      FROM new_rows r CROSS JOIN LATERAL (VALUES ('referrals'), ('referrals:' || to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM'))) s(source)
      WHERE r.service_id IS NOT NULL
      ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO stats_changed (tx, service_id, source)
      SELECT DISTINCT pg_current_xact_id()::text::bigint, r.service_id, s.source
      FROM old_rows r CROSS JOIN LATERAL (VALUES ('referrals'), ('referrals:' || to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM'))) s(source)
      WHERE r.service_id IS NOT NULL
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DROP TRIGGER "referrals_stats_changed_i" ON "referrals";--> statement-breakpoint
DROP TRIGGER "referrals_stats_changed_u" ON "referrals";--> statement-breakpoint
DROP TRIGGER "referrals_stats_changed_d" ON "referrals";--> statement-breakpoint
CREATE TRIGGER "referrals_stats_changed_i" AFTER INSERT ON "referrals" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_note_referral_change();--> statement-breakpoint
CREATE TRIGGER "referrals_stats_changed_u" AFTER UPDATE ON "referrals" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_note_referral_change();--> statement-breakpoint
CREATE TRIGGER "referrals_stats_changed_d" AFTER DELETE ON "referrals" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_note_referral_change();
