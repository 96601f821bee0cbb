#include "spreadsheet_reading.h"

#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>

namespace pd::test {

CsvFile readCsv(const QString &path, QChar separator)
{
    QByteArray bytes = readFile(path);
    CsvFile csv;
    csv.bom = bytes.startsWith("\xEF\xBB\xBF");
    if (csv.bom)
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QStringList row;
    QString field;
    bool quoted = false;
    bool rowStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        rowStarted = true;
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            else
                csv.crlf = false;
            row << field;
            field.clear();
            csv.rows << row;
            row.clear();
            rowStarted = false;
        } else {
            field += c;
        }
    }
    if (rowStarted) { // a last line without its line end
        row << field;
        csv.rows << row;
        csv.crlf = false;
    }
    return csv;
}

QList<QStringList> libreOfficeRows(const QString &xlsxPath, const QString &workDir)
{
    QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("LibreOffice is needed to read the workbook back: install libreoffice-calc-nogui (scripts/deps.sh)");
    REQUIRE_FALSE(office.isEmpty());
    const QString profile = QDir(workDir).filePath(QStringLiteral("libreoffice-profile"));
    const QString outDir = QDir(workDir).filePath(QStringLiteral("libreoffice-out"));
    QDir().mkpath(outDir);
    QProcess process;
    // Field separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8), from line 1; the
    // 9th token false: values as stored (money as plain numbers), not as shown.
    process.start(office,
        {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(), QStringLiteral("--headless"),
            QStringLiteral("--convert-to"), QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false"),
            QStringLiteral("--outdir"), outDir, xlsxPath});
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(180000));
    INFO(QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    const QString csv = QDir(outDir).filePath(QFileInfo(xlsxPath).completeBaseName() + QStringLiteral(".csv"));
    REQUIRE(QFileInfo::exists(csv));
    return readCsv(csv).rows;
}

QByteArray unzipEntry(const QString &zipPath, const QString &entry)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zipPath, entry});
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(60000));
    INFO("unzip -p " << zipPath.toStdString() << ' ' << entry.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

QHash<QString, SheetCell> sheetCells(const QByteArray &sheetXml)
{
    QHash<QString, SheetCell> cells;
    QXmlStreamReader xml(sheetXml);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            current = xml.attributes().value(QLatin1String("r")).toString();
            cells[current]
                = {xml.attributes().value(QLatin1String("t")).toString(), xml.attributes().value(QLatin1String("s")).toString(), {}, false};
        } else if (xml.isStartElement() && !current.isEmpty() && (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t"))) {
            cells[current].value += xml.readElementText();
        } else if (xml.isStartElement() && !current.isEmpty() && xml.name() == QLatin1String("f")) {
            cells[current].formula = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            current.clear();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return cells;
}

QString sheetReference(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

} // namespace pd::test
