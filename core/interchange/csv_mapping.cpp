// The fields each entity takes, with the header names they are recognised by, and mappings as JSON.
#include "csv_import.h"
#include "field_rules.h"
#include "import_fields.h"

#include "domain/enums.h"
#include "reference/reference_data.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

struct FieldSpec
{
    const char *key;
    const char *label;
    const char *aliases; // '|' between them
    bool required = false;
};

// The aliases are what spreadsheets of CICETE and its partners head columns with, in English and Chinese.
constexpr FieldSpec kProjects[] = {
    {"code", QT_TRANSLATE_NOOP("Import", "Project code"), "Project code|Project ID|Project No.|项目编号|项目代码|编号", true},
    {"title_en", QT_TRANSLATE_NOOP("Import", "Title (English)"), "Title|English title|Project title|英文名称|英文标题|项目名称(英文)"},
    {"title_zh", QT_TRANSLATE_NOOP("Import", "Title (Chinese)"), "Chinese title|项目名称|中文名称|中文标题|项目名称(中文)"},
    {"line", QT_TRANSLATE_NOOP("Import", "Business line"), "Business line|业务板块|业务类型|业务线", true},
    {"funding", QT_TRANSLATE_NOOP("Import", "Funding source"), "Funding source|资金来源"},
    {"status", QT_TRANSLATE_NOOP("Import", "Status"), "Activity status|状态|项目状态"},
    {"planned_start", QT_TRANSLATE_NOOP("Import", "Planned start"), "Start date|Start|计划开始|计划开始日期|开始日期"},
    {"planned_end", QT_TRANSLATE_NOOP("Import", "Planned end"), "End date|End|计划结束|计划结束日期|结束日期"},
    {"actual_start", QT_TRANSLATE_NOOP("Import", "Actual start"), "实际开始|实际开始日期"},
    {"actual_end", QT_TRANSLATE_NOOP("Import", "Actual end"), "实际结束|实际结束日期"},
    {"countries", QT_TRANSLATE_NOOP("Import", "Countries"), "Country|Recipient countries|国家|受援国"},
    {"sectors", QT_TRANSLATE_NOOP("Import", "Sectors"), "Sector|DAC sectors|领域|行业"},
    {"sdgs", QT_TRANSLATE_NOOP("Import", "SDGs"), "SDG|SDG goals|可持续发展目标"},
    {"officer", QT_TRANSLATE_NOOP("Import", "Officer"), "Project officer|负责人|项目官员"},
    {"description_en", QT_TRANSLATE_NOOP("Import", "Description (English)"), "Description|英文描述"},
    {"description_zh", QT_TRANSLATE_NOOP("Import", "Description (Chinese)"), "描述|中文描述|项目描述"},
    {"iati_identifier", QT_TRANSLATE_NOOP("Import", "IATI identifier"), "IATI ID|IATI标识"},
};

constexpr FieldSpec kPartners[] = {
    {"name_en", QT_TRANSLATE_NOOP("Import", "Name (English)"), "Name|English name|Partner|Organisation|Organization|英文名称"},
    {"name_zh", QT_TRANSLATE_NOOP("Import", "Name (Chinese)"), "Chinese name|名称|中文名称|机构名称|合作伙伴"},
    {"acronym", QT_TRANSLATE_NOOP("Import", "Acronym"), "Abbreviation|缩写|简称"},
    {"org_type", QT_TRANSLATE_NOOP("Import", "Organisation type"), "Type|Organization type|Org type|机构类型|类型"},
    {"iati_id", QT_TRANSLATE_NOOP("Import", "IATI identifier"), "IATI ID|IATI organisation identifier|IATI标识|IATI编号"},
    {"country", QT_TRANSLATE_NOOP("Import", "Country"), "国家"},
    {"network_member_since", QT_TRANSLATE_NOOP("Import", "Network member since"), "Member since|Network since|加入网络年份"},
};

