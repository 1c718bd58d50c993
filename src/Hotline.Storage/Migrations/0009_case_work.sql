-- Case work in the console: who wrote a note, each time a full number was shown and why, and cases handed over to
-- another organisation.

-- A note's author is a staff account, who need not be a responder (case_events.responder_id stays for the rest).
ALTER TABLE case_events ADD COLUMN staff_user_id bigint REFERENCES staff_users (id);
CREATE INDEX case_events_case ON case_events (case_id, id);

-- Every reveal of a full number: who, which case, why, when. The reason is typed by staff and may name someone, so it
-- is encrypted like a note. Append-only, like audit_log (whose row for the same reveal is written with it).
CREATE TABLE number_reveals (
    id               bigserial PRIMARY KEY,
    organisation_id  bigint      NOT NULL REFERENCES organisations (id),
    case_id          bigint      NOT NULL REFERENCES cases (id),
    staff_user_id    bigint      NOT NULL REFERENCES staff_users (id),
    reason_enc       bytea       NOT NULL,
    revealed_at      timestamptz NOT NULL
);
CREATE INDEX number_reveals_case ON number_reveals (organisation_id, case_id);

CREATE FUNCTION number_reveals_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'number_reveals is append-only';
END
$$;
CREATE TRIGGER number_reveals_append_only BEFORE UPDATE OR DELETE ON number_reveals
    FOR EACH ROW EXECUTE FUNCTION number_reveals_append_only();

-- A case handed over to another organisation with the person's consent. The case row itself moves to the receiver;
-- this is all the sender keeps (with its audit row): ids and a time, no contact, no text.
CREATE TABLE case_referrals (
    id                    bigserial PRIMARY KEY,
    case_id               bigint      NOT NULL REFERENCES cases (id),
    from_organisation_id  bigint      NOT NULL REFERENCES organisations (id),
    to_organisation_id    bigint      NOT NULL REFERENCES organisations (id),
    staff_user_id         bigint      NOT NULL REFERENCES staff_users (id),
    referred_at           timestamptz NOT NULL,
    CHECK (from_organisation_id <> to_organisation_id)
);
CREATE INDEX case_referrals_from ON case_referrals (from_organisation_id, referred_at);

-- The console's task list: an organisation's open follow-up tasks, oldest first.
CREATE INDEX followup_tasks_open ON followup_tasks (organisation_id, created_at) WHERE done_at IS NULL;
