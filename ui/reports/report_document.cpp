#include "report_document.h"

#include "chart_text_object.h"
#include "shell/language_setup.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

namespace pd::ui {

namespace {

constexpr double kBodyPixels = 12.5; // 9.4 pt
const QColor kRule(0xb0, 0xb8, 0xc4);
const QColor kHeaderFill(0xe8, 0xee, 0xf5);
const QColor kHeadingColour(0x1f, 0x3a, 0x5f);

QTextTableFormat tableFormat(int columns, const QList<ReportColumn> &widths)
{
    QTextTableFormat format;
    format.setBorderCollapse(true);
    format.setBorder(0.5);
    format.setBorderBrush(kRule);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(4);
    format.setBottomMargin(8);
    if (!widths.isEmpty()) {
        QList<QTextLength> constraints;
        for (int c = 0; c < columns; ++c) {
            const int percent = c < widths.size() ? widths.at(c).widthPercent : 0;
            constraints << (percent > 0 ? QTextLength(QTextLength::PercentageLength, percent) : QTextLength());
        }
        format.setColumnWidthConstraints(constraints);
    }
    return format;
}

} // namespace

ReportDocument::ReportDocument(const QString &title, Language language)
    : m_title(title)
    , m_language(language)
    , m_base(pdfFont(QGuiApplication::font()))
    , m_document(std::make_unique<QTextDocument>())
    , m_charts(std::make_unique<ChartTextObject>())
{
    // Unhinted metrics: the layout is done once in document units and scaled to every device.
    m_base.setHintingPreference(QFont::PreferNoHinting);
    m_base.setPixelSize(int(kBodyPixels));
    m_document->setDefaultFont(m_base);
    m_document->setUseDesignMetrics(true);
    m_document->setDocumentMargin(0);
    m_document->setMetaInformation(QTextDocument::DocumentTitle, title);
    m_cursor = QTextCursor(m_document.get());
}

ReportDocument::~ReportDocument()
{
    // The document's layout holds the chart handler: let it go first.
    m_document.reset();
}

QTextDocument *ReportDocument::document() const
{
    // The layout is made only now, once the content is complete: while it exists, every insertion
    // would lay the tables out again.
    if (!m_laidOut) {
        m_document->documentLayout()->registerHandler(ChartTextObject::kType, m_charts.get());
        m_laidOut = true;
    }
    return m_document.get();
}

QFont ReportDocument::font(double pixelSize, bool bold) const
{
    QFont f = m_base;
    f.setPixelSize(int(pixelSize + 0.5));
    f.setBold(bold);
    return f;
}

void ReportDocument::endBlock()
{
    // Each piece starts on a block of its own with fresh formats (a new block would inherit the
    // previous one's margins and page break).
    if (!m_empty)
        m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    m_empty = false;
    QTextBlockFormat fresh;
    if (m_breakNext)
        fresh.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_breakNext = false;
    m_cursor.setBlockFormat(fresh);
}

void ReportDocument::heading(const QString &text, int level)
{
    endBlock();
    QTextBlockFormat block;
    block.setTopMargin(level == 1 ? 10 : 6);
    block.setBottomMargin(4);
    QTextCharFormat chars;
    chars.setFont(font(level == 0 ? 22 : level == 1 ? 17 : 14, true));
    chars.setForeground(kHeadingColour);
    m_cursor.mergeBlockFormat(block);
    m_cursor.setBlockCharFormat(chars);
    m_cursor.insertText(text, chars);
}

void ReportDocument::paragraph(const QString &text, bool small)
{
    endBlock();
    QTextBlockFormat block;
    block.setBottomMargin(4);
    QTextCharFormat chars;
    chars.setFont(font(small ? 10.5 : kBodyPixels));
    if (small)
        chars.setForeground(QColor(0x55, 0x5d, 0x66));
    m_cursor.mergeBlockFormat(block);
    m_cursor.setBlockCharFormat(chars);
    m_cursor.insertText(text, chars);
}

void ReportDocument::facts(const QList<std::pair<QString, QString>> &facts)
{
    if (facts.isEmpty())
        return;
    endBlock();
    const int rows = int((facts.size() + 1) / 2);
    QTextTableFormat format = tableFormat(4, {{QString(), Qt::AlignLeft, 21}, {QString(), Qt::AlignLeft, 29}, {QString(), Qt::AlignLeft, 21}, {QString(), Qt::AlignLeft, 29}});
    format.setBorder(0);
    QTextTable *table = m_cursor.insertTable(rows, 4, format);
    QTextCharFormat label;
    label.setFont(font(11));
    label.setForeground(QColor(0x55, 0x5d, 0x66));
    QTextCharFormat value;
    value.setFont(font(kBodyPixels, true));
    for (int i = 0; i < facts.size(); ++i) {
        const int row = i % rows;
        const int column = (i / rows) * 2;
        table->cellAt(row, column).firstCursorPosition().insertText(facts.at(i).first, label);
        table->cellAt(row, column + 1).firstCursorPosition().insertText(facts.at(i).second, value);
    }
    m_cursor.movePosition(QTextCursor::End);
    m_empty = true; // a block follows the table already
}

void ReportDocument::table(const QList<ReportColumn> &columns, const QList<QStringList> &rows, int totalRows, const QString &emptyText)
{
    if (rows.isEmpty() && !emptyText.isEmpty()) {
        paragraph(emptyText, true);
        return;
    }
    endBlock();
    QTextTableFormat format = tableFormat(int(columns.size()), columns);
    format.setHeaderRowCount(1);
    QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, int(columns.size()), format);
    QTextCharFormat header;
    header.setFont(font(11, true));
    QTextCharFormat cell;
    cell.setFont(font(11));
    QTextCharFormat total = cell;
    total.setFont(font(11, true));
    const auto write = [table](int row, int column, const QString &text, const QTextCharFormat &chars, Qt::Alignment alignment) {
        QTextTableCell c = table->cellAt(row, column);
        QTextCursor cursor = c.firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(alignment);
        block.setNonBreakableLines(false);
        cursor.setBlockFormat(block);
        cursor.insertText(text, chars);
    };
    for (int c = 0; c < columns.size(); ++c) {
        QTextTableCell headerCell = table->cellAt(0, c);
        QTextTableCellFormat fill = headerCell.format().toTableCellFormat();
        fill.setBackground(kHeaderFill);
        headerCell.setFormat(fill);
        write(0, c, columns.at(c).header, header, columns.at(c).alignment);
    }
    for (int r = 0; r < rows.size(); ++r) {
        const bool isTotal = r >= rows.size() - totalRows;
        const QStringList &values = rows.at(r);
        for (int c = 0; c < columns.size(); ++c)
            write(r + 1, c, c < values.size() ? values.at(c) : QString(), isTotal ? total : cell, columns.at(c).alignment);
    }
    m_cursor.movePosition(QTextCursor::End);
    m_empty = true;
}

void ReportDocument::chart(QChart *chart, double aspect)
{
    endBlock();
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(4);
    block.setBottomMargin(8);
    m_cursor.mergeBlockFormat(block);
    QTextCharFormat object;
    object.setObjectType(ChartTextObject::kType);
    object.setProperty(ChartTextObject::ChartIndex, m_charts->add(chart));
    object.setProperty(ChartTextObject::Aspect, aspect);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
}

void ReportDocument::pageBreak()
{
    m_breakNext = true;
}

} // namespace pd::ui
