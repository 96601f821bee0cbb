#pragma once

#include "common/language.h"
#include "shell/register_page.h"

class QCheckBox;
class QComboBox;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class PartnerTableModel;

// The partners register: type, country, IATI identifier, network membership, number of projects.
class PartnersPage final : public RegisterPage
{
    Q_OBJECT

public:
    explicit PartnersPage(Language language, QWidget *parent = nullptr);

    void setPortfolio(Portfolio *portfolio);
    PartnerTableModel *model() const { return m_model; }
    qint64 currentPartnerId() const;
    QCheckBox *networkOnlyBox() const { return m_networkOnly; }
    // Shows the partners of one IATI organisation type (0: any).
    void setOrgType(int type);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openPartnerRequested(qint64 partnerId);
    void errorOccurred(const QString &message);

private:
    void applyQuery();

    Language m_language;
    Portfolio *m_portfolio = nullptr;
    PartnerTableModel *m_model = nullptr;
    QCheckBox *m_networkOnly = nullptr;
    QComboBox *m_orgType = nullptr;
};

} // namespace pd::ui
