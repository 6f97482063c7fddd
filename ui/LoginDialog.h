#pragma once

#include "ServerProfile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace helpdesk {

class IconSet;

// Email + password sign-in to a server profile. The dialog only collects and validates input and shows
// progress and errors; whoever owns it performs the sign-in (signInRequested) and answers with
// showError() or accept().
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(const IconSet &icons, QWidget *parent = nullptr);

    void setProfile(const ServerProfile &profile);
    ServerProfile profile() const;
    void setEmail(const QString &email);
    QString email() const;

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const QString &message);
    QString errorText() const;

signals:
    void signInRequested(const helpdesk::ServerProfile &profile, const QString &email, const QString &password);

private:
    void submit();
    void updateServerFields();

    QComboBox *m_server = nullptr;
    QWidget *m_customFields = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_anonKey = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_busy = false;
};

} // namespace helpdesk