constexpr FieldSpec kTransactions[] = {
    {"project", QT_TRANSLATE_NOOP("Import", "Project code"), "Project code|项目|项目编号|项目代码", true},
    {"type", QT_TRANSLATE_NOOP("Import", "Transaction type"), "Transaction type|交易类型|类型", true},
    {"date", QT_TRANSLATE_NOOP("Import", "Date"), "Transaction date|日期|交易日期", true},
    {"value_date", QT_TRANSLATE_NOOP("Import", "Value date"), "起息日|汇率日期"},
    {"amount", QT_TRANSLATE_NOOP("Import", "Amount"), "Value|金额", true},
    {"currency", QT_TRANSLATE_NOOP("Import", "Currency"), "币种|货币", true},
    {"provider", QT_TRANSLATE_NOOP("Import", "Provider"), "Provider organisation|From|付款方|提供方"},
    {"receiver", QT_TRANSLATE_NOOP("Import", "Receiver"), "Receiver organisation|To|收款方|接收方"},
    {"description", QT_TRANSLATE_NOOP("Import", "Description"), "Narrative|Details|描述|摘要|说明"},
    {"reference", QT_TRANSLATE_NOOP("Import", "Reference"), "Ref|Voucher|凭证号|参考号"},
};

constexpr FieldSpec kBudgetLines[] = {
    {"project", QT_TRANSLATE_NOOP("Import", "Project code"), "Project code|项目|项目编号|项目代码", true},
    {"period_start", QT_TRANSLATE_NOOP("Import", "Period start"), "Start|From|开始日期|期间开始", true},
    {"period_end", QT_TRANSLATE_NOOP("Import", "Period end"), "End|To|结束日期|期间结束", true},
    {"category", QT_TRANSLATE_NOOP("Import", "Category"), "Budget category|类别|预算类别"},
    {"amount", QT_TRANSLATE_NOOP("Import", "Amount"), "Value|金额", true},
    {"currency", QT_TRANSLATE_NOOP("Import", "Currency"), "币种|货币", true},
    {"type", QT_TRANSLATE_NOOP("Import", "Budget type"), "Budget type|预算类型|类型"},
    {"status", QT_TRANSLATE_NOOP("Import", "Budget status"), "Budget status|预算状态|状态"},
};

constexpr FieldSpec kDeliveries[] = {
    {"code", QT_TRANSLATE_NOOP("Import", "Delivery code"), "Delivery code|Delivery|发运编号|批次编号|编号", true},
    {"project", QT_TRANSLATE_NOOP("Import", "Project code"), "Project code|项目|项目编号|项目代码", true},
    {"destination", QT_TRANSLATE_NOOP("Import", "Destination country"), "Destination country|Country|目的国|国家", true},
    {"consignee", QT_TRANSLATE_NOOP("Import", "Consignee"), "收货人|收货方"},
    {"status", QT_TRANSLATE_NOOP("Import", "Status"), "状态"},
    {"planned_dispatch", QT_TRANSLATE_NOOP("Import", "Planned dispatch"), "Dispatch|计划发运|计划发运日期"},
    {"planned_arrival", QT_TRANSLATE_NOOP("Import", "Planned arrival"), "Arrival|计划到达|计划到港日期"},
    {"origin_port", QT_TRANSLATE_NOOP("Import", "Origin port"), "Port of loading|起运港|装货港"},
    {"destination_port", QT_TRANSLATE_NOOP("Import", "Destination port"), "Port of discharge|目的港|卸货港"},
    {"carrier", QT_TRANSLATE_NOOP("Import", "Carrier"), "承运人"},
    {"transport_document", QT_TRANSLATE_NOOP("Import", "Transport document"), "Bill of lading|B/L|AWB|提单号|运单号"},
    {"incoterm", QT_TRANSLATE_NOOP("Import", "Incoterm"), "Incoterms|贸易术语"},
    {"currency", QT_TRANSLATE_NOOP("Import", "Currency"), "币种|货币"},
};

constexpr FieldSpec kDeliveryItems[] = {
    {"delivery", QT_TRANSLATE_NOOP("Import", "Delivery code"), "Delivery code|发运编号|批次编号", true},
    {"description_en", QT_TRANSLATE_NOOP("Import", "Description (English)"), "Description|Item|英文品名"},
    {"description_zh", QT_TRANSLATE_NOOP("Import", "Description (Chinese)"), "品名|中文品名|物资名称"},
    {"category", QT_TRANSLATE_NOOP("Import", "Category"), "类别|物资类别", true},
    {"quantity", QT_TRANSLATE_NOOP("Import", "Quantity"), "Qty|数量", true},
    {"unit", QT_TRANSLATE_NOOP("Import", "Unit"), "单位", true},
    {"unit_value", QT_TRANSLATE_NOOP("Import", "Unit value"), "Unit price|Price|单价", true},
    {"gross_weight_kg", QT_TRANSLATE_NOOP("Import", "Gross weight (kg)"), "Gross weight|Weight|毛重|毛重(kg)|毛重(公斤)"},
};

