#pragma once

#include "common/language.h"

#include <QWidget>

#include <functional>

class QTableWidget;

namespace pd::ui {

class SearchPicker;

// A list of codes with percentage shares (recipient countries, sectors): pick and add, remove,
// split equally. Percentages are hundredths of a percent, as core stores them.
class SharesEditor final : public QWidget
{
    Q_OBJECT

public:
    using Share = std::pair<QString, int>;

    SharesEditor(const QString &codeHeader, std::function<QString(const QString &)> nameOf, QWidget *parent = nullptr);

    SearchPicker *picker() const { return m_picker; }
    QList<Share> shares() const;
    void setShares(const QList<Share> &shares);
    // Adds the picked code (if any) and splits equally; returns false when nothing valid was picked.
    bool addPicked();

Q_SIGNALS:
    void changed();

private:
    void appendRow(const QString &code, int hundredths);
    void splitEqually();

    std::function<QString(const QString &)> m_nameOf;
    SearchPicker *m_picker = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace pd::ui
