-- Console security (issue 11): a case's transcript is scoped to the organisation's own time with the person, the
-- runtime roles lose the grants that let them undo the separation themselves, and the sign-in's session and password
-- writes go through narrow SECURITY DEFINER functions. See docs/security.md ("Transcripts belong to the case's time
-- with the organisation", "What each runtime role may write", "Console sign-in").

-- The look-ups behind the transcript windows: every case of one person, and a case's referrals in order.
CREATE INDEX cases_contact ON cases (contact_id);
CREATE INDEX case_referrals_case ON case_referrals (case_id, referred_at);

-- The times the current organisation held one case: from the opening (with the conversation that led to it) until the
-- first referral or the closing, and for a receiving organisation from its hand-over until the next referral or the
-- closing. An open end is NULL. The lead-in before an opening is at most an hour (a help request takes minutes, and a
-- conversation expires after 15 idle minutes), never reaches back before the end of the person's previous case with
-- anyone, and is empty when another organisation held an open case of the person at that moment. Runs as the owner:
-- the sender no longer sees a case it referred, and the other organisations' cases bound the lead-in.
CREATE FUNCTION case_windows(p_case_id bigint) RETURNS TABLE (from_at timestamptz, to_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH k AS (SELECT id, contact_id, organisation_id, opened_at, closed_at FROM cases WHERE id = p_case_id),
    hand AS (
        SELECT r.from_organisation_id, r.to_organisation_id, r.referred_at,
               row_number() OVER (ORDER BY r.referred_at, r.id) AS n,
               lead(r.referred_at) OVER (ORDER BY r.referred_at, r.id) AS next_at
        FROM case_referrals r WHERE r.case_id = p_case_id),
    held AS (
        SELECT coalesce((SELECT h.from_organisation_id FROM hand h WHERE h.n = 1), k.organisation_id) AS organisation_id,
               k.opened_at AS from_at, coalesce((SELECT h.referred_at FROM hand h WHERE h.n = 1), k.closed_at) AS to_at, true AS opening
        FROM k
        UNION ALL
        SELECT h.to_organisation_id, h.referred_at, coalesce(h.next_at, k.closed_at), false FROM hand h, k)
    SELECT CASE WHEN NOT s.opening THEN s.from_at
                WHEN EXISTS (SELECT 1 FROM cases o, k WHERE o.contact_id = k.contact_id AND o.id <> k.id
                               AND o.organisation_id IS DISTINCT FROM s.organisation_id
                               AND o.opened_at <= s.from_at AND (o.closed_at IS NULL OR o.closed_at > s.from_at)) THEN s.from_at
                ELSE greatest(s.from_at - interval '1 hour', coalesce((
                    SELECT max(e.at) FROM k, cases o
                    CROSS JOIN LATERAL (VALUES (o.closed_at), (o.opened_at)) AS e (at)
                    WHERE o.contact_id = k.contact_id AND o.id <> k.id AND e.at <= s.from_at), '-infinity'),
                    coalesce((SELECT max(r.referred_at) FROM k, cases o JOIN case_referrals r ON r.case_id = o.id
                              WHERE o.contact_id = k.contact_id AND o.id <> k.id AND r.referred_at <= s.from_at), '-infinity'))
           END,
           s.to_at
    FROM held s
    WHERE current_organisation_id() IS NOT NULL AND s.organisation_id = current_organisation_id()
$$;

-- Whether the current organisation may read a message of this person at this time: only inside one of its case
-- windows. (Before 0014 it was any message of a person the organisation had ever had a case, enrolment or responder
-- for, which showed one organisation the person's conversation with another.)
CREATE FUNCTION tenant_sees_message(p_contact_id bigint, p_at timestamptz) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT current_organisation_id() IS NOT NULL AND EXISTS (
        SELECT 1 FROM cases k CROSS JOIN LATERAL case_windows(k.id) w
        WHERE k.contact_id = p_contact_id AND p_at >= w.from_at AND (w.to_at IS NULL OR p_at <= w.to_at))
$$;

-- When the person last wrote and to which hotline number, for the reply form (the safe-contact rule and the number a
-- reply goes out from). Times and the hotline's own number only, never a body; only for a person the organisation
-- has a case, enrolment or responder for.
CREATE FUNCTION contact_last_inbound(p_contact_id bigint) RETURNS TABLE (at timestamptz, our_address text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT m.created_at, m.our_address FROM messages m
    WHERE current_organisation_id() IS NOT NULL AND m.contact_id = p_contact_id AND m.direction = 'in'
      AND (EXISTS (SELECT 1 FROM cases k WHERE k.contact_id = p_contact_id AND k.organisation_id = current_organisation_id())
        OR EXISTS (SELECT 1 FROM enrolments e WHERE e.contact_id = p_contact_id AND e.organisation_id = current_organisation_id()))
    ORDER BY m.id DESC LIMIT 1
$$;

DROP POLICY tenant_related ON messages;
CREATE POLICY tenant_case_windows ON messages FOR SELECT TO hotline_tenant USING (tenant_sees_message(contact_id, created_at));
-- A reply from the console is inserted with INSERT … RETURNING, so its new row must also pass the SELECT policy
-- above (it does: it is written now, inside the open case's window).
CREATE POLICY tenant_related_insert ON messages FOR INSERT TO hotline_tenant WITH CHECK (tenant_sees_contact(contact_id));

REVOKE ALL ON FUNCTION case_windows(bigint), tenant_sees_message(bigint, timestamptz), contact_last_inbound(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_windows(bigint), tenant_sees_message(bigint, timestamptz), contact_last_inbound(bigint) TO hotline_tenant;

-- Narrower grants. The tenant changes a case's work state, never whose case it is (contact_id: pointing a case at
-- another person would show that person's messages) nor which organisation it belongs to.
REVOKE UPDATE ON cases FROM hotline_tenant;
GRANT UPDATE (status, assigned_responder_id, acked_at, next_escalation_at, first_reply_at, closed_at, outcome) ON cases TO hotline_tenant;
REVOKE UPDATE ON pages FROM hotline_tenant;
GRANT UPDATE (acked_at) ON pages TO hotline_tenant;
REVOKE UPDATE ON enrolments FROM hotline_tenant;
GRANT UPDATE (status, closed_at) ON enrolments TO hotline_tenant;

-- The worker reads accounts for sign-in and keeps the throttling state and the used TOTP step; it never changes who
-- an account is (email, organisation, role, responder), its password or second factor, or re-enables one.
REVOKE UPDATE ON staff_users FROM hotline_worker;
GRANT UPDATE (failed_attempts, first_failed_at, locked_until) ON staff_users TO hotline_worker;
-- Sessions: the worker touches and revokes them; creating one goes through the two functions below.
REVOKE INSERT, UPDATE ON staff_sessions FROM hotline_worker;
GRANT UPDATE (last_seen_at, revoked_at) ON staff_sessions TO hotline_worker;

-- A revoked session stays revoked, even for a role that may write revoked_at.
CREATE FUNCTION staff_sessions_stay_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.revoked_at IS NOT NULL AND NEW.revoked_at IS DISTINCT FROM OLD.revoked_at THEN
        RAISE EXCEPTION 'a revoked session cannot be revived' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER staff_sessions_stay_revoked BEFORE UPDATE ON staff_sessions FOR EACH ROW EXECUTE FUNCTION staff_sessions_stay_revoked();

-- The half session after a right password: only for an account that exists and is not disabled, never with the
-- second factor done.
CREATE FUNCTION staff_session_begin(p_id bytea, p_staff_user_id bigint, p_at timestamptz) RETURNS boolean
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    INSERT INTO staff_sessions (id, staff_user_id, second_factor_at, created_at, last_seen_at)
    SELECT p_id, u.id, NULL, p_at, p_at FROM staff_users u WHERE u.id = p_staff_user_id AND u.disabled_at IS NULL
    RETURNING true
$$;

-- A full session only in exchange for a live half session (not revoked, younger than p_window) of an enabled account,
-- and only with a TOTP step newer than the last one used (a code works once). In one statement set: the step is used
-- up, the failure count starts again, the half session is revoked and the new one inserted. Returns the account's id,
-- or NULL when any of that does not hold. The code itself is checked by the service (the secret is under its key).
CREATE FUNCTION staff_session_complete(p_half_id bytea, p_new_id bytea, p_totp_step bigint, p_window interval, p_at timestamptz) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_user bigint;
BEGIN
    UPDATE staff_sessions s SET revoked_at = p_at
    FROM staff_users u
    WHERE s.id = p_half_id AND u.id = s.staff_user_id AND s.revoked_at IS NULL AND s.second_factor_at IS NULL
      AND s.created_at > p_at - p_window AND u.disabled_at IS NULL
    RETURNING u.id INTO v_user;
    IF v_user IS NULL THEN RETURN NULL; END IF;
    UPDATE staff_users SET totp_last_step = p_totp_step, failed_attempts = 0, first_failed_at = NULL, locked_until = NULL
    WHERE id = v_user AND totp_last_step < p_totp_step;
    IF NOT FOUND THEN RETURN NULL; END IF; -- another sign-in used this step first (the half session stays revoked)
    INSERT INTO staff_sessions (id, staff_user_id, second_factor_at, created_at, last_seen_at) VALUES (p_new_id, v_user, p_at, p_at, p_at);
    RETURN v_user;
END
$$;

-- A password change by the signed-in person: the caller proves the session by its token (hashed here, so a copy of
-- staff_sessions is not enough) and has checked the current password (PBKDF2 runs in the service). The other sessions
-- of the account end; the audit row is written in the same transaction.
CREATE FUNCTION staff_change_password(p_session_token text, p_new_hash bytea, p_idle interval, p_lifetime interval, p_at timestamptz) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_session bytea := sha256(convert_to(p_session_token, 'UTF8'));
    v_user    bigint;
    v_org     bigint;
BEGIN
    SELECT u.id, u.organisation_id INTO v_user, v_org
    FROM staff_sessions s JOIN staff_users u ON u.id = s.staff_user_id
    WHERE s.id = v_session AND s.revoked_at IS NULL AND s.second_factor_at IS NOT NULL
      AND s.last_seen_at > p_at - p_idle AND s.created_at > p_at - p_lifetime AND u.disabled_at IS NULL
    FOR UPDATE OF u;
    IF v_user IS NULL THEN RETURN NULL; END IF;
    UPDATE staff_users SET password_hash = p_new_hash WHERE id = v_user;
    UPDATE staff_sessions SET revoked_at = p_at WHERE staff_user_id = v_user AND id <> v_session AND revoked_at IS NULL;
    INSERT INTO audit_log (organisation_id, actor, action, target, created_at)
    VALUES (v_org, 'staff:' || v_user, 'staff_user.password_change', 'staff_user:' || v_user, p_at);
    RETURN v_user;
END
$$;

REVOKE ALL ON FUNCTION staff_session_begin(bytea, bigint, timestamptz),
    staff_session_complete(bytea, bytea, bigint, interval, timestamptz),
    staff_change_password(text, bytea, interval, interval, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION staff_session_begin(bytea, bigint, timestamptz),
    staff_session_complete(bytea, bytea, bigint, interval, timestamptz),
    staff_change_password(text, bytea, interval, interval, timestamptz) TO hotline_worker;

-- An admin of the organisation may see its accounts' roles and sign-in delay and lift a delay (the console's staff
-- page, /console/staff), nothing else about them; row-level security keeps it to the organisation's own accounts.
GRANT SELECT (role, locked_until) ON staff_users TO hotline_tenant;
GRANT UPDATE (failed_attempts, first_failed_at, locked_until) ON staff_users TO hotline_tenant;
