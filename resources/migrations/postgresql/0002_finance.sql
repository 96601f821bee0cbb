-- Schema version 2 (PostgreSQL): budgets, transactions and exchange rates; indexes for the register's sorts. Amounts are integer minor units of
-- the row's ISO 4217 currency; dates ISO 8601 text; rates exact decimal text.

CREATE INDEX projects_title_en ON projects (title_en, id);
CREATE INDEX projects_title_zh ON projects (title_zh, id);
CREATE INDEX projects_status ON projects (status, id);
CREATE INDEX projects_planned_end ON projects (planned_end, id);

CREATE TABLE budget_lines (
    id {{ID}},
    revision INTEGER NOT NULL DEFAULT 1,
    project_id {{BIGINT}} NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    business_line TEXT NOT NULL, -- the project's, copied for roll-ups as on transactions
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    category TEXT NOT NULL,
    amount {{BIGINT}} NOT NULL,
    currency TEXT NOT NULL,
    budget_type INTEGER NOT NULL DEFAULT 1,
    budget_status INTEGER NOT NULL DEFAULT 1,
    -- 1 for an original line whose period has a revised budget: the revision counts instead.
    superseded INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX budget_lines_project ON budget_lines (project_id, period_start, period_end, budget_type);
CREATE INDEX budget_lines_rollup ON budget_lines (superseded, business_line, category, currency, period_start, amount);

CREATE TABLE transactions (
    id {{ID}},
    revision INTEGER NOT NULL DEFAULT 1,
    project_id {{BIGINT}} NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    -- The project's business line, copied so that portfolio roll-ups read one index in order
    -- instead of joining a million rows; kept equal by FinanceService and ProjectWriter.
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
CREATE INDEX transactions_project ON transactions (project_id, type, currency, value_date, amount);
CREATE INDEX transactions_rollup ON transactions (business_line, type, currency, value_date, amount);

-- Transactions summed per business line, type, currency and value date, kept by the triggers below
-- in the same transaction as every change: the portfolio roll-up reads these few hundred thousand
-- rows instead of a million transactions.
CREATE TABLE transaction_days (
    business_line TEXT NOT NULL,
    type INTEGER NOT NULL,
    currency TEXT NOT NULL,
    value_date TEXT NOT NULL,
    amount {{BIGINT}} NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (business_line, type, currency, value_date)
);

-- PostgreSQL: the same day sums, kept set-based by statement triggers (SQLite's row triggers are in
-- the portable file): a statement's rows are summed per day once, so that an import of a million
-- transactions updates the day sums in one statement instead of a million. Columns of the upsert are
-- qualified, as PostgreSQL requires.
CREATE FUNCTION transaction_days_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE transaction_days d SET amount = d.amount - o.amount, count = d.count - o.n
        FROM (SELECT business_line, type, currency, value_date, SUM(amount) AS amount, COUNT(*) AS n FROM old_rows
              GROUP BY business_line, type, currency, value_date) o
        WHERE d.business_line = o.business_line AND d.type = o.type AND d.currency = o.currency AND d.value_date = o.value_date;
        DELETE FROM transaction_days d
        USING (SELECT DISTINCT business_line, type, currency, value_date FROM old_rows) o
        WHERE d.business_line = o.business_line AND d.type = o.type AND d.currency = o.currency AND d.value_date = o.value_date
            AND d.count = 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO transaction_days (business_line, type, currency, value_date, amount, count)
        SELECT business_line, type, currency, value_date, SUM(amount), COUNT(*) FROM new_rows
        GROUP BY business_line, type, currency, value_date
        ON CONFLICT (business_line, type, currency, value_date)
        DO UPDATE SET amount = transaction_days.amount + excluded.amount, count = transaction_days.count + excluded.count;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER transaction_days_insert AFTER INSERT ON transactions REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION transaction_days_keep();
CREATE TRIGGER transaction_days_delete AFTER DELETE ON transactions REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION transaction_days_keep();
CREATE TRIGGER transaction_days_update AFTER UPDATE ON transactions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION transaction_days_keep();

-- Units of quote_currency (the reporting currency) for one unit of currency, from date on.
CREATE TABLE exchange_rates (
    quote_currency TEXT NOT NULL,
    currency TEXT NOT NULL,
    date TEXT NOT NULL,
    rate TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (quote_currency, currency, date)
);
