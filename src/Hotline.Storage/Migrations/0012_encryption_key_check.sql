-- The key check value: HMAC of a fixed text under a key derived from Hotline:EncryptionKey, written on the first start
-- with a configured key. At every start the service recomputes it and refuses to start when it differs: a wrong key
-- (a typo, another deployment's key) would otherwise fail on every stored number and body, and new rows written
-- under it could never be read together with the old ones. One row; nothing personal; only the owner reads it.
CREATE TABLE encryption_key_check (
    id          smallint    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    check_value bytea       NOT NULL,
    created_at  timestamptz NOT NULL
);

ALTER TABLE encryption_key_check ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_operator ON encryption_key_check TO CURRENT_USER USING (true) WITH CHECK (true);
-- No grants to hotline_tenant or hotline_worker: the check runs on the owner's connection at start-up.
