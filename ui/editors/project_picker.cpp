#include "project_picker.h"

#include "services/project_service.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace pd::ui {

namespace {
constexpr int kPauseMs = 150; // between the last key and the look-up
constexpr int kCodeRole = Qt::UserRole + 1;
} // namespace

ProjectPicker::ProjectPicker(ProjectService &projects, Language language, QWidget *parent)
    : QLineEdit(parent)
    , m_projects(projects)
    , m_language(language)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
    , m_pause(new QTimer(this))
{
    setPlaceholderText(tr("Code or words of the title, e.g. GS-2024-001 or Malawi"));
    setClearButtonEnabled(true);
    // The service has already matched: the list shows what it found, unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kCodeRole);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &ProjectPicker::search);
    connect(this, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::textEdited, this, [this] { m_chosen = 0; }); // typed again: chosen again
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { choose(index.data(kCodeRole).toString()); });
    connect(this, &QLineEdit::editingFinished, this, [this] { choose(text().trimmed()); });
}

void ProjectPicker::setLines(const QList<BusinessLine> &lines)
{
    m_lines = lines;
    m_searched.clear();
}

QStringList ProjectPicker::offered() const
{
    QStringList list;
    for (int row = 0; row < m_model->rowCount(); ++row)
        list << m_model->item(row)->text();
    return list;
}

void ProjectPicker::searchNow()
{
    m_pause->stop();
    search();
}

void ProjectPicker::search()
{
    const QString words = text().trimmed();
    if (words == m_searched)
        return;
    m_searched = words;
    m_model->clear();
    if (words.isEmpty())
        return;
    ProjectQuery query;
    query.filter.search = words;
    query.filter.lines = m_lines;
    query.limit = kShown;
    auto found = m_projects.list(query);
    if (!found)
        return; // the list stays empty; saving names what is wrong with the code typed
    const Language other = m_language == Language::Chinese ? Language::English : Language::Chinese;
    for (const ProjectSummary &p : found.value()) {
        const QString title = m_language == Language::Chinese ? p.titleZh : p.titleEn;
        const QString otherTitle = other == Language::Chinese ? p.titleZh : p.titleEn;
        auto *item = new QStandardItem(QStringLiteral("%1  %2").arg(p.code, title.isEmpty() ? otherTitle : title));
        item->setData(p.code, kCodeRole);
        item->setToolTip(otherTitle);
        m_model->appendRow(item);
    }
    if (hasFocus() && m_model->rowCount() > 0) {
        // Wide enough for a code and a title, however narrow the field.
        QRect under = rect();
        under.setWidth(std::max(under.width(), fontMetrics().averageCharWidth() * 72));
        m_completer->complete(under);
    }
}

void ProjectPicker::choose(const QString &code)
{
    if (code.isEmpty())
        return;
    if (text() != code)
        setText(code);
    auto project = m_projects.findByCode(code);
    if (!project || (!m_lines.isEmpty() && !m_lines.contains(project->line)) || project->id == m_chosen)
        return;
    m_chosen = project->id;
    Q_EMIT projectChosen(project->id);
}

} // namespace pd::ui
