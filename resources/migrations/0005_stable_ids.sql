-- foreign keys off
-- Schema version 5: ids are never reused. An undone record is put back under its former id (undo
-- and redo, restoring a deleted project); SQLite gives a new row the highest id plus one, so while
-- a deleted row was the last one, another program adding a record took its id and the redo failed.
-- The tables whose records are restored under their ids are rebuilt with AUTOINCREMENT (SQLite's
-- documented way of changing a table: a new table, the rows copied with their ids, the old one
-- dropped, the new one renamed, its indexes and triggers made again). The Migrator turns foreign
-- keys off around this step and checks them before it commits.

CREATE TABLE projects_v5 (
    id {{STABLE_ID}},
    revision INTEGER NOT NULL DEFAULT 1,
    code TEXT NOT NULL,
    title_en TEXT NOT NULL DEFAULT '',
    title_zh TEXT NOT NULL DEFAULT '',
    business_line TEXT NOT NULL,
    funding_source TEXT NOT NULL,
    status INTEGER NOT NULL,
    planned_start TEXT,
    planned_end TEXT,
    actual_start TEXT,
    actual_end TEXT,
    officer TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    description_zh TEXT NOT NULL DEFAULT '',
    iati_identifier TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO projects_v5 (id, revision, code, title_en, title_zh, business_line, funding_source, status, planned_start, planned_end,
    actual_start, actual_end, officer, description_en, description_zh, iati_identifier, created_at, updated_at)
SELECT id, revision, code, title_en, title_zh, business_line, funding_source, status, planned_start, planned_end, actual_start,
    actual_end, officer, description_en, description_zh, iati_identifier, created_at, updated_at
FROM projects;
DROP TABLE projects;
ALTER TABLE projects_v5 RENAME TO projects;
CREATE UNIQUE INDEX projects_code ON projects (code);
CREATE INDEX projects_iati_identifier ON projects (iati_identifier) WHERE iati_identifier <> '';
CREATE INDEX projects_line_status ON projects (business_line, status);
CREATE INDEX projects_planned_start ON projects (planned_start);
CREATE INDEX projects_officer ON projects (officer);
CREATE INDEX projects_title_en ON projects (title_en, id);
CREATE INDEX projects_title_zh ON projects (title_zh, id);
CREATE INDEX projects_status ON projects (status, id);
CREATE INDEX projects_planned_end ON projects (planned_end, id);

CREATE TABLE project_partners_v5 (
    id {{STABLE_ID}},
    project_id {{BIGINT}} NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    partner_id {{BIGINT}} NOT NULL REFERENCES partners (id) ON DELETE RESTRICT,
    role INTEGER NOT NULL,
    UNIQUE (project_id, partner_id, role)
);
INSERT INTO project_partners_v5 (id, project_id, partner_id, role) SELECT id, project_id, partner_id, role FROM project_partners;
DROP TABLE project_partners;
ALTER TABLE project_partners_v5 RENAME TO project_partners;
CREATE INDEX project_partners_partner ON project_partners (partner_id, project_id);

CREATE TABLE budget_lines_v5 (
    id {{STABLE_ID}},
    revision INTEGER NOT NULL DEFAULT 1,
    project_id {{BIGINT}} NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    business_line TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    category TEXT NOT NULL,
    amount {{BIGINT}} NOT NULL,
    currency TEXT NOT NULL,
    budget_type INTEGER NOT NULL DEFAULT 1,
    budget_status INTEGER NOT NULL DEFAULT 1,
    superseded INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO budget_lines_v5 (id, revision, project_id, business_line, period_start, period_end, category, amount, currency, budget_type,
    budget_status, superseded, created_at, updated_at)
SELECT id, revision, project_id, business_line, period_start, period_end, category, amount, currency, budget_type, budget_status,
    superseded, created_at, updated_at
FROM budget_lines;
DROP TABLE budget_lines;
ALTER TABLE budget_lines_v5 RENAME TO budget_lines;
CREATE INDEX budget_lines_project ON budget_lines (project_id, period_start, period_end, budget_type);
CREATE INDEX budget_lines_rollup ON budget_lines (superseded, business_line, category, currency, period_start, amount);
CREATE INDEX budget_lines_by_project ON budget_lines (superseded, project_id, currency, period_start, amount);

CREATE TABLE transactions_v5 (
    id {{STABLE_ID}},
    revision INTEGER NOT NULL DEFAULT 1,
    project_id {{BIGINT}} NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    business_line TEXT NOT NULL,
    type INTEGER NOT NULL,
    date TEXT NOT NULL,
    value_date TEXT NOT NULL,
    amount {{BIGINT}} NOT NULL,
    currency TEXT NOT NULL,
    provider_id {{BIGINT}} REFERENCES partners (id) ON DELETE SET NULL,
    provider_name TEXT NOT NULL DEFAULT '',
    receiver_id {{BIGINT}} REFERENCES partners (id) ON DELETE SET NULL,
    receiver_name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- The copy keeps transaction_days as it is: the triggers that keep it go with the old table.
INSERT INTO transactions_v5 (id, revision, project_id, business_line, type, date, value_date, amount, currency, provider_id,
    provider_name, receiver_id, receiver_name, description, reference, created_at, updated_at)
SELECT id, revision, project_id, business_line, type, date, value_date, amount, currency, provider_id, provider_name, receiver_id,
    receiver_name, description, reference, created_at, updated_at
FROM transactions;
DROP TABLE transactions;
ALTER TABLE transactions_v5 RENAME TO transactions;
CREATE INDEX transactions_project ON transactions (project_id, type, currency, value_date, amount);
CREATE INDEX transactions_rollup ON transactions (business_line, type, currency, value_date, amount);

CREATE TRIGGER transaction_days_insert AFTER INSERT ON transactions
BEGIN
    INSERT INTO transaction_days (business_line, type, currency, value_date, amount, count)
    VALUES (NEW.business_line, NEW.type, NEW.currency, NEW.value_date, NEW.amount, 1)
    ON CONFLICT (business_line, type, currency, value_date) DO UPDATE SET amount = amount + excluded.amount, count = count + 1;
END;

CREATE TRIGGER transaction_days_delete AFTER DELETE ON transactions
BEGIN
    UPDATE transaction_days SET amount = amount - OLD.amount, count = count - 1
    WHERE business_line = OLD.business_line AND type = OLD.type AND currency = OLD.currency AND value_date = OLD.value_date;
    DELETE FROM transaction_days
    WHERE business_line = OLD.business_line AND type = OLD.type AND currency = OLD.currency AND value_date = OLD.value_date AND count = 0;
END;

CREATE TRIGGER transaction_days_update AFTER UPDATE OF business_line, type, currency, value_date, amount ON transactions
BEGIN
    UPDATE transaction_days SET amount = amount - OLD.amount, count = count - 1
    WHERE business_line = OLD.business_line AND type = OLD.type AND currency = OLD.currency AND value_date = OLD.value_date;
    DELETE FROM transaction_days
    WHERE business_line = OLD.business_line AND type = OLD.type AND currency = OLD.currency AND value_date = OLD.value_date AND count = 0;
    INSERT INTO transaction_days (business_line, type, currency, value_date, amount, count)
    VALUES (NEW.business_line, NEW.type, NEW.currency, NEW.value_date, NEW.amount, 1)
    ON CONFLICT (business_line, type, currency, value_date) DO UPDATE SET amount = amount + excluded.amount, count = count + 1;
END;

CREATE TABLE deliveries_v5 (
    id {{STABLE_ID}},
    revision INTEGER NOT NULL DEFAULT 1,
    code TEXT NOT NULL UNIQUE,
    project_id {{BIGINT}} NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    destination_country TEXT NOT NULL,
    consignee_id {{BIGINT}} REFERENCES partners (id) ON DELETE SET NULL,
    origin_port TEXT NOT NULL DEFAULT '',
    destination_port TEXT NOT NULL DEFAULT '',
    carrier TEXT NOT NULL DEFAULT '',
    transport_document TEXT NOT NULL DEFAULT '',
    incoterm TEXT NOT NULL DEFAULT '',
    status INTEGER NOT NULL DEFAULT 1,
    planned_dispatch TEXT,
    planned_arrival TEXT,
    planned_handover TEXT,
    actual_dispatch TEXT,
    actual_arrival TEXT,
    actual_handover TEXT,
    certificate_number TEXT NOT NULL DEFAULT '',
    certificate_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    total_value {{BIGINT}} NOT NULL DEFAULT 0,
    gross_weight_g {{BIGINT}} NOT NULL DEFAULT 0,
    item_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO deliveries_v5 (id, revision, code, project_id, destination_country, consignee_id, origin_port, destination_port, carrier,
    transport_document, incoterm, status, planned_dispatch, planned_arrival, planned_handover, actual_dispatch, actual_arrival,
    actual_handover, certificate_number, certificate_date, notes, currency, total_value, gross_weight_g, item_count, created_at, updated_at)
SELECT id, revision, code, project_id, destination_country, consignee_id, origin_port, destination_port, carrier, transport_document,
    incoterm, status, planned_dispatch, planned_arrival, planned_handover, actual_dispatch, actual_arrival, actual_handover,
    certificate_number, certificate_date, notes, currency, total_value, gross_weight_g, item_count, created_at, updated_at
FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_v5 RENAME TO deliveries;
CREATE INDEX deliveries_project ON deliveries (project_id, planned_dispatch);
CREATE INDEX deliveries_handover ON deliveries (status, actual_handover, destination_country, currency, total_value, gross_weight_g,
    project_id, consignee_id);
CREATE INDEX deliveries_arrival ON deliveries (status, planned_arrival);
CREATE INDEX deliveries_country ON deliveries (destination_country, status);
CREATE INDEX deliveries_consignee ON deliveries (consignee_id);
