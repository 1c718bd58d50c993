-- Row-level security: organisations are kept apart by PostgreSQL itself, on top of the WHERE organisation_id checks
-- in code. The running service never connects as the owner of the tables (the role that runs these migrations):
--   hotline_tenant  console and admin API work for one organisation, named per transaction with
--                   set_config('hotline.organisation_id', <id>, true); no setting, no rows.
--   hotline_worker  the webhook pipeline, outbox, escalation and check-in ticks, sign-in: work that must route across
--                   organisations (an unknown number's urgent message pages whichever organisation is on call).
-- Neither owns a table, neither is a superuser or BYPASSRLS (the service refuses to start otherwise). Roles belong to
-- the cluster, not the database: several databases in one cluster run this script, so creating them is idempotent.
-- Both are created NOLOGIN; an operator gives them LOGIN and a password (on a trust-auth development cluster the
-- service does this itself when ConnectionStrings:HotlineTenant / HotlineWorker are not set). See docs/security.md.

DO $$
BEGIN
    -- Checked first: a DBA may have created the role already, and then the migrating role needs no CREATEROLE.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hotline_tenant') THEN
        CREATE ROLE hotline_tenant NOLOGIN; -- and by default no SUPERUSER, BYPASSRLS, CREATEDB or CREATEROLE
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- made at the same moment by another database's migration
END
$$;

DO $$
BEGIN
    -- Checked first: a DBA may have created the role already, and then the migrating role needs no CREATEROLE.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hotline_worker') THEN
        CREATE ROLE hotline_worker NOLOGIN; -- and by default no SUPERUSER, BYPASSRLS, CREATEDB or CREATEROLE
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- made at the same moment by another database's migration
END
$$;

-- The organisation of the current transaction, or null (never all organisations) when none was set. An empty string
-- is what a transaction-local setting leaves behind on a pooled connection after its transaction ended.
CREATE FUNCTION current_organisation_id() RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('hotline.organisation_id', true), '')::bigint
$$;

