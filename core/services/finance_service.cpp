#include "finance_service.h"

#include "audit_log.h"
#include "domain/record_fields.h"
#include "portfolio_settings.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pd {

namespace {

const char kBudgetColumns[] = "id, revision, project_id, period_start, period_end, category, amount, currency, budget_type, budget_status";
const char kTransactionColumns[] = "id, revision, project_id, type, date, value_date, amount, currency, provider_id, provider_name, "
                                   "receiver_id, receiver_name, description, reference";

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

BudgetLine budgetFromRow(const QSqlQuery &q)
{
    BudgetLine b;
    b.id = q.value(0).toLongLong();
    b.revision = q.value(1).toInt();
    b.projectId = q.value(2).toLongLong();
    b.periodStart = dateAt(q, 3);
    b.periodEnd = dateAt(q, 4);
    b.category = budgetCategoryFromKey(q.value(5).toString()).value_or(BudgetCategory::Other);
    b.amount = Money(q.value(6).toLongLong(), q.value(7).toString());
    b.type = q.value(8).toInt();
    b.status = q.value(9).toInt();
    return b;
}

FinancialTransaction transactionFromRow(const QSqlQuery &q)
{
    FinancialTransaction t;
    t.id = q.value(0).toLongLong();
    t.revision = q.value(1).toInt();
    t.projectId = q.value(2).toLongLong();
    t.type = q.value(3).toInt();
    t.date = dateAt(q, 4);
    t.valueDate = dateAt(q, 5);
    t.amount = Money(q.value(6).toLongLong(), q.value(7).toString());
    t.providerId = q.value(8).toLongLong();
    t.providerName = q.value(9).toString();
    t.receiverId = q.value(10).toLongLong();
    t.receiverName = q.value(11).toString();
    t.description = q.value(12).toString();
    t.reference = q.value(13).toString();
    return t;
}

QVariantList budgetValues(const BudgetLine &b)
{
    return {b.projectId, b.periodStart.toString(Qt::ISODate), b.periodEnd.toString(Qt::ISODate), keyOf(b.category), b.amount.minorUnits(),
        b.amount.currency(), b.type, b.status, utcNow()};
}

QVariantList transactionValues(const FinancialTransaction &t)
{
    return {t.projectId, t.type, t.date.toString(Qt::ISODate), t.effectiveValueDate().toString(Qt::ISODate), t.amount.minorUnits(),
        t.amount.currency(), idOrNull(t.providerId), t.providerName, idOrNull(t.receiverId), t.receiverName, t.description, t.reference,
        utcNow()};
}

Error conflict(const QString &what)
{
    return Error::make(
        Error::Kind::Conflict, QCoreApplication::translate("Services", "%1 was changed or removed by someone else").arg(what), what);
}

QString budgetName(qint64 id)
{
    return QCoreApplication::translate("Services", "budget line #%1").arg(id);
}

QString transactionName(qint64 id)
{
    return QCoreApplication::translate("Services", "transaction #%1").arg(id);
}

} // namespace

Status FinanceService::markSuperseded(const BudgetLine &line)
{
    auto r = m_db.execute(
        QStringLiteral("UPDATE budget_lines SET superseded = CASE WHEN budget_type = 1 AND EXISTS (SELECT 1 FROM budget_lines r "
                       "WHERE r.project_id = budget_lines.project_id AND r.period_start = budget_lines.period_start "
                       "AND r.period_end = budget_lines.period_end AND r.budget_type = 2) THEN 1 ELSE 0 END "
                       "WHERE project_id = ? AND period_start = ? AND period_end = ?"),
        {line.projectId, line.periodStart.toString(Qt::ISODate), line.periodEnd.toString(Qt::ISODate)});
    if (!r)
        return r.error();
    return {};
}

Result<QString> FinanceService::projectCode(qint64 projectId) const
{
    auto r = m_db.execute(QStringLiteral("SELECT code FROM projects WHERE id = ?"), {projectId});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::make(Error::Kind::NotFound, QCoreApplication::translate("Services", "project #%1 does not exist").arg(projectId));
    return r->value(0).toString();
}

// ---- budget lines

