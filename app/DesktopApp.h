#pragma once

#include "ui/ServerProfile.h"

#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>

namespace helpdesk {

class Clock;
class IconSet;
class LoginDialog;
class SecretStore;
class ServerConnection;
class SignInFlow;
class Theme;
class UserWorkspace;
class Workbench;

// The application's life: restore or ask for a session, open the user's workspace, show the desk; sign
// out back to the sign-in dialog. Owns what main() creates and passes it down (no singletons).
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString screenshotFile; // save the main window after sign-in and the first sync, then quit
        QString demoEmail;      // sign in at once with these credentials (the demo)
        QString demoPassword;
    };

    DesktopApp(Options options, SecretStore &secrets, const Clock &clock, Theme &theme, const IconSet &icons,
               QObject *parent = nullptr);
    ~DesktopApp() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void showLogin(const QString &error = {});
    void openWorkspace();
    void showWorkbench();
    void signOut();
    void takeScreenshot();
    void showSecretWarning();

    Options m_options;
    SecretStore &m_secrets;
    const Clock &m_clock;
    Theme &m_theme;
    const IconSet &m_icons;
    QSettings m_settings;
    ServerProfile m_profile;
    std::unique_ptr<SignInFlow> m_flow;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<UserWorkspace> m_workspace;
    std::unique_ptr<Workbench> m_workbench;
    bool m_screenshotTaken = false;
    QString m_secretWarning;
};

} // namespace helpdesk