constexpr FieldSpec kRates[] = {
    {"currency", QT_TRANSLATE_NOOP("Import", "Currency"), "币种|货币", true},
    {"date", QT_TRANSLATE_NOOP("Import", "Date"), "Valid from|From|日期|生效日期", true},
    {"rate", QT_TRANSLATE_NOOP("Import", "Rate"), "Exchange rate|汇率", true},
    {"source", QT_TRANSLATE_NOOP("Import", "Source"), "来源"},
};

struct EntityInfo
{
    ImportEntity entity;
    const char *key;
    const char *name;
};
constexpr EntityInfo kEntities[] = {
    {ImportEntity::Projects, "projects", QT_TRANSLATE_NOOP("Import", "Projects")},
    {ImportEntity::Partners, "partners", QT_TRANSLATE_NOOP("Import", "Partners")},
    {ImportEntity::Transactions, "transactions", QT_TRANSLATE_NOOP("Import", "Transactions")},
    {ImportEntity::BudgetLines, "budget-lines", QT_TRANSLATE_NOOP("Import", "Budget lines")},
    {ImportEntity::Deliveries, "deliveries", QT_TRANSLATE_NOOP("Import", "Deliveries")},
    {ImportEntity::DeliveryItems, "delivery-items", QT_TRANSLATE_NOOP("Import", "Delivery items")},
    {ImportEntity::ExchangeRates, "rates", QT_TRANSLATE_NOOP("Import", "Exchange rates")},
};

template <size_t N> QList<ImportField> fieldsOf(const FieldSpec (&specs)[N])
{
    QList<ImportField> list;
    for (const FieldSpec &s : specs) {
        list.append({QLatin1String(s.key), QCoreApplication::translate("Import", s.label),
            QString::fromUtf8(s.aliases).split(QLatin1Char('|')), s.required});
    }
    return list;
}

// The register exports' headers come first: an exported file maps by them exactly.
QList<ImportField> withRegisterHeaders(ImportEntity entity, QList<ImportField> fields)
{
    for (ImportField &f : fields)
        f.aliases = registerHeaders(entity, f.key) + f.aliases;
    return fields;
}

const EntityInfo &infoOf(ImportEntity entity)
{
    for (const EntityInfo &info : kEntities) {
        if (info.entity == entity)
            return info;
    }
    return kEntities[0];
}

} // namespace

QList<ImportEntity> allImportEntities()
{
    QList<ImportEntity> list;
    for (const EntityInfo &info : kEntities)
        list.append(info.entity);
    return list;
}

QString keyOf(ImportEntity entity)
{
    return QLatin1String(infoOf(entity).key);
}

std::optional<ImportEntity> importEntityFromKey(const QString &key)
{
    for (const EntityInfo &info : kEntities) {
        if (key == QLatin1String(info.key))
            return info.entity;
    }
    return std::nullopt;
}

QString nameOf(ImportEntity entity)
{
    return QCoreApplication::translate("Import", infoOf(entity).name);
}

QList<ImportField> importFields(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Projects: return withRegisterHeaders(entity, fieldsOf(kProjects));
    case ImportEntity::Partners: return withRegisterHeaders(entity, fieldsOf(kPartners));
    case ImportEntity::Transactions: return withRegisterHeaders(entity, fieldsOf(kTransactions));
    case ImportEntity::BudgetLines: return fieldsOf(kBudgetLines);
    case ImportEntity::Deliveries: return withRegisterHeaders(entity, fieldsOf(kDeliveries));
    case ImportEntity::DeliveryItems: return fieldsOf(kDeliveryItems);
    case ImportEntity::ExchangeRates: return fieldsOf(kRates);
    }
    return {};
}

