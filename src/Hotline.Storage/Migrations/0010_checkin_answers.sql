-- The questions a check-in asks after "how are things" (work, last month's income, one reintegration component)
-- and their answers in structured form. Nothing the person typed is kept here: the message bodies stay encrypted
-- in messages, these columns hold only what was understood.
ALTER TABLE checkins
    ADD COLUMN waiting_for      text CHECK (waiting_for IN ('work', 'income', 'income_currency', 'component')),
    ADD COLUMN waiting_until    timestamptz,                       -- a late answer goes to the dialog, not here
    ADD COLUMN has_work         boolean,
    ADD COLUMN income_amount    numeric(16, 2),                    -- as said, in income_currency
    ADD COLUMN income_currency  text,                              -- ISO 4217 (USD, KHR, THB, …); null only for "no money"
    ADD COLUMN income_usd_cents bigint,                            -- converted with the content's dated, approximate rates
    ADD COLUMN component        text,                              -- which of the seven reintegration components was asked
    ADD COLUMN component_need   boolean;                           -- true: the person would like help with it

CREATE INDEX checkins_waiting_question ON checkins (waiting_until) WHERE waiting_for IS NOT NULL;

-- "Low income" and "no work" are about the client, not one round: one open task per cause and enrolment.
CREATE UNIQUE INDEX followup_tasks_one_open_per_cause ON followup_tasks (enrolment_id, kind)
    WHERE done_at IS NULL AND kind IN ('low_income', 'no_work');
