#pragma once

#include "common/language.h"

#include <QDate>
#include <QFont>
#include <QList>
#include <QStringList>
#include <QTextCursor>

#include <memory>

class QChart;
class QTextDocument;

namespace pd::ui {

class ChartTextObject;

struct ReportColumn
{
    QString header;
    Qt::Alignment alignment = Qt::AlignLeft;
    int widthPercent = 0; // 0: shared out by the layout
};

// A report as a text document: headings, paragraphs, tables that break across pages with their
// header row repeated, and charts drawn as vectors. Laid out in device-independent units (96 to
// the inch, fonts in pixels of that unit) so that a PDF, the print preview and a printer get the
// same pages; ReportPrinter adds the running header and footer.
class ReportDocument final
{
public:
    ReportDocument(const QString &title, Language language);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    const QString &title() const { return m_title; }
    Language language() const { return m_language; }
    // The header's right side: the portfolio's name.
    QString portfolioName;
    // The footer's generation date.
    QDate generated = QDate::currentDate();

    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text, bool small = false);
    // Label: value pairs in two columns of pairs (an identity card, the KPIs).
    void facts(const QList<std::pair<QString, QString>> &facts);
    // A table with a header row repeated on each page; the last `totalRows` rows in bold. Without
    // rows, emptyText (when given) stands in its place.
    void table(const QList<ReportColumn> &columns, const QList<QStringList> &rows, int totalRows = 0, const QString &emptyText = {});
    // The chart, drawn as vectors at the full text width and height = width * aspect; takes it over.
    void chart(QChart *chart, double aspect = 0.5);
    // The next piece starts a page.
    void pageBreak();

    // The document, laid out for printing: call once the content is complete.
    QTextDocument *document() const;
    QFont font(double pixelSize, bool bold = false) const;

    // Width of the text, in the document's units (96 to the inch), for the page size set by the printer.
    static constexpr double kUnitsPerInch = 96.0;

private:
    void endBlock();

    QString m_title;
    Language m_language;
    QFont m_base;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<ChartTextObject> m_charts;
    QTextCursor m_cursor;
    bool m_empty = true; // the cursor's block holds nothing yet
    bool m_breakNext = false;
    mutable bool m_laidOut = false;
};

} // namespace pd::ui
