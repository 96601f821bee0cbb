-- Schema version 6 (PostgreSQL): as SQLite's step 6, a goods project may name the emergency it
-- answers, and users add emergencies to the list. On a team portfolio set up before this step, the
-- team's roles are granted the new table as server init grants every table: all read it, officers and
-- admins add to it.

CREATE TABLE emergencies (
    code TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL DEFAULT '',
    glide TEXT NOT NULL DEFAULT '',
    started TEXT,
    created_at TEXT NOT NULL
);

ALTER TABLE projects ADD COLUMN emergency TEXT;
CREATE INDEX projects_by_emergency ON projects (emergency) WHERE emergency IS NOT NULL;

DO $$
BEGIN
    IF to_regclass('team_lines') IS NOT NULL THEN
        EXECUTE format('GRANT SELECT ON emergencies TO %I, %I, %I', current_database() || '_viewer', current_database() || '_officer',
            current_database() || '_admin');
        EXECUTE format('GRANT INSERT ON emergencies TO %I, %I', current_database() || '_officer', current_database() || '_admin');
    END IF;
END
$$;
