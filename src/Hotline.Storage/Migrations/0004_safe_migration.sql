-- Anonymised safe-migration statistics and the imported agency register.

-- One row per completed screening. No contact id, no phone, no free text: these rows may be exported.
CREATE TABLE screening_records (
    id           bigserial PRIMARY KEY,
    destination  text,
    sector       text,
    indicators   text[]      NOT NULL,
    level        text        NOT NULL,
    province     text,
    recorded_on  date        NOT NULL
);
CREATE INDEX screening_records_on ON screening_records (recorded_on);

-- Reports about agencies or brokers, counted per agency (licence number) or per folded name.
CREATE TABLE agency_reports (
    id              bigserial PRIMARY KEY,
    licence_number  text,
    name_key        text,
    reason          text        NOT NULL,
    reported_on     date        NOT NULL
);
CREATE INDEX agency_reports_key ON agency_reports (coalesce(licence_number, 'name:' || coalesce(name_key, '')));

-- Licensed-agency registers imported by the operator (CSV, as published by the ministry). The newest replaces the
-- sample register that ships with the content. Public data: stored as it was imported.
CREATE TABLE agency_registers (
    id           bigserial PRIMARY KEY,
    csv          text        NOT NULL,
    rows         int         NOT NULL,
    published_on date,
    source       text,
    is_sample    boolean     NOT NULL,
    imported_at  timestamptz NOT NULL,
    imported_by  text        NOT NULL
);