Result<BudgetLine> FinanceService::addBudgetLine(const BudgetLine &line)
{
    if (const QList<FieldError> errors = validateBudgetLine(line); !errors.isEmpty())
        return Error::validation(errors, budgetName(line.id));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto code = projectCode(line.projectId);
    if (!code)
        return code.error();
    QVariantList values = budgetValues(line);
    values << values.last() << std::max(1, line.revision) << line.projectId;
    QString sql
        = QStringLiteral("INSERT INTO budget_lines (project_id, period_start, period_end, category, amount, currency, budget_type, "
                         "budget_status, updated_at, created_at, revision, business_line%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                         "(SELECT business_line FROM projects WHERE id = ?)%2) RETURNING id");
    if (line.id > 0) {
        sql = sql.arg(QStringLiteral(", id"), QStringLiteral(", ?"));
        values << line.id;
    } else {
        sql = sql.arg(QString(), QString());
    }
    auto r = m_db.execute(sql, values);
    if (!r)
        return r.error();
    BudgetLine stored = line;
    stored.id = r->next() ? r->value(0).toLongLong() : 0;
    stored.revision = std::max(1, line.revision);
    r->finish();
    if (Status marked = markSuperseded(stored); !marked)
        return marked.error();
    if (Status done = commitWithAudit(m_db, transaction,
            {QStringLiteral("budget"), stored.id, code.value(), QStringLiteral("create"), diffFields({}, fieldsOf(stored))});
        !done)
        return done.error();
    return stored;
}

Result<BudgetLine> FinanceService::updateBudgetLine(const BudgetLine &line)
{
    if (const QList<FieldError> errors = validateBudgetLine(line); !errors.isEmpty())
        return Error::validation(errors, budgetName(line.id));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto before = budgetLine(line.id);
    if (!before)
        return before.error();
    auto code = projectCode(line.projectId);
    if (!code)
        return code.error();
    QVariantList values = budgetValues(line);
    values << line.projectId << line.id << line.revision;
    auto r
        = m_db.execute(QStringLiteral("UPDATE budget_lines SET project_id = ?, period_start = ?, period_end = ?, category = ?, amount = ?, "
                                      "currency = ?, budget_type = ?, budget_status = ?, updated_at = ?, "
                                      "business_line = (SELECT business_line FROM projects WHERE id = ?), revision = revision + 1 "
                                      "WHERE id = ? AND revision = ?"),
            values);
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return conflict(budgetName(line.id));
    BudgetLine stored = line;
    stored.revision = line.revision + 1;
    for (const BudgetLine *period : {&before.value(), &stored}) {
        if (Status marked = markSuperseded(*period); !marked)
            return marked.error();
    }
    if (Status done = commitWithAudit(m_db, transaction,
            {QStringLiteral("budget"), stored.id, code.value(), QStringLiteral("update"),
                diffFields(fieldsOf(before.value()), fieldsOf(stored))});
        !done)
        return done.error();
    return stored;
}

Status FinanceService::removeBudgetLine(qint64 id, int revision)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto before = budgetLine(id);
    if (!before)
        return before.error();
    auto code = projectCode(before->projectId);
    if (!code)
        return code.error();
    auto r = m_db.execute(QStringLiteral("DELETE FROM budget_lines WHERE id = ? AND revision = ?"), {id, revision});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return conflict(budgetName(id));
    if (Status marked = markSuperseded(before.value()); !marked)
        return marked;
    return commitWithAudit(m_db, transaction,
        {QStringLiteral("budget"), id, code.value(), QStringLiteral("delete"), diffFields(fieldsOf(before.value()), {})});
}

Result<BudgetLine> FinanceService::budgetLine(qint64 id) const
{
    auto r = m_db.execute(QStringLiteral("SELECT %1 FROM budget_lines WHERE id = ?").arg(QLatin1String(kBudgetColumns)), {id});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::make(Error::Kind::NotFound, QCoreApplication::translate("Services", "%1 does not exist").arg(budgetName(id)));
    return budgetFromRow(r.value());
}

Result<QList<BudgetLine>> FinanceService::budgetLines(qint64 projectId) const
{
    auto r
        = m_db.execute(QStringLiteral("SELECT %1 FROM budget_lines WHERE project_id = ? ORDER BY period_start, budget_type, category, id")
                           .arg(QLatin1String(kBudgetColumns)),
            {projectId});
    if (!r)
        return r.error();
    QList<BudgetLine> lines;
    while (r->next())
        lines.append(budgetFromRow(r.value()));
    return lines;
}

// ---- transactions

Result<FinancialTransaction> FinanceService::addTransaction(const FinancialTransaction &t)
{
    if (const QList<FieldError> errors = validateTransaction(t); !errors.isEmpty())
        return Error::validation(errors, transactionName(t.id));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto code = projectCode(t.projectId);
    if (!code)
        return code.error();
    QVariantList values = transactionValues(t);
    values << values.last() << std::max(1, t.revision) << t.projectId;
    QString sql
        = QStringLiteral("INSERT INTO transactions (project_id, type, date, value_date, amount, currency, provider_id, provider_name, "
                         "receiver_id, receiver_name, description, reference, updated_at, created_at, revision, business_line%1) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT business_line FROM projects WHERE id = ?)%2) "
                         "RETURNING id");
    if (t.id > 0) {
        sql = sql.arg(QStringLiteral(", id"), QStringLiteral(", ?"));
        values << t.id;
    } else {
        sql = sql.arg(QString(), QString());
    }
    auto r = m_db.execute(sql, values);
    if (!r)
        return r.error();
    FinancialTransaction stored = t;
    stored.id = r->next() ? r->value(0).toLongLong() : 0;
    stored.revision = std::max(1, t.revision);
    stored.valueDate = t.effectiveValueDate();
    r->finish();
    if (Status done = commitWithAudit(m_db, transaction,
            {QStringLiteral("transaction"), stored.id, code.value(), QStringLiteral("create"), diffFields({}, fieldsOf(stored))});
        !done)
        return done.error();
    return stored;
}

