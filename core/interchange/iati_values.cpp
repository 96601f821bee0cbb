#include "iati_values.h"

#include "domain/project.h"
#include "reference/reference_data.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QtNumeric>

#include <algorithm>
#include <numeric>

namespace pd {

namespace {

// Digits of a decimal rounded half away from zero to `decimals` places, as an integer.
std::optional<qint64> scaled(const QString &text, int decimals, bool *rounded, bool *negative)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-]?)([0-9]*)(?:\\.([0-9]*))?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch() || (m.capturedLength(2) == 0 && m.capturedLength(3) == 0))
        return std::nullopt;
    QString whole = m.captured(2);
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    if (whole.size() > 15)
        return std::nullopt;
    const QString fraction = m.captured(3);
    qint64 value = whole.isEmpty() ? 0 : whole.toLongLong();
    // 15 whole digits fit, but not always with the decimals of the currency (CLF has 4): out of range.
    for (int i = 0; i < decimals; ++i) {
        const qint64 digit = i < fraction.size() ? fraction.at(i).digitValue() : 0;
        if (qMulOverflow(value, qint64(10), &value) || qAddOverflow(value, digit, &value))
            return std::nullopt;
    }
    const QString rest = fraction.mid(decimals);
    if (!rest.isEmpty() && rest.front().digitValue() >= 5 && qAddOverflow(value, qint64(1), &value))
        return std::nullopt;
    if (rounded)
        *rounded = std::any_of(rest.cbegin(), rest.cend(), [](QChar c) { return c != u'0'; });
    *negative = m.captured(1) == QLatin1String("-");
    return value;
}

// IATI 1.x codes and names that differ from 2.x's (IATI's 1.x to 2.01 migration), lower-case.
const QHash<QString, QHash<QString, QString>> &legacyCodes()
{
    static const QHash<QString, QHash<QString, QString>> codes{
        {QStringLiteral("ActivityDateType"),
            {{QStringLiteral("start-planned"), QStringLiteral("1")}, {QStringLiteral("start-actual"), QStringLiteral("2")},
                {QStringLiteral("end-planned"), QStringLiteral("3")}, {QStringLiteral("end-actual"), QStringLiteral("4")}}},
        {QStringLiteral("TransactionType"),
            {{QStringLiteral("if"), QStringLiteral("1")}, {QStringLiteral("c"), QStringLiteral("2")}, {QStringLiteral("d"), QStringLiteral("3")},
                {QStringLiteral("e"), QStringLiteral("4")}, {QStringLiteral("ir"), QStringLiteral("5")}, {QStringLiteral("lr"), QStringLiteral("6")},
                {QStringLiteral("r"), QStringLiteral("7")}, {QStringLiteral("qp"), QStringLiteral("8")}, {QStringLiteral("qs"), QStringLiteral("9")},
                {QStringLiteral("cg"), QStringLiteral("10")}, {QStringLiteral("commitment"), QStringLiteral("2")},
                {QStringLiteral("interest repayment"), QStringLiteral("5")}}},
    };
    return codes;
}

} // namespace

QString iatiCode(const QString &list, const QString &given, bool *mapped)
{
    if (mapped)
        *mapped = false;
    const QString text = given.trimmed();
    const ReferenceData &reference = ReferenceData::instance();
    if (text.isEmpty())
        return {};
    if (reference.code(list, text))
        return text;
    const QString key = text.toLower();
    QString code = legacyCodes().value(list).value(key);
    if (code.isEmpty()) {
        for (const CodeItem &item : reference.codelist(list)) {
            if (item.nameEn.toLower() == key) {
                code = item.code;
                break;
            }
        }
    }
    if (mapped)
        *mapped = !code.isEmpty();
    return code;
}

Result<Money> iatiAmount(const QString &text, const QString &currency, bool *rounded)
{
    bool negative = false;
    const auto value = scaled(text, minorUnitsOf(currency), rounded, &negative);
    if (!value)
        return Error::make(
            Error::Kind::InvalidArgument, QCoreApplication::translate("Iati", "value \"%1\" is not a decimal number").arg(text));
    return Money(negative ? -*value : *value, currency);
}

int iatiPercent(const QString &text)
{
    bool negative = false;
    const auto value = scaled(text, 2, nullptr, &negative);
    if (!value || (negative && *value != 0) || *value > kWholePercent)
        return -1;
    return int(*value);
}

QDate iatiDate(const QString &text)
{
    return QDate::fromString(text.trimmed().left(10), Qt::ISODate);
}

QList<int> fitToWhole(const QList<int> &shares)
{
    QList<int> out = shares;
    if (out.isEmpty())
        return out;
    qint64 given = 0;
    qsizetype missing = 0;
    for (int s : out) {
        if (s < 0)
            ++missing;
        else
            given += s;
    }
    if (missing > 0) {
        const qint64 left = std::max<qint64>(0, kWholePercent - given);
        qsizetype k = 0;
        for (int &s : out) {
            if (s < 0) {
                s = int(left / missing + (k < left % missing ? 1 : 0));
                ++k;
            }
        }
    }
    const qint64 total = std::accumulate(out.cbegin(), out.cend(), qint64(0));
    if (total == kWholePercent || total == 0)
        return total == 0 ? QList<int>(out.size(), 0) : out;
    // Largest remainder: floors first, then one more hundredth to the largest remainders (earlier first).
    QList<qint64> remainders(out.size());
    qint64 sum = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const qint64 numerator = qint64(out.at(i)) * kWholePercent;
        remainders[i] = numerator % total;
        out[i] = int(numerator / total);
        sum += out.at(i);
    }
    QList<qsizetype> order(out.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return remainders.at(a) > remainders.at(b); });
    for (qsizetype k = 0; sum < kWholePercent; ++k, ++sum)
        ++out[order.at(k % order.size())];
    return out;
}

} // namespace pd
