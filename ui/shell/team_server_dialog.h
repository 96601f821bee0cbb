#pragma once

#include "storage/server_address.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pd::ui {

// File > Connect to Team Server: where the team's portfolio is (host, port, database), who logs in
// (user, password) and how (TLS mode). "Remember the password" keeps it in the system keychain.
class TeamServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TeamServerDialog(QWidget *parent = nullptr);
    // Fills the fields from an address (a recent server, or one that refused the login).
    void setAddress(const ServerAddress &address);
    ServerAddress address() const; // with the password typed
    bool rememberPassword() const;
    void accept() override;

    QLineEdit *hostField() const { return m_host; }
    QLineEdit *passwordField() const { return m_password; }

private:
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QComboBox *m_tls = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace pd::ui