Result<FinancialTransaction> FinanceService::updateTransaction(const FinancialTransaction &t)
{
    if (const QList<FieldError> errors = validateTransaction(t); !errors.isEmpty())
        return Error::validation(errors, transactionName(t.id));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto before = this->transaction(t.id);
    if (!before)
        return before.error();
    auto code = projectCode(t.projectId);
    if (!code)
        return code.error();
    QVariantList values = transactionValues(t);
    values << t.projectId << t.id << t.revision;
    auto r = m_db.execute(
        QStringLiteral("UPDATE transactions SET project_id = ?, type = ?, date = ?, value_date = ?, amount = ?, currency = ?, "
                       "provider_id = ?, provider_name = ?, receiver_id = ?, receiver_name = ?, description = ?, "
                       "reference = ?, updated_at = ?, business_line = (SELECT business_line FROM projects WHERE id = ?), "
                       "revision = revision + 1 WHERE id = ? AND revision = ?"),
        values);
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return conflict(transactionName(t.id));
    FinancialTransaction stored = t;
    stored.revision = t.revision + 1;
    stored.valueDate = t.effectiveValueDate();
    if (Status done = commitWithAudit(m_db, transaction,
            {QStringLiteral("transaction"), stored.id, code.value(), QStringLiteral("update"),
                diffFields(fieldsOf(before.value()), fieldsOf(stored))});
        !done)
        return done.error();
    return stored;
}

Status FinanceService::removeTransaction(qint64 id, int revision)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto before = this->transaction(id);
    if (!before)
        return before.error();
    auto code = projectCode(before->projectId);
    if (!code)
        return code.error();
    auto r = m_db.execute(QStringLiteral("DELETE FROM transactions WHERE id = ? AND revision = ?"), {id, revision});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return conflict(transactionName(id));
    return commitWithAudit(m_db, transaction,
        {QStringLiteral("transaction"), id, code.value(), QStringLiteral("delete"), diffFields(fieldsOf(before.value()), {})});
}

Result<FinancialTransaction> FinanceService::transaction(qint64 id) const
{
    auto r = m_db.execute(QStringLiteral("SELECT %1 FROM transactions WHERE id = ?").arg(QLatin1String(kTransactionColumns)), {id});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::make(Error::Kind::NotFound, QCoreApplication::translate("Services", "%1 does not exist").arg(transactionName(id)));
    return transactionFromRow(r.value());
}

Result<QList<FinancialTransaction>> FinanceService::transactions(qint64 projectId) const
{
    auto r = m_db.execute(
        QStringLiteral("SELECT %1 FROM transactions WHERE project_id = ? ORDER BY date, id").arg(QLatin1String(kTransactionColumns)),
        {projectId});
    if (!r)
        return r.error();
    QList<FinancialTransaction> list;
    while (r->next())
        list.append(transactionFromRow(r.value()));
    return list;
}

Status FinanceService::forEachTransactionPage(const TransactionQuery &query, int pageSize, const PageHandler<TransactionRow> &onPage) const
{
    const SqlCondition where = transactionCondition(query.filter, m_db.dialect());
    QString sort = QStringLiteral("t.date");
    if (query.sort == TransactionSort::Project)
        sort = QStringLiteral("pj.code");
    else if (query.sort == TransactionSort::Type)
        sort = QStringLiteral("t.type");
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sql = QStringLiteral("SELECT t.id, t.revision, t.project_id, t.type, t.date, t.value_date, t.amount, t.currency, "
                                       "t.provider_id, t.provider_name, t.receiver_id, t.receiver_name, t.description, t.reference, "
                                       "pj.code, pj.title_en, pj.title_zh, pv.name_en, pv.name_zh, rc.name_en, rc.name_zh "
                                       "FROM transactions t JOIN projects pj ON pj.id = t.project_id "
                                       "LEFT JOIN partners pv ON pv.id = t.provider_id LEFT JOIN partners rc ON rc.id = t.receiver_id "
                                       "%1 ORDER BY %2 %3, t.id %3")
                            .arg(where.sql, sort, direction);
    auto r = m_db.execute(sql, where.values);
    if (!r)
        return r.error();
    const std::function<TransactionRow(const QSqlQuery &)> decode = [](const QSqlQuery &q) {
        TransactionRow row;
        row.transaction = transactionFromRow(q);
        row.projectCode = q.value(14).toString();
        row.projectTitleEn = q.value(15).toString();
        row.projectTitleZh = q.value(16).toString();
        const FinancialTransaction &t = row.transaction;
        row.providerEn = t.providerId > 0 ? q.value(17).toString() : t.providerName;
        row.providerZh = t.providerId > 0 ? q.value(18).toString() : t.providerName;
        row.receiverEn = t.receiverId > 0 ? q.value(19).toString() : t.receiverName;
        row.receiverZh = t.receiverId > 0 ? q.value(20).toString() : t.receiverName;
        return row;
    };
    return readPages<TransactionRow>(m_db, r.value(), std::max(1, pageSize), decode, {}, onPage);
}

