// Exchange rates from CSV, into the reporting currency, through FinanceService::importRates (one
// audit entry for the table). A rate for a currency and day already stored is replaced, as setRate does.
#include "import_fields.h"
#include "services/import_batches.h"
#include "import_values.h"

#include "domain/finance.h"
#include "reference/reference_data.h"
#include "services/finance_service.h"

#include <QCoreApplication>

namespace pd {

namespace {

class RateImporter final : public RowImporter
{
public:
    explicit RateImporter(const ImportSource &source)
        : m_source(source)
    { }

    Status prepare() override
    {
        auto quote = FinanceService(m_source.db).reportingCurrency();
        if (!quote)
            return quote.error();
        m_quote = quote.value();
        return {};
    }

    Status row(const ImportRow &row, bool write) override
    {
        Q_UNUSED(write); // written in finish()
        bool ok = true;
        ExchangeRate rate;
        if (row.require(QStringLiteral("currency"))) {
            if (const CurrencyInfo *currency = ReferenceData::instance().currencyByCodeOrName(row.value(QStringLiteral("currency"))))
                rate.currency = currency->code;
            else {
                row.problem(QStringLiteral("currency"), QCoreApplication::translate("Import", "unknown currency"));
                ok = false;
            }
        } else {
            ok = false;
        }
        ok = row.require(QStringLiteral("date")) && readDate(row, QStringLiteral("date"), rate.date) && ok;
        if (row.require(QStringLiteral("rate"))) {
            auto parsed = Rate::parse(row.value(QStringLiteral("rate")));
            if (!parsed) {
                row.problem(QStringLiteral("rate"), QCoreApplication::translate("Import", "not a rate: %1").arg(parsed.error().message));
                ok = false;
            } else {
                rate.rate = parsed.value();
            }
        } else {
            ok = false;
        }
        rate.source = row.value(QStringLiteral("source"));
        if (!ok)
            return {};
        if (const QList<FieldError> errors = validateExchangeRate(rate, m_quote); !errors.isEmpty()) {
            row.problems(errors);
            return {};
        }
        const QString key = rate.currency + rate.date.toString(Qt::ISODate);
        if (const qint64 line = m_inFile.value(key); line > 0) {
            row.problem(QStringLiteral("date"),
                QCoreApplication::translate("Import", "duplicate: the %1 rate of this day is already on line %2").arg(rate.currency).arg(line));
            return {};
        }
        m_inFile.insert(key, row.line());
        m_rates.append(rate);
        return {};
    }

    Status finish(bool write, ProblemList &) override
    {
        if (!write || m_rates.isEmpty())
            return {};
        // The rates it replaces are kept for its undo, and the rates it writes marked as its own.
        for (const ExchangeRate &r : m_rates) {
            if (Status s = m_source.batch ? m_source.batch->rateReplaced(m_quote, r.currency.toUpper(), r.date.toString(Qt::ISODate)) : Status(); !s)
                return s;
        }
        if (Status s = FinanceService(m_source.db).importRates(m_rates); !s)
            return s;
        for (const ExchangeRate &r : m_rates) {
            if (Status s = m_source.batch ? m_source.batch->rateWritten(m_quote, r.currency.toUpper(), r.date.toString(Qt::ISODate)) : Status(); !s)
                return s;
        }
        return {};
    }

private:
    ImportSource m_source;
    QString m_quote;
    QHash<QString, qint64> m_inFile;
    QList<ExchangeRate> m_rates;
};

} // namespace

std::unique_ptr<RowImporter> rateImporter(const ImportSource &source)
{
    return std::make_unique<RateImporter>(source);
}

} // namespace pd
