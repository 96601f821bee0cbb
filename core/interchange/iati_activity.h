#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace pd {

// An IATI activity as read from the file, before any mapping: text as it stands, so that what is
// unsound can be reported with the line it was found on.

// Narratives of one element by language: zh, en (or the activity's default language when it is
// one of those), and the others as (language, text) in file order.
struct IatiNarratives
{
    QString en;
    QString zh;
    QList<QPair<QString, QString>> others;
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty() && others.isEmpty(); }
    // The English text, else the first text in another language, else the Chinese one.
    QString anyEnglishOrOther() const { return !en.isEmpty() ? en : !others.isEmpty() ? others.first().second : QString(); }
};

struct IatiOrg
{
    qint64 line = 0;
    QString ref;
    QString type;
    QString role;
    IatiNarratives name;
};

struct IatiValue
{
    QString text;
    QString currency;
    QString valueDate;
};

struct IatiTransactionIn
{
    qint64 line = 0;
    QString ref;
    QString type; // transaction-type/@code, else the element's text; empty when neither
    bool typeInText = false; // the type was the element's text, not its code
    QString date;
    IatiValue value;
    bool hasValue = false;
    IatiNarratives description;
    IatiOrg provider;
    IatiOrg receiver;
};

struct IatiBudgetIn
{
    qint64 line = 0;
    QString type;
    QString status;
    QString periodStart;
    QString periodEnd;
    IatiValue value;
    bool hasValue = false;
};

// A recipient-country or sector with its percentage as written.
struct IatiShare
{
    qint64 line = 0;
    QString code;
    QString vocabulary;
    QString percentage; // empty when not given
};

struct IatiTag
{
    qint64 line = 0;
    QString code;
    QString vocabulary;
};

struct IatiActivityIn
{
    qint64 line = 0;
    QString identifier;
    QString defaultCurrency;
    QString reportingOrgRef;
    IatiNarratives title;
    QList<IatiNarratives> descriptions;
    QString status;
    qint64 statusLine = 0;
    QList<QPair<QString, QString>> dates; // (type, iso-date)
    QList<IatiOrg> orgs;
    QList<IatiShare> countries;
    QList<IatiShare> sectors;
    QList<IatiTag> tags;
    QList<IatiBudgetIn> budgets;
    QList<IatiTransactionIn> transactions;
};

} // namespace pd
