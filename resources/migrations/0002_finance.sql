-- Schema version 2: budgets, transactions and exchange rates. Amounts are integer minor units of
-- the row's ISO 4217 currency; dates ISO 8601 text; rates exact decimal text.

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

-- Units of quote_currency (the reporting currency) for one unit of currency, from date on.
CREATE TABLE exchange_rates (
    quote_currency TEXT NOT NULL,
    currency TEXT NOT NULL,
    date TEXT NOT NULL,
    rate TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (quote_currency, currency, date)
);
