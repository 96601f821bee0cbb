#include "report_printer.h"

#include "report_document.h"
#include "storage/live_files.h"
#include "storage/storage_errors.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace pd::ui {

namespace {

constexpr double kHeaderHeight = 30; // document units, 96 to the inch
constexpr double kFooterHeight = 26;
constexpr double kGap = 10;

} // namespace

ReportPrinter::ReportPrinter(const ReportDocument &document)
    : ReportWriter(document.language())
    , m_document(document)
{ }

Result<int> ReportPrinter::print(QPagedPaintDevice &device, const PageCallback &onPage) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return Error::make(Error::Kind::Io, trl("The report cannot be drawn on this device."));
    // The page in document units; the painter scales them to the device.
    const double scale = device.logicalDpiX() / ReportDocument::kUnitsPerInch;
    const QSizeF page(device.width() / scale, device.height() / scale);
    const double bodyTop = kHeaderHeight + kGap;
    const double bodyHeight = page.height() - bodyTop - kFooterHeight - kGap;
    QTextDocument *text = m_document.document();
    text->setPageSize(QSizeF(page.width(), bodyHeight));
    const int pages = text->pageCount();

    const QFont headerFont = m_document.font(10.5);
    QFont titleFont = m_document.font(11, true);
    const QPen rule(QColor(0x8a, 0x94, 0xa3), 0.6);
    const QString generated = trl("Generated %1").arg(wording().date(m_document.generated));
    for (int p = 0; p < pages; ++p) {
        if (onPage && !onPage(p, pages)) {
            painter.end();
            return Error::make(Error::Kind::Cancelled, trl("The report was cancelled."));
        }
        if (p > 0 && !device.newPage())
            return Error::make(Error::Kind::Io, trl("The device refused a new page."));
        painter.save();
        painter.scale(scale, scale);
        // Header: the title on the left, the portfolio on the right, a rule under them.
        const QRectF header(0, 0, page.width(), kHeaderHeight - 6);
        painter.setPen(QColor(0x1f, 0x3a, 0x5f));
        painter.setFont(titleFont);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_document.title());
        painter.setFont(headerFont);
        painter.setPen(QColor(0x55, 0x5d, 0x66));
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, m_document.portfolioName);
        painter.setPen(rule);
        painter.drawLine(QPointF(0, kHeaderHeight - 2), QPointF(page.width(), kHeaderHeight - 2));
        // Footer: a rule, the generation date, "Page X of Y".
        const double footerTop = page.height() - kFooterHeight;
        painter.drawLine(QPointF(0, footerTop + 2), QPointF(page.width(), footerTop + 2));
        const QRectF footer(0, footerTop + 6, page.width(), kFooterHeight - 6);
        painter.setPen(QColor(0x55, 0x5d, 0x66));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, generated);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, trl("Page %1 of %2").arg(p + 1).arg(pages));
        // The body: this page's slice of the document.
        painter.translate(0, bodyTop - p * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * bodyHeight, page.width(), bodyHeight);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        text->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return Error::make(Error::Kind::Io, trl("The report could not be finished."));
    return pages;
}

Result<int> ReportPrinter::writePdf(const QString &path, QPageSize::PageSizeId pageSize, const PageCallback &onPage) const
{
    if (Status notLive = LiveFiles::refuseIfLive(path); !notLive)
        return notLive.error();
    // Written beside the target and renamed at the end: a failure leaves no half-written file.
    const QString partial = path + QStringLiteral(".part");
    int pages = 0;
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(18, 14, 18, 12), QPageLayout::Millimeter);
        writer.setResolution(600);
        writer.setTitle(m_document.title());
        writer.setCreator(QStringLiteral("ProjectDesk"));
        auto printed = print(writer, onPage);
        if (!printed) {
            QFile::remove(partial);
            if (printed.error().kind == Error::Kind::Cancelled)
                return printed.error();
            return writeError(path, printed.error().message);
        }
        pages = printed.value();
    }
    if (!QFileInfo(partial).isFile() || QFileInfo(partial).size() == 0) {
        QFile::remove(partial);
        return writeError(path, trl("the file could not be written"));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error::make(Error::Kind::Io, trl("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    return pages;
}

} // namespace pd::ui
