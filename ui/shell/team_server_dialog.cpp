#include "team_server_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::ui {

TeamServerDialog::TeamServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
    , m_tls(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Connect to Team Server"));
    setObjectName(QStringLiteral("teamServerDialog"));
    m_host->setPlaceholderText(tr("e.g. projectdesk.cicete.org.cn"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("e.g. cicete"));
    m_user->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_password->setEchoMode(QLineEdit::Password);
    m_tls->addItem(tr("Use TLS when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Require TLS"), QStringLiteral("require"));
    m_tls->addItem(tr("Require TLS and check the server's certificate"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("No TLS (a trusted local network only)"), QStringLiteral("disable"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_message->hide();

    auto *intro = new QLabel(tr("A team server holds one portfolio for the whole office. Your administrator gives you its "
                                "address, the database and your login."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Encryption"), m_tls);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void TeamServerDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_password->setText(address.password);
    const int tls = m_tls->findData(address.sslMode.isEmpty() ? QStringLiteral("prefer") : address.sslMode);
    if (tls >= 0)
        m_tls->setCurrentIndex(tls);
}

ServerAddress TeamServerDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.password = m_password->text();
    const QString tls = m_tls->currentData().toString();
    a.sslMode = tls == QLatin1String("prefer") ? QString() : tls;
    return a;
}

bool TeamServerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void TeamServerDialog::accept()
{
    QString missing;
    if (m_host->text().trimmed().isEmpty())
        missing = tr("Enter the server's name or address.");
    else if (m_database->text().trimmed().isEmpty())
        missing = tr("Enter the database of the team's portfolio.");
    else if (m_user->text().trimmed().isEmpty())
        missing = tr("Enter your login.");
    if (!missing.isEmpty()) {
        m_message->setText(missing);
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace pd::ui
