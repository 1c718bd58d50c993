-- Staff accounts for the console, and their sessions. Passwords are PBKDF2-SHA256 hashes; the TOTP secret is
-- encrypted like any other personal field. A session cookie holds a random token; only its SHA-256 is stored here,
-- so a copy of this table cannot be replayed as a cookie.

CREATE TABLE staff_users (
    id                bigserial PRIMARY KEY,
    organisation_id   bigint      NOT NULL REFERENCES organisations (id),
    email             text        NOT NULL,                      -- stored lower-case
    display_name      text        NOT NULL,
    role              text        NOT NULL CHECK (role IN ('responder', 'coordinator', 'admin')),
    responder_id      bigint      REFERENCES responders (id),     -- the responder they act as when taking cases
    password_hash     bytea       NOT NULL,                      -- version | iterations | salt | PBKDF2-SHA256
    totp_secret_enc   bytea       NOT NULL,                      -- the RFC 6238 secret, encrypted
    totp_last_step    bigint      NOT NULL DEFAULT 0,            -- a code's time step is used once (no replay)
    failed_attempts   int         NOT NULL DEFAULT 0,            -- failures within the current window
    first_failed_at   timestamptz,                               -- start of that window
    locked_until      timestamptz,
    created_at        timestamptz NOT NULL,
    disabled_at       timestamptz
);
-- One account per email address across organisations: the login form does not ask which organisation.
CREATE UNIQUE INDEX staff_users_email ON staff_users (email);
CREATE INDEX staff_users_organisation ON staff_users (organisation_id);

CREATE TABLE staff_sessions (
    id                bytea       PRIMARY KEY,                   -- SHA-256 of the cookie's token
    staff_user_id     bigint      NOT NULL REFERENCES staff_users (id),
    second_factor_at  timestamptz,                               -- null while the login waits for the TOTP code
    created_at        timestamptz NOT NULL,
    last_seen_at      timestamptz NOT NULL,
    revoked_at        timestamptz
);
CREATE INDEX staff_sessions_user ON staff_sessions (staff_user_id) WHERE revoked_at IS NULL;
