-- 0015: an urgent case that no organisation can take (nobody on call anywhere) must not sit unseen.
--
-- * responders.fallback: a duty manager an organisation's coordinator has marked to be paged, from any organisation,
--   when an urgent case finds nobody on call anywhere (the fallback list is people already registered, with their own
--   confirmed numbers: no number is typed in for it).
-- * cases.intake_alerted_at: when the fallback list was paged and the person sent the emergency follow-up (once).
-- * intake_cases() / take_intake_case(): every coordinator and admin, of every organisation, sees the unrouted open
--   cases (code, kind, country, age: nothing that identifies the person) and can take one into their organisation.

ALTER TABLE responders ADD COLUMN fallback boolean NOT NULL DEFAULT false;
ALTER TABLE cases ADD COLUMN intake_alerted_at timestamptz;

CREATE INDEX cases_intake ON cases (opened_at) WHERE organisation_id IS NULL AND status = 'open';
CREATE INDEX cases_exhausted ON cases (organisation_id) WHERE escalation_exhausted_at IS NOT NULL AND status = 'open';

-- Written by the escalation tick (the worker); named so that later column-level narrowing keeps it.
GRANT UPDATE (intake_alerted_at) ON cases TO hotline_worker;
GRANT UPDATE (fallback) ON responders TO hotline_tenant;

-- True when the staff account is the current organisation's, enabled, and a coordinator or admin.
CREATE FUNCTION intake_staff_allowed(p_staff_user_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT current_organisation_id() IS NOT NULL AND EXISTS (
        SELECT 1 FROM staff_users s
        WHERE s.id = p_staff_user_id AND s.organisation_id = current_organisation_id()
          AND s.disabled_at IS NULL AND s.role IN ('coordinator', 'admin'))
$$;

-- The intake queue: open cases with no organisation, urgent first, then the longest waiting. The minimum a coordinator
-- needs to decide to take one — never the number, the words, the need details or the safe-contact answer.
CREATE FUNCTION intake_cases(p_staff_user_id bigint)
RETURNS TABLE (id bigint, code text, kind text, country text, opened_at timestamptz, alerted_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT k.id, k.code, k.kind, c.country, k.opened_at, k.intake_alerted_at
    FROM cases k JOIN contacts c ON c.id = k.contact_id
    WHERE intake_staff_allowed(p_staff_user_id) AND k.organisation_id IS NULL AND k.status = 'open'
    ORDER BY (k.kind = 'urgent') DESC, k.opened_at, k.id
    LIMIT 200
$$;

-- Takes an unrouted open case into the current organisation. With a responder linked to the staff account, the case is
-- theirs at once (status assigned, acknowledged); otherwise it joins the organisation's queue, due for paging now.
-- Exactly one of two coordinators taking the same case wins (the row lock and the organisation_id IS NULL check).
-- Writes the 'taken_from_intake' event and the audit row. Answers 'done', 'taken' (someone was quicker, or the
-- case is no longer unrouted) or 'not_allowed'.
CREATE FUNCTION take_intake_case(p_case_id bigint, p_staff_user_id bigint, p_at timestamptz) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_org       bigint := current_organisation_id();
    v_responder bigint;
BEGIN
    IF NOT intake_staff_allowed(p_staff_user_id) THEN RETURN 'not_allowed'; END IF;
    SELECT s.responder_id INTO v_responder FROM staff_users s
    JOIN responders r ON r.id = s.responder_id AND r.organisation_id = v_org AND r.disabled_at IS NULL
    WHERE s.id = p_staff_user_id;

    UPDATE cases SET organisation_id = v_org,
                     status = CASE WHEN v_responder IS NULL THEN 'open' ELSE 'assigned' END,
                     assigned_responder_id = v_responder,
                     acked_at = CASE WHEN v_responder IS NULL THEN NULL ELSE p_at END,
                     escalation_step = 0, escalation_round = 0, last_paged_at = NULL, escalation_exhausted_at = NULL,
                     next_escalation_at = CASE WHEN v_responder IS NULL THEN p_at ELSE NULL END
    WHERE id = p_case_id AND organisation_id IS NULL AND status = 'open';
    IF NOT FOUND THEN RETURN 'taken'; END IF;

    INSERT INTO case_events (case_id, responder_id, staff_user_id, kind, created_at)
    VALUES (p_case_id, v_responder, p_staff_user_id, 'taken_from_intake', p_at);
    INSERT INTO audit_log (organisation_id, actor, action, target, created_at)
    VALUES (v_org, 'staff:' || p_staff_user_id, 'case.take_from_intake', 'case:' || p_case_id, p_at);
    RETURN 'done';
END
$$;

REVOKE ALL ON FUNCTION intake_staff_allowed(bigint), intake_cases(bigint), take_intake_case(bigint, bigint, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION intake_cases(bigint), take_intake_case(bigint, bigint, timestamptz) TO hotline_tenant;
