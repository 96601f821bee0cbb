-- Schema version 7 (PostgreSQL): as SQLite's step 7: every import is one step that can be undone. A batch row says what was
-- imported (the kind: csv, xlsx, iati; the file; the entity), when and by whom; the records it added
-- carry its id in import_id, and the records it changed have their before-image in import_updates,
-- with the revision the import left them at: an undo removes what the batch added and puts back
-- what it changed, unless a record was changed after the import (its revision moved on).

CREATE TABLE import_batches (
    id {{STABLE_ID}},
    kind TEXT NOT NULL,
    file TEXT NOT NULL,
    entity TEXT NOT NULL,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    added {{BIGINT}} NOT NULL DEFAULT 0,
    updated {{BIGINT}} NOT NULL DEFAULT 0,
    undone_at TEXT
);

-- before_json: the record's row as it was ({"row": {column: value}, "children": {table: [rows]}}).
CREATE TABLE import_updates (
    batch_id {{BIGINT}} NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    tbl TEXT NOT NULL,
    row_id {{BIGINT}} NOT NULL,
    revision_after INTEGER NOT NULL,
    before_json TEXT NOT NULL,
    PRIMARY KEY (batch_id, tbl, row_id)
);

ALTER TABLE projects ADD COLUMN import_id {{BIGINT}};
ALTER TABLE partners ADD COLUMN import_id {{BIGINT}};
ALTER TABLE transactions ADD COLUMN import_id {{BIGINT}};
ALTER TABLE budget_lines ADD COLUMN import_id {{BIGINT}};
ALTER TABLE deliveries ADD COLUMN import_id {{BIGINT}};
ALTER TABLE exchange_rates ADD COLUMN import_id {{BIGINT}};
CREATE INDEX projects_import ON projects (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX partners_import ON partners (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX transactions_import ON transactions (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX budget_lines_import ON budget_lines (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX deliveries_import ON deliveries (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX exchange_rates_import ON exchange_rates (import_id) WHERE import_id IS NOT NULL;

-- On a team portfolio set up before this step, the team's roles are granted the new tables as
-- server init grants them: all read them, officers and admins import and undo imports.
DO $$
BEGIN
    IF to_regclass('team_lines') IS NOT NULL THEN
        EXECUTE format('GRANT SELECT ON import_batches, import_updates TO %I, %I, %I', current_database() || '_viewer',
            current_database() || '_officer', current_database() || '_admin');
        EXECUTE format('GRANT INSERT, UPDATE ON import_batches TO %I, %I', current_database() || '_officer', current_database() || '_admin');
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON import_updates TO %I, %I', current_database() || '_officer', current_database() || '_admin');
    END IF;
END
$$;
