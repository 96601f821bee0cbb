#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QWidget;

namespace pd::ui {

class AppSettings;

// Language, dates, light or dark, reporting currency and the user's name for the change history. A new language takes effect at the next start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppSettings &settings, QWidget *parent = nullptr);
    void accept() override;

private:
    AppSettings &m_settings;
    QComboBox *m_language = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_dates = nullptr;
    QComboBox *m_scheme = nullptr;
};

// On the first interactive run: asks the user's name for the change history of portfolio files (on a
// team server the database login is recorded instead). Not asked when PROJECTDESK_USER is set.
void askUserNameOnFirstRun(QWidget *parent);

} // namespace pd::ui
