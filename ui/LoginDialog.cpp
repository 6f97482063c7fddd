#include "LoginDialog.h"

#include "IconSet.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

LoginDialog::LoginDialog(const IconSet &icons, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to Helpdesk"));
    setWindowIcon(icons.icon(QStringLiteral("life-buoy")));
    setMinimumWidth(420);

    auto *title = new QLabel(tr("Sign in"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Use your helpdesk account. Your session is kept in the system keychain."), this);
    subtitle->setWordWrap(true);
    subtitle->setProperty("muted", true);

    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("serverCombo"));
    m_server->addItem(icons.icon(QStringLiteral("server")), tr("Local demo server"));
    m_server->addItem(icons.icon(QStringLiteral("server")), tr("Supabase project…"));

    m_customFields = new QWidget(this);
    auto *customForm = new QFormLayout(m_customFields);
    customForm->setContentsMargins(0, 0, 0, 0);
    m_url = new QLineEdit(m_customFields);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://abcd.supabase.co"));
    m_anonKey = new QLineEdit(m_customFields);
    m_anonKey->setObjectName(QStringLiteral("anonKeyEdit"));
    m_anonKey->setPlaceholderText(tr("Project anon key"));
    customForm->addRow(tr("Project URL"), m_url);
    customForm->addRow(tr("Anon key"), m_anonKey);

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->addAction(icons.icon(QStringLiteral("mail")), QLineEdit::LeadingPosition);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->addAction(icons.icon(QStringLiteral("lock")), QLineEdit::LeadingPosition);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(4);
    m_progress->setVisible(false);

    m_signIn = new QPushButton(tr("Sign in"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    auto *cancel = new QPushButton(tr("Quit"), this);
    cancel->setObjectName(QStringLiteral("quitButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Server"), m_server);
    form->addRow(m_customFields);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Password"), m_password);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_signIn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_server, &QComboBox::currentIndexChanged, this, &LoginDialog::updateServerFields);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginDialog::submit);

    setProfile(ServerProfile::localDemoServer());
}

void LoginDialog::setProfile(const ServerProfile &profile)
{
    m_server->setCurrentIndex(profile.localDemo ? 0 : 1);
    if (!profile.localDemo) {
        m_url->setText(profile.url.toString());
        m_anonKey->setText(profile.anonKey);
    }
    updateServerFields();
}

ServerProfile LoginDialog::profile() const
{
    if (m_server->currentIndex() == 0) {
        return ServerProfile::localDemoServer();
    }
    ServerProfile profile;
    profile.url = QUrl::fromUserInput(m_url->text().trimmed());
    profile.anonKey = m_anonKey->text().trimmed();
    return profile;
}

void LoginDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    if (!email.isEmpty()) {
        m_password->setFocus();
    }
}

QString LoginDialog::email() const
{
    return m_email->text().trimmed();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_signIn->setEnabled(!busy);
    m_server->setEnabled(!busy);
    m_customFields->setEnabled(!busy);
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy) {
        m_error->hide();
    }
}

void LoginDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_password->setFocus();
    m_password->selectAll();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::updateServerFields()
{
    m_customFields->setVisible(m_server->currentIndex() == 1);
    adjustSize();
}

void LoginDialog::submit()
{
    if (m_busy) {
        return;
    }
    const ServerProfile server = profile();
    if (const QString problem = server.validationError(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    const QString address = email();
    if (!address.contains(QLatin1Char('@'))) {
        showError(tr("Enter the email address of your account."));
        m_email->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        return;
    }
    setBusy(true);
    emit signInRequested(server, address, m_password->text());
}

} // namespace helpdesk