-- Every table but schema_migrations (and Quartz's qrtz_* tables, which the scheduler creates for itself) is protected.
-- FORCE makes the policies hold for the tables' owner too; the owner gets an explicit policy of its own (CURRENT_USER,
-- the role running this script) because the operator's CLI commands (apikey, staff, agencies import) run as the owner.
-- The worker's policy is explicitly cross-organisation; what it may do is limited by the grants below.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY[
        'contacts', 'conversations', 'messages', 'status_events', 'organisations', 'responders', 'shifts', 'cases', 'pages',
        'case_events', 'api_keys', 'audit_log', 'screening_records', 'agency_reports', 'agency_registers', 'enrolments',
        'checkins', 'followup_tasks', 'staff_users', 'staff_sessions']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_operator ON %I TO CURRENT_USER USING (true) WITH CHECK (true)', t);
        EXECUTE format('CREATE POLICY worker_all_organisations ON %I TO hotline_worker USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$$;

-- Tenant policies: the organisation's own rows, and child rows through their parent. Written for every table that
-- belongs to an organisation, granted or not, so that a later GRANT cannot open more than one organisation's rows.
CREATE POLICY tenant_own ON organisations TO hotline_tenant
    USING (id = current_organisation_id()) WITH CHECK (id = current_organisation_id());
CREATE POLICY tenant_own ON responders TO hotline_tenant
    USING (organisation_id = current_organisation_id()) WITH CHECK (organisation_id = current_organisation_id());
CREATE POLICY tenant_own ON shifts TO hotline_tenant
    USING (organisation_id = current_organisation_id()) WITH CHECK (organisation_id = current_organisation_id());
CREATE POLICY tenant_own ON cases TO hotline_tenant
    USING (organisation_id = current_organisation_id()) WITH CHECK (organisation_id = current_organisation_id());
CREATE POLICY tenant_own ON api_keys TO hotline_tenant
    USING (organisation_id = current_organisation_id()) WITH CHECK (organisation_id = current_organisation_id());
CREATE POLICY tenant_own ON audit_log TO hotline_tenant
    USING (organisation_id = current_organisation_id()) WITH CHECK (organisation_id = current_organisation_id());
CREATE POLICY tenant_own ON enrolments TO hotline_tenant
    USING (organisation_id = current_organisation_id()) WITH CHECK (organisation_id = current_organisation_id());
CREATE POLICY tenant_own ON followup_tasks TO hotline_tenant
    USING (organisation_id = current_organisation_id()) WITH CHECK (organisation_id = current_organisation_id());
CREATE POLICY tenant_own ON staff_users TO hotline_tenant
    USING (organisation_id = current_organisation_id()) WITH CHECK (organisation_id = current_organisation_id());

CREATE POLICY tenant_own_case ON pages TO hotline_tenant
    USING (EXISTS (SELECT 1 FROM cases k WHERE k.id = case_id AND k.organisation_id = current_organisation_id()))
    WITH CHECK (EXISTS (SELECT 1 FROM cases k WHERE k.id = case_id AND k.organisation_id = current_organisation_id()));
CREATE POLICY tenant_own_case ON case_events TO hotline_tenant
    USING (EXISTS (SELECT 1 FROM cases k WHERE k.id = case_id AND k.organisation_id = current_organisation_id()))
    WITH CHECK (EXISTS (SELECT 1 FROM cases k WHERE k.id = case_id AND k.organisation_id = current_organisation_id()));
CREATE POLICY tenant_own_enrolment ON checkins TO hotline_tenant
    USING (EXISTS (SELECT 1 FROM enrolments e WHERE e.id = enrolment_id AND e.organisation_id = current_organisation_id()))
    WITH CHECK (EXISTS (SELECT 1 FROM enrolments e WHERE e.id = enrolment_id AND e.organisation_id = current_organisation_id()));
CREATE POLICY tenant_own_user ON staff_sessions TO hotline_tenant
    USING (EXISTS (SELECT 1 FROM staff_users u WHERE u.id = staff_user_id AND u.organisation_id = current_organisation_id()));

-- Contacts are shared (one person may write to the hotline, be a case of one organisation and enrolled by another).
-- An organisation sees a contact, and its messages, only while it has that person's case or enrolment, or the
-- contact is one of its own responders.
CREATE FUNCTION tenant_sees_contact(contact bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM cases k WHERE k.contact_id = contact AND k.organisation_id = current_organisation_id())
        OR EXISTS (SELECT 1 FROM enrolments e WHERE e.contact_id = contact AND e.organisation_id = current_organisation_id())
        OR EXISTS (SELECT 1 FROM responders r WHERE r.contact_id = contact AND r.organisation_id = current_organisation_id())
$$;
-- The look-ups behind that test, one index probe each (responders.contact_id is unique already).
CREATE INDEX cases_organisation_contact ON cases (organisation_id, contact_id);
CREATE INDEX enrolments_organisation_contact ON enrolments (organisation_id, contact_id);
CREATE POLICY tenant_related ON contacts TO hotline_tenant USING (tenant_sees_contact(id));
CREATE POLICY tenant_related ON messages TO hotline_tenant
    USING (tenant_sees_contact(contact_id)) WITH CHECK (tenant_sees_contact(contact_id));

-- A number an organisation types in (a new responder, an enrolment) may already be a contact it cannot see. This
-- finds or creates the contact and returns only its id: the caller knows the number already, and learns nothing
-- about the person. Runs as the owner, with a fixed search path.
CREATE FUNCTION contact_id_for(p_channel text, p_address_hash bytea, p_address_enc bytea, p_country text, p_language text, p_at timestamptz)
RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO public.contacts AS c (channel, address_hash, address_enc, country, language, created_at)
    VALUES (p_channel, p_address_hash, p_address_enc, p_country, p_language, p_at)
    ON CONFLICT (address_hash) DO UPDATE SET country = coalesce(c.country, EXCLUDED.country), language = coalesce(c.language, EXCLUDED.language)
    RETURNING c.id
$$;
REVOKE ALL ON FUNCTION contact_id_for(text, bytea, bytea, text, text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION contact_id_for(text, bytea, bytea, text, text, timestamptz) TO hotline_tenant;

-- Grants: what each role's code actually does, nothing more. No DELETE except shifts (plans, deleted by their
-- organisation); audit_log is INSERT (+ the tenant's own SELECT) only: append-only for the service.
GRANT SELECT ON schema_migrations TO hotline_tenant, hotline_worker;

GRANT SELECT, UPDATE ON organisations TO hotline_tenant;
GRANT SELECT, INSERT, UPDATE ON responders TO hotline_tenant;
GRANT SELECT, INSERT, DELETE ON shifts TO hotline_tenant;
GRANT SELECT, UPDATE ON cases TO hotline_tenant;
GRANT SELECT, UPDATE ON pages TO hotline_tenant;
GRANT SELECT, INSERT ON case_events TO hotline_tenant;
GRANT SELECT ON contacts TO hotline_tenant;
GRANT SELECT, INSERT ON messages TO hotline_tenant;
GRANT SELECT, INSERT, UPDATE ON enrolments TO hotline_tenant;
GRANT SELECT, INSERT, UPDATE ON checkins TO hotline_tenant;
GRANT SELECT ON followup_tasks TO hotline_tenant;
GRANT SELECT, INSERT ON audit_log TO hotline_tenant;
GRANT USAGE ON SEQUENCE responders_id_seq, shifts_id_seq, case_events_id_seq, messages_id_seq, enrolments_id_seq,
    checkins_id_seq, audit_log_id_seq TO hotline_tenant;

GRANT SELECT, INSERT, UPDATE ON contacts, conversations, messages, status_events, cases, pages, case_events, enrolments,
    checkins, followup_tasks, staff_sessions TO hotline_worker;
GRANT INSERT ON screening_records, agency_reports TO hotline_worker;
GRANT SELECT, INSERT ON agency_registers TO hotline_worker;
GRANT SELECT, UPDATE ON responders, staff_users TO hotline_worker;
GRANT SELECT ON organisations, shifts, api_keys TO hotline_worker;
GRANT INSERT ON audit_log TO hotline_worker;
GRANT USAGE ON SEQUENCE contacts_id_seq, messages_id_seq, cases_id_seq, pages_id_seq, case_events_id_seq, checkins_id_seq,
    followup_tasks_id_seq, screening_records_id_seq, agency_reports_id_seq, agency_registers_id_seq, audit_log_id_seq TO hotline_worker;
