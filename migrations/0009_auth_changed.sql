-- Custom SQL migration file, put your code below! --
-- Subscriptions re-check every subscriber's session for every event (decision 015). Each instance
-- keeps the sessions and staff rows its subscribers stand on in memory, and these triggers tell every
-- instance, through the event channel and in commit order, when one of those rows changes in a way that
-- can take rights away: a session revoked, its expiry moved, its last use moved back, or deleted; a
-- staff member's role, service, name or active flag changed, or deleted. Forward moves of
-- last_seen_at (a session in use, written at most once a minute) notify nothing: a cached value that
-- is behind only makes the instance read the row again. Being triggers, they catch every writer,
-- including SQL typed by hand.

CREATE OR REPLACE FUNCTION auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('sendiass_events', json_build_object(
    'topic', 'AUTH_CHANGED',
    'payload', json_build_object(CASE WHEN TG_TABLE_NAME = 'sessions' THEN 'sessionId' ELSE 'staffId' END, OLD.id)
  )::text);
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER sessions_auth_changed AFTER UPDATE ON sessions FOR EACH ROW
  WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.expires_at IS DISTINCT FROM NEW.expires_at
    OR OLD.staff_id IS DISTINCT FROM NEW.staff_id OR NEW.last_seen_at < OLD.last_seen_at OR NEW.id <> OLD.id)
  EXECUTE FUNCTION auth_changed();--> statement-breakpoint
CREATE TRIGGER sessions_auth_deleted AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION auth_changed();--> statement-breakpoint
CREATE TRIGGER staff_auth_changed AFTER UPDATE ON staff FOR EACH ROW
  WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.service_id IS DISTINCT FROM NEW.service_id
    OR OLD.active IS DISTINCT FROM NEW.active OR OLD.display_name IS DISTINCT FROM NEW.display_name OR NEW.id <> OLD.id)
  EXECUTE FUNCTION auth_changed();--> statement-breakpoint
CREATE TRIGGER staff_auth_deleted AFTER DELETE ON staff FOR EACH ROW EXECUTE FUNCTION auth_changed();
