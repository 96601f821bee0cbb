#pragma once

#include "storage/database.h"
#include "test_support.h"

#include <QProcess>

// Helpers of the IATI tests: the copied IATI data, row counts, the schema check.
inline QString iatiData(const QString &relative)
{
    return QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/iati/") + relative;
}

namespace pd::test {

// count(*) of "table [WHERE ...]": the text is the test's own, never user input.
inline qint64 countRows(pd::Database &db, const char *tableAndCondition)
{
    auto r = db.execute(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(tableAndCondition));
    REQUIRE(r.ok());
    REQUIRE(r->next());
    return r->value(0).toLongLong();
}

// xmllint --schema with the IATI 2.03 activity schema; its messages on failure.
struct SchemaCheck
{
    bool valid = false;
    QString messages;
};
inline SchemaCheck validateIati(const QString &path)
{
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"),
        {QStringLiteral("--noout"), QStringLiteral("--schema"), iatiData(QStringLiteral("schema-2.03/iati-activities-schema.xsd")), path});
    if (!xmllint.waitForFinished(120000))
        return {false, QStringLiteral("xmllint did not run: ") + xmllint.errorString()};
    return {xmllint.exitStatus() == QProcess::NormalExit && xmllint.exitCode() == 0,
        QString::fromUtf8(xmllint.readAllStandardError()).left(4000)};
}

} // namespace pd::test
