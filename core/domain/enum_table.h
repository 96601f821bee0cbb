#pragma once

#include "enums.h"

#include <optional>

// Look-ups over the constexpr EnumInfo tables the domain's enums are described by.
namespace pd::enum_table {

template <typename E, size_t N> const EnumInfo<E> *find(const EnumInfo<E> (&table)[N], E value)
{
    for (const auto &info : table) {
        if (info.value == value)
            return &info;
    }
    return nullptr;
}

template <typename E, size_t N> std::optional<E> fromKey(const EnumInfo<E> (&table)[N], const QString &key)
{
    for (const auto &info : table) {
        if (key == QLatin1String(info.key))
            return info.value;
    }
    return std::nullopt;
}

template <typename E, size_t N> QList<E> values(const EnumInfo<E> (&table)[N])
{
    QList<E> list;
    for (const auto &info : table)
        list.append(info.value);
    return list;
}

template <typename E> QString nameIn(const EnumInfo<E> *info, Language language)
{
    if (!info)
        return {};
    return language == Language::Chinese ? QString::fromUtf8(info->nameZh) : QString::fromUtf8(info->nameEn);
}

} // namespace pd::enum_table
