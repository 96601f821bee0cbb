#include "packing_list.h"

#include "common/quoted_value.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd {

namespace {

enum Column { DescriptionEn, DescriptionZh, Category, Quantity, Unit, UnitValue, Weight, ColumnCount };

const char *const kFieldKeys[ColumnCount]
    = {"description_en", "description_zh", "category", "quantity", "unit", "unit_value", "gross_weight"};

// Header names per column, compared in lower case without spaces, brackets or units.
const QStringList &headerNames(int column)
{
    static const QList<QStringList> names{
        {QStringLiteral("descriptionen"), QStringLiteral("description"), QStringLiteral("descriptionenglish"), QStringLiteral("item"),
            QStringLiteral("goods"), QStringLiteral("英文名称"), QStringLiteral("英文描述")},
        {QStringLiteral("descriptionzh"), QStringLiteral("descriptionchinese"), QStringLiteral("品名"), QStringLiteral("货物名称"),
            QStringLiteral("物资名称"), QStringLiteral("中文名称"), QStringLiteral("描述"), QStringLiteral("名称")},
        {QStringLiteral("category"), QStringLiteral("类别"), QStringLiteral("类型"), QStringLiteral("分类")},
        {QStringLiteral("quantity"), QStringLiteral("qty"), QStringLiteral("数量")},
        {QStringLiteral("unit"), QStringLiteral("单位")},
        {QStringLiteral("unitvalue"), QStringLiteral("unitprice"), QStringLiteral("price"), QStringLiteral("单价")},
        {QStringLiteral("grossweight"), QStringLiteral("grossweightkg"), QStringLiteral("weight"), QStringLiteral("weightkg"),
            QStringLiteral("毛重"), QStringLiteral("毛重公斤"), QStringLiteral("毛重kg"), QStringLiteral("重量")},
    };
    return names.at(column);
}

QString headerKey(QString text)
{
    text = text.toLower();
    static const QRegularExpression noise(QStringLiteral("[\\s()（）_\\-/.:：]"));
    text.remove(noise);
    return text;
}

std::optional<ItemCategory> categoryFrom(const QString &text)
{
    const QString t = text.trimmed();
    if (const auto byKey = itemCategoryFromKey(t.toLower()))
        return byKey;
    for (ItemCategory c : allItemCategories()) {
        if (t.compare(nameOf(c, Language::English), Qt::CaseInsensitive) == 0 || t == nameOf(c, Language::Chinese))
            return c;
    }
    return std::nullopt;
}

// Cells of one line; a cell in double quotes may hold the separator ("1,600.00") and doubled quotes.
QStringList splitCells(const QString &line, QChar separator)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"' && cell.trimmed().isEmpty()) {
            quoted = true;
            cell.clear();
        } else if (c == separator) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell.trimmed();
    return cells;
}

QString digitsOnly(QString text)
{
    for (const QChar c : {QChar(u','), QChar(u' '), QChar(0x00a0), QChar(0xff0c)})
        text.remove(c);
    return text.trimmed();
}

} // namespace

