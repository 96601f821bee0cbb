#pragma once

#include "common/language.h"

#include <QDialog>

class QLineEdit;
class QTextBrowser;
class QTreeWidget;

namespace pd::ui {

// The user guide inside the application, offline: the Markdown bundled in the resources (English
// or Chinese, as the windows speak), its headings as a contents tree, a find field. F1 opens it at
// the section of the screen the officer is on.
class UserGuide final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuide(Language language, QWidget *parent = nullptr);

    // The section of a page ("dashboard", "projects", "deliveries", "partners", "finance"); the
    // start of the guide for others.
    void showPage(const QString &page);
    // Scrolls to the index-th second-level heading (the two languages share their order).
    void showSection(int index);
    // The heading shown at the top, for tests.
    QString currentSection() const;
    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }

    // Where a page's section is: the index of its heading among the guide's second-level headings.
    static int sectionOf(const QString &page);

private:
    void buildContents();
    void scrollToBlock(int blockNumber);
    void find(bool backwards);

    QTextBrowser *m_browser = nullptr;
    QTreeWidget *m_contents = nullptr;
    QLineEdit *m_find = nullptr;
    QList<int> m_sections; // block numbers of the second-level headings, in order
};

} // namespace pd::ui
