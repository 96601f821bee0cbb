#include "user_guide.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

// The English headings of the sections F1 opens; both guides have their sections in this order.
const char *const kPageSections[][2] = {
    {"dashboard", "The dashboard"},
    {"projects", "Finding projects"},
    {"partners", "Editing"},
    {"deliveries", "Deliveries"},
    {"finance", "Money"},
};

QString guideText(Language language)
{
    QFile file(language == Language::Chinese ? QStringLiteral(":/guide/user-guide.zh.md") : QStringLiteral(":/guide/user-guide.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

UserGuide::UserGuide(Language language, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_contents(new QTreeWidget(this))
    , m_find(new QLineEdit(this))
{
    setWindowTitle(tr("ProjectDesk User Guide"));
    setObjectName(QStringLiteral("userGuide"));
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/guide")});
    m_browser->document()->setDefaultStyleSheet(QStringLiteral("img { max-width: 640px; }"));
    m_browser->setMarkdown(guideText(language));
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setHeaderHidden(true);
    m_find->setObjectName(QStringLiteral("guideFind"));
    m_find->setPlaceholderText(tr("Find in the guide"));
    m_find->setAccessibleName(tr("Find in the guide"));
    m_find->setClearButtonEnabled(true);
    buildContents();

    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    auto *top = new QHBoxLayout;
    top->addWidget(findLabel);
    top->addWidget(m_find, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 680});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    resize(940, 680);

    connect(m_contents, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            scrollToBlock(item->data(0, Qt::UserRole).toInt());
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(false); });
    auto *findNext = new QAction(this);
    findNext->setShortcuts(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, [this] { find(false); });
    auto *findPrevious = new QAction(this);
    findPrevious->setShortcuts(QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, this, [this] { find(true); });
    auto *focusFind = new QAction(this);
    focusFind->setShortcuts(QKeySequence::Find);
    connect(focusFind, &QAction::triggered, m_find, qOverload<>(&QWidget::setFocus));
    addActions({findNext, findPrevious, focusFind});
}

void UserGuide::buildContents()
{
    QTreeWidgetItem *section = nullptr;
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level < 2 || level > 3)
            continue;
        if (level == 2) {
            section = new QTreeWidgetItem(m_contents, {b.text()});
            m_sections << b.blockNumber();
            section->setData(0, Qt::UserRole, b.blockNumber());
        } else if (section) {
            auto *sub = new QTreeWidgetItem(section, {b.text()});
            sub->setData(0, Qt::UserRole, b.blockNumber());
        }
    }
}

int UserGuide::sectionOf(const QString &page)
{
    // The English guide's second-level headings, read once: F1 asks on every press.
    static const QStringList headings = [] {
        QStringList found;
        for (const QString &line : guideText(Language::English).split(u'\n')) {
            if (line.startsWith(QLatin1String("## ")))
                found << line.mid(3).trimmed();
        }
        return found;
    }();
    for (const auto &[key, heading] : kPageSections) {
        if (page == QLatin1String(key))
            return int(headings.indexOf(QLatin1String(heading)));
    }
    return -1;
}

void UserGuide::showPage(const QString &page)
{
    showSection(sectionOf(page));
}

void UserGuide::showSection(int index)
{
    if (index < 0 || index >= m_sections.size()) {
        m_browser->verticalScrollBar()->setValue(0);
        return;
    }
    m_contents->setCurrentItem(m_contents->topLevelItem(index)); // scrolls there
}

void UserGuide::scrollToBlock(int blockNumber)
{
    const QTextBlock block = m_browser->document()->findBlockByNumber(blockNumber);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_browser->setTextCursor(cursor);
    const QRectF where = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(int(where.top()));
}

QString UserGuide::currentSection() const
{
    const QTextCursor top = m_browser->cursorForPosition(QPoint(4, 4));
    for (QTextBlock b = top.block(); b.isValid(); b = b.previous()) {
        if (b.blockFormat().headingLevel() == 2)
            return b.text();
    }
    return {};
}

void UserGuide::find(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return;
    // Wrap around once, from the other end.
    QTextCursor start(m_browser->document());
    if (backwards)
        start.movePosition(QTextCursor::End);
    m_browser->setTextCursor(start);
    m_browser->find(text, flags);
}

} // namespace pd::ui