Result<QList<DeliveryItem>> parsePackingList(const QString &text, const QString &currency)
{
    QList<DeliveryItem> items;
    QList<FieldError> errors;
    int columns[ColumnCount] = {DescriptionEn, DescriptionZh, Category, Quantity, Unit, UnitValue, Weight};
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r\\n|\\n|\\r")));
    bool first = true;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        line.remove(QChar(0xFEFF));
        if (line.trimmed().isEmpty())
            continue;
        const QChar separator = line.contains(u'\t') ? u'\t' : line.contains(u';') ? u';' : u',';
        const QStringList cells = splitCells(line, separator);
        if (first) {
            first = false;
            // A header row: any cell naming a known column.
            int found = 0;
            int byName[ColumnCount];
            std::fill(std::begin(byName), std::end(byName), -1);
            for (int c = 0; c < cells.size(); ++c) {
                const QString key = headerKey(cells.at(c));
                for (int column = 0; column < ColumnCount; ++column) {
                    if (byName[column] < 0 && headerNames(column).contains(key)) {
                        byName[column] = c;
                        ++found;
                        break;
                    }
                }
            }
            if (found > 0) {
                std::copy(std::begin(byName), std::end(byName), std::begin(columns));
                if (columns[Quantity] < 0)
                    errors.append({QCoreApplication::translate("PackingList", "line %1").arg(i + 1),
                        QCoreApplication::translate("PackingList", "the header names no quantity column")});
                continue;
            }
        }
        const QString where = QCoreApplication::translate("PackingList", "line %1").arg(i + 1);
        const auto cell = [&](Column c) { return columns[c] >= 0 ? cells.value(columns[c]) : QString(); };
        const auto fail = [&](Column c, const QString &message) {
            errors.append({QStringLiteral("%1, %2").arg(where, QLatin1String(kFieldKeys[c])), message});
        };
        DeliveryItem item;
        item.descriptionEn = cell(DescriptionEn);
        item.descriptionZh = cell(DescriptionZh);
        if (item.descriptionEn.isEmpty() && item.descriptionZh.isEmpty())
            fail(DescriptionEn, QCoreApplication::translate("PackingList", "a description in English or Chinese is required"));
        if (const QString c = cell(Category); c.isEmpty()) {
            item.category = ItemCategory::Other;
        } else if (const auto category = categoryFrom(c)) {
            item.category = *category;
        } else {
            fail(Category, QCoreApplication::translate("PackingList", "unknown category \"%1\"").arg(quotedValue(c)));
        }
        if (const auto quantity = parseThousandths(cell(Quantity)); quantity && *quantity > 0)
            item.quantityMilli = *quantity;
        else
            fail(Quantity,
                QCoreApplication::translate("PackingList", "\"%1\" is not a quantity above 0 with at most 3 decimals").arg(quotedValue(cell(Quantity))));
        item.unit = cell(Unit);
        if (item.unit.isEmpty())
            fail(Unit, QCoreApplication::translate("PackingList", "a unit is required"));
        const QString value = digitsOnly(cell(UnitValue));
        if (value.isEmpty()) {
            item.unitValue = Money::zero(currency);
        } else if (auto money = Money::fromDecimal(value, currency); money && !money->isNegative()) {
            item.unitValue = money.value();
        } else {
            fail(UnitValue, QCoreApplication::translate("PackingList", "\"%1\" is not an amount in %2").arg(quotedValue(cell(UnitValue)), currency));
        }
        if (const QString weight = cell(Weight); !weight.isEmpty()) {
            if (const auto grams = parseThousandths(weight))
                item.grossWeightGrams = *grams;
            else
                fail(Weight,
                    QCoreApplication::translate("PackingList", "\"%1\" is not a weight in kilograms with at most 3 decimals").arg(quotedValue(weight)));
        }
        items.append(item);
    }
    if (!errors.isEmpty())
        return Error::validation(errors, QCoreApplication::translate("PackingList", "pasted packing list"));
    if (items.isEmpty())
        return Error::make(Error::Kind::InvalidArgument, QCoreApplication::translate("PackingList", "there are no rows to paste"));
    return items;
}

QString packingListText(const QList<DeliveryItem> &items, Language language)
{
    const bool zh = language == Language::Chinese;
    QStringList lines{zh ? QStringLiteral("英文描述\t品名\t类别\t数量\t单位\t单价\t毛重（公斤）")
                         : QStringLiteral("Description (en)\tDescription (zh)\tCategory\tQuantity\tUnit\tUnit value\tGross weight (kg)")};
    for (const DeliveryItem &item : items) {
        lines << QStringList{item.descriptionEn, item.descriptionZh, nameOf(item.category, language),
            thousandthsToText(item.quantityMilli, QLocale::c()), item.unit, item.unitValue.toDecimalString(),
            thousandthsToText(item.grossWeightGrams, QLocale::c())}
                     .join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace pd
