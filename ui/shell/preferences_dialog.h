#pragma once

#include <QDialog>

class QComboBox;

namespace pd::ui {

class AppSettings;

// Language and reporting currency. A new language takes effect at the next start.
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
};

} // namespace pd::ui
