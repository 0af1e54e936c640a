-- Decision 057: what a service's statistics were computed from. Every statement that changes a row
-- serviceStats reads notes its services in stats_changed; at COMMIT a deferred trigger gives each of
-- them a new version from stats_version_seq, in the writing transaction, so a snapshot sees a
-- change exactly when it sees its version. The API keeps a service's computed figures while the
-- version and the clock say nothing they depend on has changed (statistics.cache.ts).
CREATE SEQUENCE "public"."stats_version_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "stats_changed" (
	"tx" bigint NOT NULL,
	"service_id" uuid NOT NULL,
	CONSTRAINT "stats_changed_tx_service_id_pk" PRIMARY KEY("tx","service_id")
);
--> statement-breakpoint
CREATE TABLE "stats_versions" (
	"service_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
-- A statement's services, noted for the version bump at COMMIT (one row per transaction and service).
CREATE FUNCTION stats_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO stats_changed (tx, service_id)
      SELECT DISTINCT pg_current_xact_id()::text::bigint, service_id FROM old_rows WHERE service_id IS NOT NULL
      ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO stats_changed (tx, service_id)
      SELECT DISTINCT pg_current_xact_id()::text::bigint, service_id FROM new_rows WHERE service_id IS NOT NULL
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- At COMMIT: a new version for every service this transaction changed. Fires once per noted row; the
-- first firing takes them all (in service order, so two commits cannot wait on each other) and the
-- others find nothing. Rows noted later in the same COMMIT (the rollup flush writes stats_daily)
-- queue another firing, which PostgreSQL runs before the COMMIT ends.
CREATE FUNCTION stats_bump_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH gone AS (DELETE FROM stats_changed WHERE tx = pg_current_xact_id()::text::bigint RETURNING service_id)
  INSERT INTO stats_versions AS v (service_id, version)
    SELECT s.service_id, nextval('stats_version_seq') FROM (SELECT DISTINCT service_id FROM gone ORDER BY 1) s
  ON CONFLICT (service_id) DO UPDATE SET version = excluded.version;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER stats_changed_bump AFTER INSERT ON stats_changed
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stats_bump_versions();--> statement-breakpoint
-- Every table selectAggregates reads (statistics.query.ts): its rollups and the source rows it scans.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['stats_daily', 'stats_monthly', 'referrals', 'cases', 'case_reopenings', 'case_level_changes',
    'key_dates', 'evaluation_invitations', 'evaluation_responses', 'group_sessions', 'session_evaluations',
    'monitoring_notes', 'anonymous_enquiries', 'complaints', 'safeguarding_concerns', 'waiting_list_snapshots'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_note_change()', t || '_stats_changed_i', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_note_change()', t || '_stats_changed_u', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_note_change()', t || '_stats_changed_d', t);
  END LOOP;
END;
$$;
