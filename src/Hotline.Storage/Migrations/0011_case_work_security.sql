-- Row-level security for the console's case work (0009) and the grants its pages need, plus the few SECURITY DEFINER
-- functions for work that must reach beyond one organisation: referring a case to another organisation, the list of
-- organisations to refer to, and the hotline-wide statistics (counts per label only, never rows). See docs/security.md.

-- The new tables: the same three policy kinds as 0008.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['number_reveals', 'case_referrals']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_operator ON %I TO CURRENT_USER USING (true) WITH CHECK (true)', t);
        EXECUTE format('CREATE POLICY worker_all_organisations ON %I TO hotline_worker USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$$;
CREATE POLICY tenant_own ON number_reveals TO hotline_tenant
    USING (organisation_id = current_organisation_id()) WITH CHECK (organisation_id = current_organisation_id());
-- Both ends of a referral may see it; neither may write one except through refer_case below (no grant).
CREATE POLICY tenant_either_end ON case_referrals TO hotline_tenant
    USING (from_organisation_id = current_organisation_id() OR to_organisation_id = current_organisation_id())
    WITH CHECK (from_organisation_id = current_organisation_id());

-- Grants for what the console does. number_reveals is append-only (its trigger refuses UPDATE and DELETE even for the
-- owner): INSERT, and SELECT for the INSERT … RETURNING that reads the number in the same statement.
GRANT SELECT, INSERT ON number_reveals TO hotline_tenant;
GRANT USAGE ON SEQUENCE number_reveals_id_seq TO hotline_tenant;
-- A follow-up task is marked done, nothing else about it changes.
GRANT UPDATE (done_at) ON followup_tasks TO hotline_tenant;
-- A case's timeline names the staff who wrote its notes: their name, never their credentials.
GRANT SELECT (id, organisation_id, display_name) ON staff_users TO hotline_tenant;

-- The organisations a case can be referred to: ids and names only, and only inside a transaction bound to an
-- organisation (the caller's own is left out).
CREATE FUNCTION referral_organisations() RETURNS TABLE (id bigint, name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT o.id, o.name FROM organisations o
    WHERE current_organisation_id() IS NOT NULL AND o.id <> current_organisation_id()
    ORDER BY o.name, o.id
$$;

-- Hands a case of the current organisation over to another one, in the caller's transaction. The tenant's own
-- policies refuse this (the moved row leaves its organisation, and the receiver's audit row is not its own), so this
-- runs as the owner and checks everything itself: the case is the current organisation's and not closed, the person
-- agreed to share it, the receiver exists and is another organisation, and the staff account is the current
-- organisation's. Answers 'done' or why not; the caller checks who may refer (assigned responder, coordinator, admin).
CREATE FUNCTION refer_case(p_case_id bigint, p_to_organisation_id bigint, p_staff_user_id bigint, p_at timestamptz) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_from      bigint := current_organisation_id();
    v_status    text;
    v_consent   boolean;
    v_responder bigint;
BEGIN
    SELECT status, consent_to_share INTO v_status, v_consent
    FROM cases WHERE id = p_case_id AND organisation_id = v_from FOR UPDATE;
    IF NOT FOUND THEN RETURN 'not_found'; END IF;
    IF v_status = 'closed' THEN RETURN 'closed'; END IF;
    IF v_consent IS NULL THEN RETURN 'no_consent_record'; END IF;
    IF NOT v_consent THEN RETURN 'consent_refused'; END IF;
    IF p_to_organisation_id = v_from OR NOT EXISTS (SELECT 1 FROM organisations WHERE id = p_to_organisation_id) THEN
        RETURN 'unknown_organisation';
    END IF;
    SELECT responder_id INTO v_responder FROM staff_users WHERE id = p_staff_user_id AND organisation_id = v_from;
    IF NOT FOUND THEN RETURN 'not_found'; END IF;

    UPDATE cases SET organisation_id = p_to_organisation_id, status = 'open', assigned_responder_id = NULL, acked_at = NULL,
                     escalation_step = 0, escalation_round = 0, last_paged_at = NULL, escalation_exhausted_at = NULL,
                     next_escalation_at = p_at
    WHERE id = p_case_id;
    INSERT INTO case_referrals (case_id, from_organisation_id, to_organisation_id, staff_user_id, referred_at)
    VALUES (p_case_id, v_from, p_to_organisation_id, p_staff_user_id, p_at);
    INSERT INTO case_events (case_id, responder_id, staff_user_id, kind, created_at)
    VALUES (p_case_id, v_responder, p_staff_user_id, 'referred', p_at);
    INSERT INTO audit_log (organisation_id, actor, action, target, created_at) VALUES
        (v_from, 'staff:' || p_staff_user_id, 'case.refer', 'case:' || p_case_id, p_at),
        (p_to_organisation_id, 'staff:' || p_staff_user_id, 'case.referral_received', 'case:' || p_case_id, p_at);
    RETURN 'done';
END
$$;

-- Hotline-wide figures for the statistics page: every organisation's cases, and the anonymous screenings and agency
-- reports (which belong to no organisation). Counts per label for a period, never a row; only from a transaction
-- bound to an organisation. The figure names are fixed here, so no caller text reaches the SQL. Small counts are
-- suppressed where they are shown (StatisticsStore).
CREATE FUNCTION hotline_counts(p_figure text, p_from timestamptz, p_from_day date) RETURNS TABLE (label text, total bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF current_organisation_id() IS NULL THEN RETURN; END IF;
    CASE p_figure
        WHEN 'cases_by_need' THEN RETURN QUERY
            SELECT k.need, count(*) FROM cases k WHERE k.organisation_id IS NOT NULL AND k.opened_at >= p_from GROUP BY 1 ORDER BY 2 DESC, 1;
        WHEN 'cases_by_outcome' THEN RETURN QUERY
            SELECT coalesce(k.outcome, 'not_closed'), count(*) FROM cases k WHERE k.organisation_id IS NOT NULL AND k.opened_at >= p_from GROUP BY 1 ORDER BY 2 DESC, 1;
        WHEN 'screenings_by_level' THEN RETURN QUERY
            SELECT s.level, count(*) FROM screening_records s WHERE s.recorded_on >= p_from_day GROUP BY 1 ORDER BY 2 DESC, 1;
        WHEN 'screenings_by_destination' THEN RETURN QUERY
            SELECT s.destination, count(*) FROM screening_records s WHERE s.recorded_on >= p_from_day GROUP BY 1 ORDER BY 2 DESC, 1;
        WHEN 'screenings_by_sector' THEN RETURN QUERY
            SELECT s.sector, count(*) FROM screening_records s WHERE s.recorded_on >= p_from_day GROUP BY 1 ORDER BY 2 DESC, 1;
        WHEN 'screenings_by_province' THEN RETURN QUERY
            SELECT s.province, count(*) FROM screening_records s WHERE s.recorded_on >= p_from_day GROUP BY 1 ORDER BY 2 DESC, 1;
        WHEN 'agency_reports_by_reason' THEN RETURN QUERY
            SELECT a.reason, count(*) FROM agency_reports a WHERE a.reported_on >= p_from_day GROUP BY 1 ORDER BY 2 DESC, 1;
        ELSE RAISE EXCEPTION 'hotline_counts: unknown figure %', p_figure;
    END CASE;
END
$$;

REVOKE ALL ON FUNCTION referral_organisations(), refer_case(bigint, bigint, bigint, timestamptz),
    hotline_counts(text, timestamptz, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION referral_organisations(), refer_case(bigint, bigint, bigint, timestamptz),
    hotline_counts(text, timestamptz, date) TO hotline_tenant;
