#include "DesktopApp.h"

#include "ui/Desk.h"
#include "ui/LoginDialog.h"
#include "ui/ServerConnection.h"
#include "ui/SignInFlow.h"
#include "ui/TicketQueueModel.h"
#include "ui/TicketQueueView.h"
#include "ui/UserWorkspace.h"
#include "ui/Workbench.h"

#include "supabase/SecretStore.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace helpdesk {

DesktopApp::DesktopApp(Options options, SecretStore &secrets, const Clock &clock, Theme &theme,
                       const IconSet &icons, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(secrets)
    , m_clock(clock)
    , m_theme(theme)
    , m_icons(icons)
    , m_flow(std::make_unique<SignInFlow>(secrets, clock))
{
    m_profile = ServerProfile::load(m_settings);
    connect(m_flow.get(), &SignInFlow::signedIn, this, &DesktopApp::openWorkspace);
    connect(m_flow.get(), &SignInFlow::needsCredentials, this, [this] { showLogin(); });
    connect(m_flow.get(), &SignInFlow::failed, this, &DesktopApp::showLogin);
    // No keychain backend: the session is kept in memory only, and the person should know why they will
    // be asked to sign in again next time.
    connect(&m_secrets, &SecretStore::warning, this, [this](const QString &message) {
        m_secretWarning = message;
        showSecretWarning();
    });
}

void DesktopApp::showSecretWarning()
{
    if (m_workbench && !m_secretWarning.isEmpty()) {
        m_workbench->window().statusBar()->showMessage(m_secretWarning, 20'000);
    }
}

DesktopApp::~DesktopApp()
{
    if (m_workbench) {
        m_workbench->saveState(m_settings);
    }
    m_workbench.reset();
    m_workspace.reset();
    m_connection.reset();
}

void DesktopApp::start()
{
    if (!m_options.demoEmail.isEmpty()) {
        m_profile = ServerProfile::localDemoServer();
        m_flow->signIn(m_profile, m_options.demoEmail, m_options.demoPassword);
        return;
    }
    m_flow->restore(m_profile);
}

void DesktopApp::showLogin(const QString &error)
{
    if (!m_options.screenshotFile.isEmpty() && !error.isEmpty()) {
        std::fprintf(stderr, "helpdesk: sign-in failed: %s\n", qPrintable(error));
        emit finished(1);
        return;
    }
    if (!m_login) {
        m_login = std::make_unique<LoginDialog>(m_icons);
        m_login->setProfile(m_profile);
        m_login->setEmail(m_settings.value(QStringLiteral("server/lastEmail")).toString());
        connect(m_login.get(), &LoginDialog::signInRequested, this,
                [this](const ServerProfile &profile, const QString &email, const QString &password) {
                    m_profile = profile;
                    m_settings.setValue(QStringLiteral("server/lastEmail"), email);
                    m_flow->signIn(profile, email, password);
                });
        connect(m_login.get(), &LoginDialog::rejected, this, [this] { emit finished(0); });
    }
    if (!error.isEmpty()) {
        m_login->showError(error);
    }
    m_login->show();
    m_login->raise();
}

void DesktopApp::openWorkspace()
{
    m_connection = m_flow->takeConnection();
    m_profile.save(m_settings);
    m_workspace = std::make_unique<UserWorkspace>(*m_connection, m_clock);
    m_workspace->open([this](Result<void> result) {
        if (!result.ok()) {
            const QString message = SignInFlow::describe(result.error(), m_profile);
            m_workspace.reset();
            m_connection.reset();
            showLogin(message);
            return;
        }
        showWorkbench();
    });
}

void DesktopApp::showWorkbench()
{
    if (m_login) {
        m_login->hide();
    }
    m_workbench = std::make_unique<Workbench>(*m_workspace, m_theme, m_icons);
    m_workbench->restoreState(m_settings);
    connect(m_workbench.get(), &Workbench::signOutRequested, this, &DesktopApp::signOut);
    if (!m_options.screenshotFile.isEmpty()) {
        m_workbench->window().showArea(MainWindow::TicketsArea);
        m_workbench->window().resize(1360, 820);
        connect(&m_workspace->sync(), &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
            if (state == SyncEngine::State::Live && !m_screenshotTaken) {
                m_screenshotTaken = true;
                // Let the queue query and the counts land, and the first paint happen.
                QTimer::singleShot(1500, this, &DesktopApp::takeScreenshot);
            }
        });
        QTimer::singleShot(90'000, this, [this] {
            if (!m_screenshotTaken) {
                std::fprintf(stderr, "helpdesk: no first sync within 90 s\n");
                emit finished(1);
            }
        });
    }
    m_workbench->window().show();
    showSecretWarning();
    m_workspace->start();
}

void DesktopApp::takeScreenshot()
{
    Desk &desk = m_workbench->desk();
    desk.queueView().selectTicket(desk.queueModel().idAt(0));
    const QPixmap pixmap = desk.window().grab();
    const bool saved = pixmap.save(m_options.screenshotFile, "PNG");
    if (!saved) {
        std::fprintf(stderr, "helpdesk: cannot write %s\n", qPrintable(m_options.screenshotFile));
    }
    emit finished(saved ? 0 : 1);
}

void DesktopApp::signOut()
{
    m_workbench->saveState(m_settings);
    m_workbench.reset();
    m_workspace.reset();
    // Ends the local session at once (also offline); the server is told when reachable.
    ServerConnection *connection = m_connection.release();
    connection->auth().signOut(SignOutScope::Local, connection, [connection](Result<void>) {
        connection->deleteLater();
    });
    showLogin();
}

} // namespace helpdesk
