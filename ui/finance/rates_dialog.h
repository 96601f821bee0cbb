#pragma once

#include "common/language.h"
#include "common/result.h"
#include "domain/finance.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class DateField;

class PortfolioEvents;

// The exchange rates into the reporting currency, a table per currency: add a rate, remove one,
// paste a table from a spreadsheet or import a CSV file (all rows or none).
class RatesDialog final : public QDialog
{
    Q_OBJECT

public:
    RatesDialog(Portfolio &portfolio, PortfolioEvents &events, Language language, QWidget *parent = nullptr);

    QComboBox *currencyBox() const { return m_currency; }
    QTableWidget *table() const { return m_table; }
    // Imports a pasted or read table; shows the error and returns false when any line is bad.
    bool importText(const QString &text, const QString &place);

private:
    // Whether the first line of a table has three fields or more, the first of them a currency.
    static bool namesCurrency(const QString &firstLine);
    bool importRates(const Result<QList<ExchangeRate>> &rates);
    void showCurrency();
    void addRate();
    void removeSelected();

    Portfolio &m_portfolio;
    PortfolioEvents &m_events;
    QComboBox *m_currency = nullptr;
    QTableWidget *m_table = nullptr;
    DateField *m_date = nullptr;
    QLineEdit *m_rate = nullptr;
    QLineEdit *m_source = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace pd::ui
