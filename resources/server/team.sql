-- A team portfolio's roles, made by projectdesk-cli server init after the schema. Roles belong to the
-- whole server, so the three group roles are named after the database ({{ADMIN}}, {{OFFICER}},
-- {{VIEWER}} are "<database>_admin" and so on): two portfolios on one server never share them.
-- Enforced by PostgreSQL itself, whatever program connects: GRANTs say which tables a role may
-- change; row-level security and one trigger say which business lines an officer may change.

CREATE TABLE team_lines (
    login TEXT NOT NULL,
    business_line TEXT NOT NULL,
    PRIMARY KEY (login, business_line)
);

-- Whether the current login may change records of a business line: admins (and the owner who set the
-- portfolio up) every line, officers the lines granted to them in team_lines, viewers none.
CREATE FUNCTION projectdesk_may_edit(line text) RETURNS boolean STABLE LANGUAGE sql SET search_path = public AS $$
    SELECT CASE
        WHEN pg_has_role(current_user, '{{ADMIN_NAME}}', 'MEMBER') THEN true
        WHEN pg_has_role(current_user, '{{OFFICER_NAME}}', 'MEMBER')
            THEN EXISTS (SELECT 1 FROM team_lines WHERE login = current_user AND business_line = line)
        WHEN pg_has_role(current_user, '{{VIEWER_NAME}}', 'MEMBER') THEN false
        ELSE true
    END;
$$;

CREATE FUNCTION projectdesk_may_edit_project(project bigint) RETURNS boolean STABLE LANGUAGE sql SET search_path = public AS $$
    SELECT COALESCE((SELECT projectdesk_may_edit(business_line) FROM projects WHERE id = project), true);
$$;

CREATE FUNCTION projectdesk_may_edit_delivery(delivery bigint) RETURNS boolean STABLE LANGUAGE sql SET search_path = public AS $$
    SELECT COALESCE((SELECT projectdesk_may_edit_project(project_id) FROM deliveries WHERE id = delivery), true);
$$;

