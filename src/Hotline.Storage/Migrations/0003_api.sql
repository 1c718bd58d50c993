-- The admin API: an append-only audit log of who changed what through it (and of rejected keys), and the indexes
-- its organisation-scoped reads use. The log holds ids and action names only, never a number or a name.

CREATE TABLE audit_log (
    id               bigserial PRIMARY KEY,
    organisation_id  bigint      REFERENCES organisations (id),  -- null when a key was not recognised at all
    actor            text        NOT NULL,                       -- api_key:<id>, cli, or unknown
    action           text        NOT NULL,                       -- responder.create, shift.delete, api_key.rejected, …
    target           text,                                       -- responder:<id>, shift:<id>, revoked_key, …
    created_at       timestamptz NOT NULL
);
CREATE INDEX audit_log_organisation ON audit_log (organisation_id, created_at);

-- Append-only: the application only ever inserts. The trigger makes an UPDATE or DELETE fail loudly instead of
-- quietly rewriting history (a retention purge, if one is ever needed, is an operator's TRUNCATE, not app code).
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE INDEX responders_organisation ON responders (organisation_id, id);
CREATE INDEX cases_organisation_opened ON cases (organisation_id, opened_at DESC);
CREATE INDEX api_keys_organisation ON api_keys (organisation_id);
