-- Custom SQL migration (issue 16, sessions): moving a staff member to another service, changing their
-- role or deactivating them revokes every session they hold, in the same transaction, whoever writes
-- the row (a mutation, the admin screens, SQL typed by hand). Each revoked session fires
-- sessions_auth_changed (migration 0009), so every instance hears AUTH_CHANGED for it at commit and
-- closes that session's sockets at once (transport/ws.ts); HTTP refuses the token on its next request.

CREATE OR REPLACE FUNCTION staff_revoke_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE sessions SET revoked_at = now() WHERE staff_id = NEW.id AND revoked_at IS NULL;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER staff_revoke_sessions AFTER UPDATE ON staff FOR EACH ROW
  WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.service_id IS DISTINCT FROM NEW.service_id OR OLD.active IS DISTINCT FROM NEW.active)
  EXECUTE FUNCTION staff_revoke_sessions();
