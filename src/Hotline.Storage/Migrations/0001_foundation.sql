-- Foundation: contacts, their conversation state, and every message in and out (the inbox and the outbox).
-- Phone numbers and bodies are stored only encrypted (AES-GCM, key from configuration); look-ups use a keyed hash.

CREATE TABLE contacts (
    id               bigserial PRIMARY KEY,
    channel          text        NOT NULL CHECK (channel IN ('sms', 'whatsapp', 'simulator')),
    address_hash     bytea       NOT NULL UNIQUE,      -- HMAC-SHA256 of "channel:address"
    address_enc      bytea       NOT NULL,             -- the address (E.164, or whatsapp:+…) encrypted
    country          text,                             -- ISO alpha-2 of the number: coarse, for emergency numbers
    language         text,                             -- km | km-Latn | en, once known
    opted_out_at     timestamptz,                      -- STOP received (or provider error 21610); cleared by START
    created_at       timestamptz NOT NULL,
    last_inbound_at  timestamptz
);

CREATE TABLE conversations (
    contact_id  bigint      PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    state_enc   bytea       NOT NULL,                  -- ConversationState as JSON, encrypted (answers are personal)
    updated_at  timestamptz NOT NULL
);

CREATE TABLE messages (
    id               bigserial PRIMARY KEY,
    contact_id       bigint      NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    direction        text        NOT NULL CHECK (direction IN ('in', 'out')),
    kind             text        NOT NULL DEFAULT 'reply', -- out: reply | page | relay | checkin ; in: message
    provider_sid     text,                              -- in: MessageSid (the idempotency key); out: sid once accepted
    our_address      text,                              -- the hotline number (To of inbound, From of outbound)
    body_enc         bytea       NOT NULL,
    encoding         text        NOT NULL,              -- gsm7 | ucs2
    segments         int         NOT NULL,
    status           text        NOT NULL,
    status_rank      int         NOT NULL DEFAULT 0,
    error_code       int,
    error_message    text,
    attempts         int         NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,                       -- out, pending: not before this time
    needs_lookup     boolean     NOT NULL DEFAULT false, -- out: a send may have reached the provider; look before resending
    lease_until      timestamptz,                       -- out, dispatching: a dispatcher holds it until then
    send_started_at  timestamptz,
    duplicate_suspected boolean  NOT NULL DEFAULT false, -- out: resent after an uncertain outcome the look-up could not settle
    in_reply_to      bigint      REFERENCES messages (id),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);

-- A provider retry of the same inbound message is a no-op.
CREATE UNIQUE INDEX messages_inbound_sid ON messages (provider_sid) WHERE direction = 'in';
CREATE UNIQUE INDEX messages_outbound_sid ON messages (provider_sid) WHERE direction = 'out' AND provider_sid IS NOT NULL;
-- The dispatcher's claim: due rows in order.
CREATE INDEX messages_outbox_due ON messages (next_attempt_at, id) WHERE status = 'pending';
-- Per-contact order of outbound messages, and the transcript.
CREATE INDEX messages_contact ON messages (contact_id, id);
CREATE INDEX messages_contact_unsent ON messages (contact_id, id) WHERE direction = 'out' AND status IN ('pending', 'dispatching');
CREATE INDEX messages_dispatching_lease ON messages (lease_until) WHERE status = 'dispatching';

-- Status callbacks as they arrive (idempotent on sid + status). A callback can beat the dispatcher's own
-- update of the provider sid, so callbacks are kept and applied when the sid becomes known.
CREATE TABLE status_events (
    provider_sid  text        NOT NULL,
    status        text        NOT NULL,
    status_rank   int         NOT NULL,
    error_code    int,
    received_at   timestamptz NOT NULL,
    PRIMARY KEY (provider_sid, status)
);

-- Urgent danger detected in a conversation, and actions a flow asked the host to carry out (open a help request,
-- page on call, enrol). Kept durably in the message's own transaction; the case and paging work consumes them.
CREATE TABLE urgent_signals (
    id           bigserial PRIMARY KEY,
    contact_id   bigint      NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    message_id   bigint      NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    reason       text        NOT NULL,                 -- a content reason code (locked_in, violence, …), never text
    raised_at    timestamptz NOT NULL,
    handled_at   timestamptz
);
CREATE INDEX urgent_signals_open ON urgent_signals (raised_at) WHERE handled_at IS NULL;

CREATE TABLE requested_actions (
    id            bigserial PRIMARY KEY,
    contact_id    bigint      NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    message_id    bigint      NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    name          text        NOT NULL,
    args_enc      bytea       NOT NULL,                -- the flow's arguments as JSON, encrypted (answers are personal)
    requested_at  timestamptz NOT NULL,
    handled_at    timestamptz
);
CREATE INDEX requested_actions_open ON requested_actions (requested_at) WHERE handled_at IS NULL;