-- A record may not be moved out of a line the officer may not change (row-level security sees only
-- the new row of an UPDATE; this sees the old one too), nor deleted from one.
CREATE FUNCTION projectdesk_guard_line() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT projectdesk_may_edit(OLD.business_line) THEN
        RAISE EXCEPTION 'the % line is not granted to %', OLD.business_line, current_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['projects', 'budget_lines', 'transactions'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY read_all ON %I FOR SELECT USING (true)', t);
        EXECUTE format('CREATE POLICY add_in_line ON %I FOR INSERT WITH CHECK (projectdesk_may_edit(business_line))', t);
        EXECUTE format('CREATE POLICY change_in_line ON %I FOR UPDATE USING (true) WITH CHECK (projectdesk_may_edit(business_line))', t);
        EXECUTE format('CREATE POLICY remove_in_line ON %I FOR DELETE USING (true)', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION projectdesk_guard_line()', t || '_guard_line', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['project_countries', 'project_sectors', 'project_sdgs', 'project_partners', 'deliveries'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY read_all ON %I FOR SELECT USING (true)', t);
        EXECUTE format('CREATE POLICY change_in_line ON %I FOR ALL USING (projectdesk_may_edit_project(project_id)) '
                       'WITH CHECK (projectdesk_may_edit_project(project_id))', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['delivery_items', 'delivery_events'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY read_all ON %I FOR SELECT USING (true)', t);
        EXECUTE format('CREATE POLICY change_in_line ON %I FOR ALL USING (projectdesk_may_edit_delivery(delivery_id)) '
                       'WITH CHECK (projectdesk_may_edit_delivery(delivery_id))', t);
    END LOOP;
END
$$;

-- The day sums are kept by a trigger on transactions for whoever changes them; no role writes them directly.
ALTER FUNCTION transaction_days_keep() SECURITY DEFINER SET search_path = public;

-- The announcement of changes (LISTEN/NOTIFY) reads each changed row whatever its line.
ALTER FUNCTION projectdesk_notify() SECURITY DEFINER SET search_path = public;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{{VIEWER_NAME}}') THEN
        CREATE ROLE {{VIEWER}} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{{OFFICER_NAME}}') THEN
        CREATE ROLE {{OFFICER}} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{{ADMIN_NAME}}') THEN
        CREATE ROLE {{ADMIN}} NOLOGIN;
    END IF;
END
$$;

REVOKE ALL ON DATABASE {{DATABASE}} FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE {{DATABASE}} TO {{VIEWER}}, {{OFFICER}}, {{ADMIN}};
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {{VIEWER}}, {{OFFICER}}, {{ADMIN}};

-- viewer: reads everything
GRANT SELECT ON ALL TABLES IN SCHEMA public TO {{VIEWER}}, {{OFFICER}}, {{ADMIN}};

-- officer: projects, budgets, transactions, deliveries (of their lines) and partners (any; deleting
-- and merging partners is for admins); the audit log is written with every change.
GRANT INSERT, UPDATE, DELETE ON projects, project_countries, project_sectors, project_sdgs, project_partners, budget_lines, transactions,
    deliveries, delivery_items, delivery_events, partner_contacts TO {{OFFICER}}, {{ADMIN}};
GRANT INSERT, UPDATE ON partners TO {{OFFICER}}, {{ADMIN}};
GRANT INSERT ON emergencies TO {{OFFICER}}, {{ADMIN}};
GRANT INSERT ON audit_log TO {{OFFICER}}, {{ADMIN}};
-- imports are recorded as batches, so that they can be undone
GRANT INSERT, UPDATE ON import_batches TO {{OFFICER}}, {{ADMIN}};
GRANT INSERT, UPDATE, DELETE ON import_updates TO {{OFFICER}}, {{ADMIN}};

-- admin: everything else too: deleting partners, exchange rates, the portfolio's settings.
GRANT DELETE ON partners TO {{ADMIN}};
GRANT INSERT, UPDATE, DELETE ON exchange_rates, portfolio_settings TO {{ADMIN}};
GRANT SELECT, INSERT, UPDATE, DELETE ON team_lines TO {{ADMIN}};

-- Users are managed through these functions, so that the program binds names and passwords as values
-- and never writes them into SQL. They run with the rights of who set the portfolio up (CREATEROLE)
-- and only for this portfolio's admins.
CREATE FUNCTION projectdesk_require_admin() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(session_user, '{{ADMIN_NAME}}', 'MEMBER') THEN
        RAISE EXCEPTION 'only admins of this portfolio manage its users' USING ERRCODE = 'insufficient_privilege';
    END IF;
END;
$$;

CREATE FUNCTION projectdesk_leave_groups(name text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['{{ADMIN_NAME}}', '{{OFFICER_NAME}}', '{{VIEWER_NAME}}'] LOOP
        IF EXISTS (SELECT 1 FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid JOIN pg_roles m ON m.oid = am.member
                   WHERE r.rolname = g AND m.rolname = name) THEN
            EXECUTE format('REVOKE %I FROM %I', g, name);
        END IF;
    END LOOP;
END;
$$;

CREATE FUNCTION projectdesk_add_user(name text, team_role text, lines text, password text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    grp text;
BEGIN
    PERFORM projectdesk_require_admin();
    grp := CASE team_role WHEN 'admin' THEN '{{ADMIN_NAME}}' WHEN 'officer' THEN '{{OFFICER_NAME}}' WHEN 'viewer' THEN '{{VIEWER_NAME}}' END;
    IF grp IS NULL THEN
        RAISE EXCEPTION 'unknown role %', team_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', name);
    END IF;
    IF password IS NOT NULL AND password <> '' THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', name, password);
    END IF;
    PERFORM projectdesk_leave_groups(name);
    EXECUTE format('GRANT %I TO %I', grp, name);
    DELETE FROM team_lines WHERE login = name;
    IF team_role = 'officer' AND lines <> '' THEN
        INSERT INTO team_lines (login, business_line) SELECT name, trim(l) FROM unnest(string_to_array(lines, ',')) AS l;
    END IF;
END;
$$;

CREATE FUNCTION projectdesk_remove_user(name text) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM projectdesk_require_admin();
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member
                   WHERE m.rolname = name AND g.rolname IN ('{{ADMIN_NAME}}', '{{OFFICER_NAME}}', '{{VIEWER_NAME}}')) THEN
        RETURN false;
    END IF;
    PERFORM projectdesk_leave_groups(name);
    DELETE FROM team_lines WHERE login = name;
    -- The login itself goes when no other portfolio on the server knows it.
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members am JOIN pg_roles m ON m.oid = am.member WHERE m.rolname = name) THEN
        BEGIN
            EXECUTE format('DROP ROLE %I', name);
        EXCEPTION WHEN OTHERS THEN
            NULL; -- it owns objects elsewhere: it stays a login, member of no group here
        END;
    END IF;
    RETURN true;
END;
$$;

REVOKE ALL ON FUNCTION projectdesk_add_user(text, text, text, text), projectdesk_remove_user(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION projectdesk_add_user(text, text, text, text), projectdesk_remove_user(text) TO {{ADMIN}};
