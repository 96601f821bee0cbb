#pragma once

#include "common/language.h"

#include <QDialog>

namespace pd {
class Portfolio;
}

namespace pd::ui {

// A partner's page: who it is, and the projects it plays a role in.
class PartnerPage final : public QDialog
{
    Q_OBJECT

public:
    PartnerPage(Portfolio &portfolio, qint64 partnerId, Language language, QWidget *parent = nullptr);

Q_SIGNALS:
    void openProjectRequested(qint64 projectId);
};

} // namespace pd::ui
