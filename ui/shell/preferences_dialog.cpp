#include "preferences_dialog.h"

#include "app_settings.h"
#include "color_scheme.h"
#include "date_format.h"
#include "common/language.h"
#include "reference/reference_data.h"
#include "services/audit_log.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QMessageBox>

namespace pd::ui {

PreferencesDialog::PreferencesDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_dates(new QComboBox(this))
    , m_scheme(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    const Language language = languageOf(QLocale());
    for (const char *code : {"USD", "CNY"}) {
        const CurrencyInfo *c = ReferenceData::instance().currency(QLatin1String(code));
        m_currency->addItem(QStringLiteral("%1 %2").arg(c->code, c->name(language)), c->code);
    }
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(settings.reportingCurrency())));

    for (const DateFormat::Choice &choice : DateFormat::choices())
        m_dates->addItem(choice.label, choice.style);
    m_dates->setCurrentIndex(std::max(0, m_dates->findData(settings.dateStyle())));

    m_scheme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_scheme->addItem(tr("Light"), QStringLiteral("light"));
    m_scheme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(settings.colorScheme())));

    m_language->setObjectName(QStringLiteral("language"));
    m_dates->setObjectName(QStringLiteral("dates"));
    m_scheme->setObjectName(QStringLiteral("appearance"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_name->setObjectName(QStringLiteral("userName"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("&Dates"), m_dates);
    form->addRow(tr("&Appearance"), m_scheme);
    form->addRow(tr("&Reporting currency of new portfolios"), m_currency);
    m_name->setText(AuditLog::savedUserName());
    m_name->setPlaceholderText(AuditLog::localActor());
    form->addRow(tr("Your &name in the change history"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setReportingCurrency(m_currency->currentData().toString());
    const QString dates = m_dates->currentData().toString();
    m_settings.setDateStyle(dates);
    if (dates != DateFormat::style()) {
        DateFormat::setStyle(dates);
        for (QWidget *window : QApplication::topLevelWidgets())
            window->update(); // registers and lists write their dates anew as they are drawn
    }
    const QString scheme = m_scheme->currentData().toString();
    if (scheme != m_settings.colorScheme()) {
        m_settings.setColorScheme(scheme);
        ColorScheme::apply(scheme); // at once, every window
    }
    if (!m_name->text().trimmed().isEmpty())
        AuditLog::saveUserName(m_name->text());
    if (languageChanged)
        QMessageBox::information(this, tr("Preferences"), tr("The new language is used from the next start of ProjectDesk."));
    QDialog::accept();
}

void askUserNameOnFirstRun(QWidget *parent)
{
    if (!AuditLog::savedUserName().isEmpty() || !qEnvironmentVariableIsEmpty("PROJECTDESK_USER"))
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(parent, PreferencesDialog::tr("Your Name"),
        PreferencesDialog::tr("ProjectDesk records who changes what in each portfolio's history. Under which name should your changes "
                              "appear? (On a team server your login is used.)"),
        QLineEdit::Normal, AuditLog::localActor(), &ok);
    // Asked once: a cancelled question keeps the computer's login name, changeable in Preferences.
    AuditLog::saveUserName(ok && !name.trimmed().isEmpty() ? name : AuditLog::localActor());
}

} // namespace pd::ui