QList<ImportChoice> importFieldChoices(ImportEntity entity, const QString &key, Language language)
{
    QList<ImportChoice> choices;
    auto codelist = [&](const QString &list) {
        for (const CodeItem &item : ReferenceData::instance().codelist(list)) {
            if (!item.withdrawn)
                choices.append({item.code, QStringLiteral("%1 – %2").arg(item.code, item.name(language))});
        }
    };
    if (entity == ImportEntity::Projects && key == QLatin1String("line")) {
        for (BusinessLine l : allBusinessLines())
            choices.append({keyOf(l), nameOf(l, language)});
    } else if (entity == ImportEntity::Projects && key == QLatin1String("funding")) {
        for (FundingSource f : allFundingSources())
            choices.append({keyOf(f), nameOf(f, language)});
    } else if (entity == ImportEntity::Projects && key == QLatin1String("status")) {
        for (ActivityStatus st : allActivityStatuses())
            choices.append({QString::number(int(st)), QStringLiteral("%1 – %2").arg(int(st)).arg(nameOf(st, language))});
    } else if (entity == ImportEntity::Transactions && key == QLatin1String("type")) {
        codelist(QStringLiteral("TransactionType"));
    } else if (entity == ImportEntity::Partners && key == QLatin1String("org_type")) {
        codelist(QStringLiteral("OrganisationType"));
    } else if (key == QLatin1String("currency")) {
        for (const QString &code : {QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("XDR")})
            choices.append({code, code});
    }
    return choices;
}

QList<QStringList> requiredAlternatives(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Projects: return {{QStringLiteral("title_en"), QStringLiteral("title_zh")}};
    case ImportEntity::Partners: return {{QStringLiteral("name_en"), QStringLiteral("name_zh")}};
    case ImportEntity::DeliveryItems: return {{QStringLiteral("description_en"), QStringLiteral("description_zh")}};
    default: return {};
    }
}

QString normalisedHeader(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('*') || c == QChar(0xFEFF))
            continue;
        if (c == QChar(0xFF08)) // full-width parentheses, as Chinese spreadsheets write them
            c = QLatin1Char('(');
        else if (c == QChar(0xFF09))
            c = QLatin1Char(')');
        out.append(c.toCaseFolded());
    }
    return out;
}

CsvMapping autoMapping(ImportEntity entity, const QStringList &header)
{
    CsvMapping mapping;
    mapping.entity = entity;
    QList<QString> normalised;
    for (const QString &h : header)
        normalised.append(normalisedHeader(h));
    QList<bool> used(header.size(), false);
    // The field keys first ("amount" heads the amount), then the aliases, field by field.
    const QList<ImportField> fields = importFields(entity);
    for (int pass = 0; pass < 2; ++pass) {
        for (const ImportField &field : fields) {
            if (mapping.columns.contains(field.key))
                continue;
            QStringList names{field.key};
            if (pass == 1)
                names = field.aliases;
            for (const QString &name : names) {
                const qsizetype at = normalised.indexOf(normalisedHeader(name));
                if (at >= 0 && !used[at]) {
                    mapping.columns.insert(field.key, header.at(at));
                    used[at] = true;
                    break;
                }
            }
        }
    }
    return mapping;
}

