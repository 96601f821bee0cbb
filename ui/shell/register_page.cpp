#include "register_page.h"

#include "editors/pickers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    // Only size and weight are set: the family stays the parent's (a PDF export changes it).
    QFont font;
    font.setPointSizeF(label->font().pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}

RegisterPage::RegisterPage(const QString &title, const QString &searchHint, QWidget *parent)
    : QWidget(parent)
    , m_buttons(new QHBoxLayout)
    , m_above(new QVBoxLayout)
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(pageTitle(title, this));
    top->addStretch(1);
    top->addLayout(m_buttons);
    layout->addLayout(top);
    m_search->setPlaceholderText(searchHint);
    m_search->setAccessibleName(tr("Search %1").arg(title));
    m_view->setAccessibleName(title);
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_above->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_above);

    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &RegisterPage::showColumnMenu);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { Q_EMIT activated(index.row()); });
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(m_search->text().trimmed()); });
}

void RegisterPage::setModel(QAbstractItemModel *model)
{
    if (m_view->model())
        m_state = m_view->horizontalHeader()->saveState();
    m_view->setModel(model);
    if (model && !m_state.isEmpty())
        restoreHeaderState(m_state);
}

QString RegisterPage::countText() const
{
    return m_count->text();
}

void RegisterPage::setCountText(const QString &text)
{
    m_count->setText(text);
}

void RegisterPage::addButton(QWidget *button)
{
    // A filter's list may hold long names: the box may narrow to a dozen characters, so that the
    // header never makes the window wider than a small or scaled screen.
    if (auto *box = qobject_cast<QComboBox *>(button))
        letNarrow(box, 12);
    m_buttons->addWidget(button);
}

void RegisterPage::addAboveTable(QWidget *widget)
{
    m_above->addWidget(widget);
}

QByteArray RegisterPage::headerState() const
{
    return m_view->model() ? m_view->horizontalHeader()->saveState() : m_state;
}

void RegisterPage::restoreHeaderState(const QByteArray &state)
{
    m_state = state;
    QAbstractItemModel *model = m_view->model();
    if (!model || state.isEmpty())
        return; // applied when a model arrives
    QHeaderView *header = m_view->horizontalHeader();
    header->restoreState(state);
    model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void RegisterPage::showColumnMenu(const QPoint &pos)
{
    QAbstractItemModel *model = m_view->model();
    if (!model)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction *action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // Keep at least one column visible.
        action->setEnabled(header->isSectionHidden(column) || header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, header, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(pos));
}

ComingPage::ComingPage(const QString &title, const QString &what, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(title, this));
    auto *label = new QLabel(what, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addStretch(1);
}

} // namespace pd::ui
