#include "register_page.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QLabel *titleLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

RegisterPage::RegisterPage(const QString &title, const QString &searchHint, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(titleLabel(title, this));
    m_search->setPlaceholderText(searchHint);
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(m_search->text().trimmed()); });
}

void RegisterPage::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
    m_view->sortByColumn(0, Qt::AscendingOrder);
}

void RegisterPage::setCountText(const QString &text)
{
    m_count->setText(text);
}

ComingPage::ComingPage(const QString &title, const QString &what, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(titleLabel(title, this));
    auto *label = new QLabel(what, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addStretch(1);
}

} // namespace pd::ui
