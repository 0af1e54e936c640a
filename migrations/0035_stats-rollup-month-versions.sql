-- Decision 060: a version per month of the rollups. A change to stats_daily or stats_monthly is noted
-- as '<table>:<YYYY-MM>' of the local month of the rows it touched, not as the whole table, so the
-- statistics statement over earlier months (statisticsParts' rollups, cut at the latest month a
-- period reaches) is kept while the writes of the current month come in. Other tables keep their
-- name as their source (stats_note_change).
CREATE FUNCTION stats_note_rollup_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'stats_daily' THEN
    IF TG_OP = 'DELETE' THEN
      INSERT INTO stats_changed (tx, service_id, source)
        SELECT DISTINCT pg_current_xact_id()::text::bigint, service_id, 'stats_daily:' || to_char(day, 'YYYY-MM') FROM old_rows
        ON CONFLICT DO NOTHING;
    ELSE
      INSERT INTO stats_changed (tx, service_id, source)
        SELECT DISTINCT pg_current_xact_id()::text::bigint, service_id, 'stats_daily:' || to_char(day, 'YYYY-MM') FROM new_rows
        ON CONFLICT DO NOTHING;
    END IF;
  ELSE
    IF TG_OP = 'DELETE' THEN
      INSERT INTO stats_changed (tx, service_id, source)
        SELECT DISTINCT pg_current_xact_id()::text::bigint, service_id, 'stats_monthly:' || to_char(month, 'YYYY-MM') FROM old_rows
        ON CONFLICT DO NOTHING;
    ELSE
      INSERT INTO stats_changed (tx, service_id, source)
        SELECT DISTINCT pg_current_xact_id()::text::bigint, service_id, 'stats_monthly:' || to_char(month, 'YYYY-MM') FROM new_rows
        ON CONFLICT DO NOTHING;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['stats_daily', 'stats_monthly'] LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', t || '_stats_changed_i', t);
    EXECUTE format('DROP TRIGGER %I ON %I', t || '_stats_changed_u', t);
    EXECUTE format('DROP TRIGGER %I ON %I', t || '_stats_changed_d', t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_note_rollup_change()', t || '_stats_changed_i', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_note_rollup_change()', t || '_stats_changed_u', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_note_rollup_change()', t || '_stats_changed_d', t);
  END LOOP;
END;
$$;--> statement-breakpoint
-- The whole-table versions no statement reads any more.
DELETE FROM stats_source_versions WHERE source IN ('stats_daily', 'stats_monthly');
