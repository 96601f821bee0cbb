#pragma once

#include <QLabel>

#include <functional>
#include <utility>

namespace pd::ui {

class PortfolioEvents;

// An editor's notice that a team server announced a newer version of the record being edited (by
// another officer), shown before the user saves. Hidden until then; the editor hides it again when it
// loads the newest version.
class ChangedElsewhereNotice final : public QLabel
{
    Q_OBJECT

public:
    // `table` is the record's table ("projects"); `record` gives its id and the revision being edited;
    // `message` is the sentence with %1 for who saved.
    ChangedElsewhereNotice(PortfolioEvents &events, QString table, std::function<std::pair<qint64, qint64>()> record, QString message,
        QWidget *parent);
};

} // namespace pd::ui