QByteArray mappingToJson(const CsvMapping &mapping)
{
    QJsonObject columns;
    QStringList keys = mapping.columns.keys();
    for (auto it = mapping.rules.cbegin(); it != mapping.rules.cend(); ++it) {
        if (!keys.contains(it.key()))
            keys.append(it.key());
    }
    for (const QString &key : std::as_const(keys)) {
        const FieldRule rule = mapping.rules.value(key);
        const QString header = mapping.columns.value(key);
        if (rule.isEmpty()) {
            columns.insert(key, header);
            continue;
        }
        QJsonObject object;
        if (rule.constant) {
            object.insert(QStringLiteral("value"), *rule.constant);
        } else {
            object.insert(QStringLiteral("column"), header);
            if (!rule.lookup.isEmpty()) {
                QJsonObject values;
                for (const auto &[from, to] : rule.lookup)
                    values.insert(from, to);
                object.insert(QStringLiteral("values"), values);
            }
            if (!rule.format.isEmpty())
                object.insert(QStringLiteral("format"), rule.format);
            if (rule.sum)
                object.insert(QStringLiteral("sum"), true);
        }
        columns.insert(key, object);
    }
    QJsonObject root{{QStringLiteral("entity"), keyOf(mapping.entity)}, {QStringLiteral("columns"), columns}};
    if (!mapping.dialect.encoding.isEmpty())
        root.insert(QStringLiteral("encoding"), mapping.dialect.encoding);
    if (!mapping.dialect.separator.isNull())
        root.insert(QStringLiteral("separator"), QString(mapping.dialect.separator));
    if (!mapping.groupBy.isEmpty())
        root.insert(QStringLiteral("group_by"), QJsonArray::fromStringList(mapping.groupBy));
    if (mapping.onInvalid == OnInvalid::Skip)
        root.insert(QStringLiteral("on_invalid"), QStringLiteral("skip"));
    if (!mapping.sheet.isEmpty()) {
        bool isIndex = false;
        const int index = mapping.sheet.toInt(&isIndex);
        root.insert(QStringLiteral("sheet"), isIndex ? QJsonValue(index) : QJsonValue(mapping.sheet));
    }
    if (mapping.headerRow > 0)
        root.insert(QStringLiteral("header_row"), mapping.headerRow);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

// One field's entry of "columns": a header, or an object of value / column, values, format, sum.
QString readField(const QString &key, const QJsonValue &value, QString &header, FieldRule &rule)
{
    if (value.isString()) {
        header = value.toString();
        return {};
    }
    if (!value.isObject())
        return QCoreApplication::translate("Import", "\"%1\" is neither a header nor an object").arg(key);
    const QJsonObject o = value.toObject();
    static const QStringList known{QStringLiteral("value"), QStringLiteral("column"), QStringLiteral("values"), QStringLiteral("format"), QStringLiteral("sum")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return QCoreApplication::translate("Import", "\"%1\" has an unknown key \"%2\" (value, column, values, format, sum)").arg(key, it.key());
    }
    if (o.contains(QStringLiteral("value"))) {
        const QJsonValue constant = o.value(QStringLiteral("value"));
        if (o.size() > 1)
            return QCoreApplication::translate("Import", "\"%1\": a \"value\" stands alone").arg(key);
        if (constant.isDouble())
            rule.constant = QString::number(constant.toDouble(), 'g', 15);
        else if (constant.isString())
            rule.constant = constant.toString();
        else
            return QCoreApplication::translate("Import", "\"%1\": the value is not a string or a number").arg(key);
        return {};
    }
    if (!o.value(QStringLiteral("column")).isString() || o.value(QStringLiteral("column")).toString().isEmpty())
        return QCoreApplication::translate("Import", "\"%1\" has neither \"value\" nor \"column\"").arg(key);
    header = o.value(QStringLiteral("column")).toString();
    if (o.contains(QStringLiteral("values"))) {
        if (!o.value(QStringLiteral("values")).isObject())
            return QCoreApplication::translate("Import", "\"%1\": \"values\" is not an object of source values and values").arg(key);
        const QJsonObject values = o.value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (!it.value().isString() && !it.value().isDouble())
                return QCoreApplication::translate("Import", "\"%1\": the value for \"%2\" is not a string").arg(key, it.key());
            rule.lookup.append({it.key(), it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble(), 'g', 15)});
        }
    }
    if (o.contains(QStringLiteral("format"))) {
        rule.format = o.value(QStringLiteral("format")).toString();
        if (rule.format.isEmpty())
            return QCoreApplication::translate("Import", "\"%1\": the format is not a string").arg(key);
        if (const QString why = formatProblem(rule.format); !why.isEmpty())
            return QStringLiteral("\"%1\": %2").arg(key, why);
    }
    if (o.contains(QStringLiteral("sum"))) {
        if (!o.value(QStringLiteral("sum")).isBool())
            return QCoreApplication::translate("Import", "\"%1\": \"sum\" is true or false").arg(key);
        rule.sum = o.value(QStringLiteral("sum")).toBool();
    }
    return {};
}

} // namespace

