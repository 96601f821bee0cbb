#pragma once

#include "common/result.h"
#include "report_writer.h"

#include <QPageSize>

#include <functional>

class QPagedPaintDevice;

namespace pd::ui {

class ReportDocument;

// Puts a ReportDocument on pages: the running header (the report's title, the portfolio's name),
// the footer ("Page X of Y", the generation date) and the body between them, on any paged device:
// a PDF file, the print preview, a printer.
class ReportPrinter final : public ReportWriter
{
    Q_OBJECT

public:
    explicit ReportPrinter(const ReportDocument &document);

    // Called before each page with (page, pages); returning false stops the printing (Cancelled).
    using PageCallback = std::function<bool(int page, int pages)>;

    // Draws every page; returns how many, or an error when the device cannot be painted on.
    Result<int> print(QPagedPaintDevice &device, const PageCallback &onPage = {}) const;
    // A PDF file (fonts embedded, the title in its properties); written whole or not at all. Works
    // on any thread for a document without charts.
    Result<int> writePdf(const QString &path, QPageSize::PageSizeId pageSize, const PageCallback &onPage = {}) const;

private:
    const ReportDocument &m_document;
};

} // namespace pd::ui
