#pragma once

#include "common/language.h"
#include "domain/enums.h"

#include <QLineEdit>
#include <QList>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace pd {
class ProjectService;
}

namespace pd::ui {

// A project chosen by typing: any words of its code or of either title ("GS-2020", "Malawi",
// "马拉维") list the matching projects under the line, at most kShown of them, found by the service as
// the registers find them; picking one puts its code in the line. Typing a whole code works too.
class ProjectPicker final : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int kShown = 20;

    ProjectPicker(ProjectService &projects, Language language, QWidget *parent = nullptr);
    // Only projects of these lines are offered (an officer's own lines on a team server); empty: all.
    void setLines(const QList<BusinessLine> &lines);
    // The projects now offered, as "CODE  title" (for tests and screen readers).
    QStringList offered() const;
    // Looks up what was typed now rather than after the pause that spares the database each key.
    void searchNow();

Q_SIGNALS:
    // A project was picked from the list, or its whole code typed and the field left.
    void projectChosen(qint64 id);

private:
    void search();
    void choose(const QString &code);

    ProjectService &m_projects;
    Language m_language;
    QList<BusinessLine> m_lines;
    QStandardItemModel *m_model = nullptr;
    QCompleter *m_completer = nullptr;
    QTimer *m_pause = nullptr;
    QString m_searched;
    qint64 m_chosen = 0;
};

} // namespace pd::ui