Result<CsvMapping> mappingFromJson(const QByteArray &json)
{
    auto invalid = [](const QString &why) {
        return Error::make(Error::Kind::InvalidArgument, QCoreApplication::translate("Import", "not a column mapping: %1").arg(why));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(parseError.errorString());
    if (!doc.isObject())
        return invalid(QCoreApplication::translate("Import", "the JSON is not an object"));
    const QJsonObject root = doc.object();
    static const QStringList knownKeys{QStringLiteral("entity"), QStringLiteral("columns"), QStringLiteral("encoding"), QStringLiteral("separator"),
        QStringLiteral("group_by"), QStringLiteral("on_invalid"), QStringLiteral("sheet"), QStringLiteral("header_row")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            return invalid(QCoreApplication::translate("Import", "unknown key \"%1\" (%2)").arg(it.key(), knownKeys.join(QStringLiteral(", "))));
    }
    const QString entityKey = root.value(QStringLiteral("entity")).toString();
    const auto entity = importEntityFromKey(entityKey);
    if (!entity)
        return invalid(QCoreApplication::translate("Import", "unknown entity \"%1\"").arg(entityKey));
    CsvMapping mapping;
    mapping.entity = *entity;
    const QJsonValue columns = root.value(QStringLiteral("columns"));
    if (!columns.isObject())
        return invalid(QCoreApplication::translate("Import", "\"columns\" is not an object of field keys and headers"));
    QStringList known;
    for (const ImportField &f : importFields(*entity))
        known.append(f.key);
    const QJsonObject object = columns.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(QCoreApplication::translate("Import", "%1 has no field \"%2\"").arg(entityKey, it.key()));
        QString header;
        FieldRule rule;
        if (const QString why = readField(it.key(), it.value(), header, rule); !why.isEmpty())
            return invalid(why);
        if (!header.isEmpty() || !rule.constant)
            mapping.columns.insert(it.key(), header);
        if (!rule.isEmpty())
            mapping.rules.insert(it.key(), rule);
    }
    mapping.dialect.encoding = root.value(QStringLiteral("encoding")).toString();
    const QString separator = root.value(QStringLiteral("separator")).toString();
    if (separator.size() > 1 || (separator.size() == 1 && !QStringLiteral(",;\t").contains(separator)))
        return invalid(QCoreApplication::translate("Import", "the separator \"%1\" is not a comma, semicolon or tab").arg(separator));
    if (separator.size() == 1)
        mapping.dialect.separator = separator.at(0);
    if (root.contains(QStringLiteral("group_by"))) {
        const QJsonValue groupBy = root.value(QStringLiteral("group_by"));
        const QJsonArray list = groupBy.isArray() ? groupBy.toArray() : QJsonArray();
        for (const QJsonValue &v : list) {
            if (!v.isString() || v.toString().isEmpty())
                return invalid(QCoreApplication::translate("Import", "\"group_by\" is not a list of headers"));
            mapping.groupBy.append(v.toString());
        }
        if (!groupBy.isArray())
            return invalid(QCoreApplication::translate("Import", "\"group_by\" is not a list of headers"));
    }
    if (root.contains(QStringLiteral("on_invalid"))) {
        const QString onInvalid = root.value(QStringLiteral("on_invalid")).toString();
        const auto read = onInvalidFromKey(onInvalid);
        if (!read)
            return invalid(QCoreApplication::translate("Import", "\"on_invalid\" is \"stop\" or \"skip\", not \"%1\"").arg(onInvalid));
        mapping.onInvalid = *read;
    }
    if (root.contains(QStringLiteral("sheet"))) {
        const QJsonValue sheet = root.value(QStringLiteral("sheet"));
        if (sheet.isDouble() && sheet.toInt() >= 1)
            mapping.sheet = QString::number(sheet.toInt());
        else if (sheet.isString() && !sheet.toString().isEmpty())
            mapping.sheet = sheet.toString();
        else
            return invalid(QCoreApplication::translate("Import", "\"sheet\" is a sheet's name or its number from 1"));
    }
    if (root.contains(QStringLiteral("header_row"))) {
        const QJsonValue row = root.value(QStringLiteral("header_row"));
        if (!row.isDouble() || row.toInt() < 1 || row.toDouble() != double(row.toInt()))
            return invalid(QCoreApplication::translate("Import", "\"header_row\" is a line number from 1"));
        mapping.headerRow = row.toInt();
    }
    return mapping;
}

std::optional<OnInvalid> onInvalidFromKey(const QString &key)
{
    if (key == QLatin1String("stop"))
        return OnInvalid::Stop;
    if (key == QLatin1String("skip"))
        return OnInvalid::Skip;
    return std::nullopt;
}

} // namespace pd
