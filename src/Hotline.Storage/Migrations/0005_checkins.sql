-- Discreet scheduled check-ins for reintegrated clients. An enrolment exists only with recorded consent; each round
-- is a row due at a time inside the client's safe window; answers become follow-up tasks and outcome figures.

CREATE TABLE enrolments (
    id                   bigserial PRIMARY KEY,
    organisation_id      bigint      NOT NULL REFERENCES organisations (id),
    contact_id           bigint      NOT NULL REFERENCES contacts (id),
    case_worker_id       bigint      REFERENCES responders (id),
    language             text        NOT NULL CHECK (language IN ('km', 'km-Latn', 'en')),
    plan                 text        NOT NULL,
    reintegrated_on      date        NOT NULL,
    safe_days            int[]       NOT NULL,             -- 0 = Sunday … 6 = Saturday
    safe_from            time        NOT NULL,
    safe_to              time        NOT NULL,
    time_zone            text        NOT NULL,             -- IANA, e.g. Asia/Bangkok
    consent_by           text        NOT NULL,             -- who recorded it (case worker's name or role)
    consent_at           timestamptz NOT NULL,
    consent_how          text        NOT NULL,             -- in person, by phone, signed form …
    code_word_hash       bytea,                            -- keyed hash of the normalised word
    duress_word_hash     bytea,
    status               text        NOT NULL CHECK (status IN ('active', 'stopped', 'closed')),
    created_at           timestamptz NOT NULL,
    closed_at            timestamptz
);
CREATE UNIQUE INDEX enrolments_one_active ON enrolments (contact_id) WHERE status = 'active';

CREATE TABLE checkins (
    id               bigserial PRIMARY KEY,
    enrolment_id     bigint      NOT NULL REFERENCES enrolments (id),
    round            int         NOT NULL,
    due_on           date        NOT NULL,
    send_at          timestamptz NOT NULL,
    status           text        NOT NULL CHECK (status IN ('scheduled', 'sent', 'reminded', 'answered', 'missed', 'cancelled')),
    sent_at          timestamptz,
    reminded_at      timestamptz,
    answered_at      timestamptz,
    wellbeing        text,                                 -- good | ok | talk
    UNIQUE (enrolment_id, round)
);
CREATE INDEX checkins_due ON checkins (send_at) WHERE status = 'scheduled';
CREATE INDEX checkins_waiting ON checkins (sent_at) WHERE status IN ('sent', 'reminded');

CREATE TABLE followup_tasks (
    id               bigserial PRIMARY KEY,
    organisation_id  bigint      NOT NULL REFERENCES organisations (id),
    enrolment_id     bigint      NOT NULL REFERENCES enrolments (id),
    checkin_id       bigint      REFERENCES checkins (id),
    kind             text        NOT NULL CHECK (kind IN ('need_to_talk', 'could_not_reach', 'low_income', 'no_work')),
    created_at       timestamptz NOT NULL,
    done_at          timestamptz,
    UNIQUE (enrolment_id, checkin_id, kind)
);
