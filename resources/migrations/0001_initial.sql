-- Schema version 1: partners, projects and the roles partners play in them, and the audit log.
-- Portable SQL: {{ID}} and {{BIGINT}} are expanded by the storage dialect. Dates are ISO 8601 text
-- (NULL when unknown); percentages are hundredths of a percent (100% = 10000).

CREATE TABLE portfolio_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE partners (
    id {{ID}},
    revision INTEGER NOT NULL DEFAULT 1,
    name_en TEXT NOT NULL DEFAULT '',
    name_zh TEXT NOT NULL DEFAULT '',
    acronym TEXT NOT NULL DEFAULT '',
    org_type INTEGER NOT NULL DEFAULT 0,
    iati_id TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    network_member_since INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX partners_iati_id ON partners (iati_id) WHERE iati_id <> '';
CREATE INDEX partners_name_en ON partners (name_en);
CREATE INDEX partners_network ON partners (network_member_since);

CREATE TABLE partner_contacts (
    partner_id {{BIGINT}} NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (partner_id, position)
);

CREATE TABLE projects (
    id {{ID}},
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
CREATE UNIQUE INDEX projects_code ON projects (code);
CREATE INDEX projects_iati_identifier ON projects (iati_identifier) WHERE iati_identifier <> '';
CREATE INDEX projects_line_status ON projects (business_line, status);
CREATE INDEX projects_planned_start ON projects (planned_start);
CREATE INDEX projects_officer ON projects (officer);

CREATE TABLE project_countries (
    project_id {{BIGINT}} NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    percent INTEGER NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (project_id, country)
);
CREATE INDEX project_countries_country ON project_countries (country, project_id);

CREATE TABLE project_sectors (
    project_id {{BIGINT}} NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    percent INTEGER NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (project_id, code)
);
CREATE INDEX project_sectors_code ON project_sectors (code, project_id);

CREATE TABLE project_sdgs (
    project_id {{BIGINT}} NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    goal INTEGER NOT NULL,
    PRIMARY KEY (project_id, goal)
);
CREATE INDEX project_sdgs_goal ON project_sdgs (goal, project_id);

CREATE TABLE project_partners (
    id {{ID}},
    project_id {{BIGINT}} NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    partner_id {{BIGINT}} NOT NULL REFERENCES partners (id) ON DELETE RESTRICT,
    role INTEGER NOT NULL,
    UNIQUE (project_id, partner_id, role)
);
CREATE INDEX project_partners_partner ON project_partners (partner_id, project_id);

-- One row per change: who (OS user), when (UTC, ISO 8601), which record, and a JSON object of
-- the fields changed, each {"old": ..., "new": ...}.
CREATE TABLE audit_log (
    id {{ID}},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    record_id {{BIGINT}} NOT NULL,
    record_key TEXT NOT NULL,
    action TEXT NOT NULL,
    changes TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log (entity, record_id);
