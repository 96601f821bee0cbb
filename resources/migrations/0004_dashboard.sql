-- Schema version 4: an index that covers what the dashboard reads of budgets, project by project
-- (the latest revision of each line, its currency, period start and amount), so that the budget
-- shared out by recipient country is read from the index alone.
CREATE INDEX budget_lines_by_project ON budget_lines (superseded, project_id, currency, period_start, amount);
