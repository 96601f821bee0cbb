-- Schema version 5 (PostgreSQL). SQLite's step 5 rebuilds tables so that ids are never given twice;
-- identity columns never give a number twice already, so here step 5 adds what a team needs instead:
-- every committed change to a register's records is announced on the channel projectdesk_changes
-- (LISTEN/NOTIFY), one JSON object per record: table, op, id, revision, who (the database login)
-- and at (UTC). A statement that changes more than 50 rows (an import) sends one object with its
-- count instead, and id null.

CREATE OR REPLACE FUNCTION projectdesk_announce(tbl text, op text, record_id bigint, record_revision bigint, n bigint) RETURNS void LANGUAGE sql AS $$
    SELECT pg_notify('projectdesk_changes', json_build_object('table', tbl, 'op', op, 'id', record_id, 'revision', record_revision,
        'count', n, 'who', session_user, 'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text);
$$;

CREATE OR REPLACE FUNCTION projectdesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    r record;
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT count(*) INTO n FROM old_rows;
    ELSE
        SELECT count(*) INTO n FROM new_rows;
    END IF;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    IF n > 50 THEN
        PERFORM projectdesk_announce(TG_TABLE_NAME, lower(TG_OP), NULL, NULL, n);
    ELSIF TG_OP = 'DELETE' THEN
        FOR r IN SELECT (to_jsonb(x) ->> 'id')::bigint AS id, (to_jsonb(x) ->> 'revision')::bigint AS revision FROM old_rows x LOOP
            PERFORM projectdesk_announce(TG_TABLE_NAME, 'delete', r.id, r.revision, 1);
        END LOOP;
    ELSE
        FOR r IN SELECT (to_jsonb(x) ->> 'id')::bigint AS id, (to_jsonb(x) ->> 'revision')::bigint AS revision FROM new_rows x LOOP
            PERFORM projectdesk_announce(TG_TABLE_NAME, lower(TG_OP), r.id, r.revision, 1);
        END LOOP;
    END IF;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['projects', 'partners', 'budget_lines', 'transactions', 'deliveries', 'exchange_rates'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_announce_insert', t);
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_announce_update', t);
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_announce_delete', t);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION projectdesk_notify()',
            t || '_announce_insert', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION projectdesk_notify()',
            t || '_announce_update', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION projectdesk_notify()',
            t || '_announce_delete', t);
    END LOOP;
END
$$;
