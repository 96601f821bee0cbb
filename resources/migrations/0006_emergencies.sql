-- Schema version 6: a goods project may name the emergency it answers (COVID-19, an earthquake...).
-- The emergencies ProjectDesk knows are in its reference data (reference/emergencies.json); this
-- table holds the ones users add, so that the list grows with the portfolio. A project names an
-- emergency by its key, checked by the program against both lists.

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
