#pragma once

#include "common/language.h"
#include "common/result.h"
#include "services/project_query.h"

#include <QDate>
#include <QPageSize>

#include <memory>
#include <optional>

namespace pd {
class Database;
}

namespace pd::ui {

class ReportDocument;

enum class ReportKind { Portfolio, Project, Deliveries, Finance };

// The most rows a report lists one by one (projects, shipments): beyond that a printed list helps
// nobody and its layout grows faster than its length. The totals always count every row.
inline constexpr int kMaxListedRows = 2000;

QString keyOf(ReportKind kind); // "portfolio", "project", "deliveries", "finance"
std::optional<ReportKind> reportKindFromKey(const QString &key);

// What the officer asks for: which report, in which language, on which paper, for what.
struct ReportRequest
{
    ReportKind kind = ReportKind::Portfolio;
    Language language = Language::English;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    ProjectFilter filter; // the projects of a portfolio or financial report; the deliveries' projects
    QDate from;           // the period; open ends when invalid (the portfolio report counts whole years)
    QDate to;
    QString projectCode;  // the project of a fact sheet
    QDate today = QDate::currentDate(); // "as of": overdue deliveries, the footer's date
};

// The report as a document, ready for ReportPrinter.
Result<std::unique_ptr<ReportDocument>> buildReport(Database &db, const ReportRequest &request);
// Puts the portfolio's name (or its file's) and the request's day on the document's pages.
Status labelReport(const Database &db, ReportDocument &document, const ReportRequest &request);
// Builds the report and writes it as a PDF file; returns the number of pages.
Result<int> writeReportPdf(Database &db, const ReportRequest &request, const QString &path);

} // namespace pd::ui
