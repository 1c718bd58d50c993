-- Organisations, their responders and on-call shifts, cases opened from conversations, and the pages sent to
-- responders about them. Responders reach us by SMS like anyone else: each has a contact row (their number,
-- encrypted), so pages leave through the same outbox.

CREATE TABLE organisations (
    id                   bigserial PRIMARY KEY,
    name                 text        NOT NULL UNIQUE,
    needs                text[]      NOT NULL DEFAULT '{}',   -- help kinds it takes (wage_claim, legal_aid, …)
    provinces            text[]      NOT NULL DEFAULT '{}',   -- ISO 3166-2:KH codes, or 'all'
    accepts_urgent       boolean     NOT NULL DEFAULT true,
    ack_timeout_seconds  int         NOT NULL DEFAULT 300 CHECK (ack_timeout_seconds BETWEEN 30 AND 86400),
    repeat_limit         int         NOT NULL DEFAULT 2 CHECK (repeat_limit BETWEEN 1 AND 10),
    created_at           timestamptz NOT NULL
);

CREATE TABLE responders (
    id               bigserial PRIMARY KEY,
    organisation_id  bigint      NOT NULL REFERENCES organisations (id),
    contact_id       bigint      NOT NULL UNIQUE REFERENCES contacts (id),
    name             text        NOT NULL,
    role             text        NOT NULL CHECK (role IN ('responder', 'coordinator', 'admin')),
    team             text,
    languages        text[]      NOT NULL DEFAULT '{}',
    provinces        text[]      NOT NULL DEFAULT '{}',
    services         text[]      NOT NULL DEFAULT '{}',
    pin_hash         bytea,                                 -- PBKDF2 of the SMS PIN (senders can be spoofed)
    on_duty          boolean     NOT NULL DEFAULT true,
    relay_by_sms     boolean     NOT NULL DEFAULT true,
    created_at       timestamptz NOT NULL,
    disabled_at      timestamptz
);

CREATE TABLE shifts (
    id               bigserial PRIMARY KEY,
    organisation_id  bigint      NOT NULL REFERENCES organisations (id),
    responder_id     bigint      NOT NULL REFERENCES responders (id),
    role             text        NOT NULL CHECK (role IN ('primary', 'backup')),
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX shifts_when ON shifts (organisation_id, starts_at, ends_at);

CREATE TABLE cases (
    id                     bigserial PRIMARY KEY,
    code                   text        NOT NULL UNIQUE,     -- short id used in pages and commands (K7Q4)
    organisation_id        bigint      REFERENCES organisations (id),
    contact_id             bigint      NOT NULL REFERENCES contacts (id),
    kind                   text        NOT NULL CHECK (kind IN ('urgent', 'help')),
    need                   text,
    province               text,
    reason                 text,                            -- urgent reason code, never the person's words
    status                 text        NOT NULL CHECK (status IN ('open', 'assigned', 'closed')),
    assigned_responder_id  bigint      REFERENCES responders (id),
    consent_to_share       boolean,
    safe_contact_enc       bytea,                           -- when/whether it is safe to contact them, encrypted
    opened_at              timestamptz NOT NULL,
    first_paged_at         timestamptz,
    acked_at               timestamptz,
    first_reply_at         timestamptz,
    closed_at              timestamptz,
    outcome                text,
    escalation_step        int         NOT NULL DEFAULT 0,
    escalation_round       int         NOT NULL DEFAULT 0,
    last_paged_at          timestamptz,
    next_escalation_at     timestamptz,
    escalation_exhausted_at timestamptz
);
CREATE INDEX cases_escalation_due ON cases (next_escalation_at) WHERE status = 'open' AND next_escalation_at IS NOT NULL;
CREATE INDEX cases_contact_open ON cases (contact_id) WHERE status <> 'closed';
-- One open urgent case per person: more urgent messages append to it instead of starting a second page chain.
CREATE UNIQUE INDEX cases_one_open_urgent ON cases (contact_id) WHERE kind = 'urgent' AND status <> 'closed';

CREATE TABLE pages (
    id            bigserial PRIMARY KEY,
    case_id       bigint      NOT NULL REFERENCES cases (id),
    responder_id  bigint      NOT NULL REFERENCES responders (id),
    round         int         NOT NULL,
    step          int         NOT NULL,
    code          text        NOT NULL,                     -- short code quoted in ACK; proves the page was read
    message_id    bigint      REFERENCES messages (id),
    paged_at      timestamptz NOT NULL,
    acked_at      timestamptz,
    -- A duplicate firing of the escalation job computes the same step and finds it taken: one page.
    UNIQUE (case_id, round, step, responder_id)
);

CREATE TABLE case_events (
    id            bigserial PRIMARY KEY,
    case_id       bigint      NOT NULL REFERENCES cases (id),
    responder_id  bigint      REFERENCES responders (id),
    kind          text        NOT NULL,                     -- opened, paged, acked, passed, note, closed, …
    body_enc      bytea,                                    -- notes are personal: encrypted
    created_at    timestamptz NOT NULL
);

CREATE TABLE api_keys (
    id               bigserial PRIMARY KEY,
    organisation_id  bigint      NOT NULL REFERENCES organisations (id),
    name             text        NOT NULL,
    key_hash         bytea       NOT NULL UNIQUE,           -- SHA-256 of the key; the key itself is shown once
    created_at       timestamptz NOT NULL,
    revoked_at       timestamptz
);