Result<qint64> FinanceService::countTransactions(const TransactionFilter &filter) const
{
    const SqlCondition where = transactionCondition(filter, m_db.dialect());
    auto r = m_db.execute(QStringLiteral("SELECT count(*) FROM transactions t ") + where.sql, where.values);
    if (!r)
        return r.error();
    return r->next() ? r->value(0).toLongLong() : 0;
}

// ---- reporting currency and rates

Result<QString> FinanceService::reportingCurrency() const
{
    return PortfolioSettings(m_db).value(PortfolioSettings::reportingCurrencyKey(), QStringLiteral("USD"));
}

Status FinanceService::setReportingCurrency(const QString &code)
{
    if (!isKnownCurrency(code))
        return Error::make(
            Error::Kind::InvalidArgument, QCoreApplication::translate("Validation", "unknown currency code \"%1\"").arg(code));
    return PortfolioSettings(m_db).setValue(PortfolioSettings::reportingCurrencyKey(), code.toUpper());
}

Status FinanceService::writeRate(const ExchangeRate &rate, const QString &quote)
{
    if (const QList<FieldError> errors = validateExchangeRate(rate, quote); !errors.isEmpty())
        return Error::validation(errors, QStringLiteral("%1 %2").arg(rate.currency, rate.date.toString(Qt::ISODate)));
    auto r = m_db.execute(
        QStringLiteral("INSERT INTO exchange_rates (quote_currency, currency, date, rate, source) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (quote_currency, currency, date) DO UPDATE SET rate = excluded.rate, source = excluded.source, import_id = NULL"),
        {quote, rate.currency.toUpper(), rate.date.toString(Qt::ISODate), rate.rate.toString(), rate.source});
    if (!r)
        return r.error();
    return {};
}

Status FinanceService::setRate(const ExchangeRate &rate)
{
    return importRates({rate});
}

Status FinanceService::importRates(const QList<ExchangeRate> &rates)
{
    auto quote = reportingCurrency();
    if (!quote)
        return quote.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    for (const ExchangeRate &rate : rates) {
        if (Status s = writeRate(rate, quote.value()); !s)
            return s;
    }
    return commitWithAudit(m_db, transaction,
        {QStringLiteral("exchange_rates"), 0, quote.value(), QStringLiteral("set"),
            {{QStringLiteral("rates"), QString(), QString::number(rates.size())}}});
}

Status FinanceService::removeRate(const QString &currency, const QDate &date)
{
    auto quote = reportingCurrency();
    if (!quote)
        return quote.error();
    auto r = m_db.execute(QStringLiteral("DELETE FROM exchange_rates WHERE quote_currency = ? AND currency = ? AND date = ?"),
        {quote.value(), currency.toUpper(), date.toString(Qt::ISODate)});
    if (!r)
        return r.error();
    return {};
}

Result<QList<ExchangeRate>> FinanceService::rates(const QString &currency) const
{
    auto quote = reportingCurrency();
    if (!quote)
        return quote.error();
    QString sql = QStringLiteral("SELECT currency, date, rate, source FROM exchange_rates WHERE quote_currency = ?");
    QVariantList values{quote.value()};
    if (!currency.isEmpty()) {
        sql += QStringLiteral(" AND currency = ?");
        values << currency.toUpper();
    }
    auto r = m_db.execute(sql + QStringLiteral(" ORDER BY currency, date"), values);
    if (!r)
        return r.error();
    QList<ExchangeRate> list;
    while (r->next()) {
        list.append({r->value(0).toString(), QDate::fromString(r->value(1).toString(), Qt::ISODate),
            Rate::parse(r->value(2).toString()).value_or(Rate()), r->value(3).toString()});
    }
    return list;
}

} // namespace pd
