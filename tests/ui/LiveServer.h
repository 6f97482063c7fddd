#pragma once

// Signing in to the local server (scripts/local-stack, a CTest fixture) from UI tests, and small REST
// helpers acting as "another client". Everything waits on signals with a deadline; nothing sleeps.
#include "ui/Desk.h"
#include "ui/IconSet.h"
#include "ui/MainWindow.h"
#include "ui/ServerConnection.h"
#include "ui/ServerProfile.h"
#include "ui/SignInFlow.h"

#include "ui/Theme.h"
#include "ui/TicketQueueModel.h"
#include "ui/UserWorkspace.h"

#include "core/Clock.h"
#include "supabase/InMemorySecretStore.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace helpdesk::testing {

inline constexpr const char *kDemoPassword = "helpdesk-demo";

struct SignInOutcome
{
    std::unique_ptr<ServerConnection> connection;
    QString error;
};

inline SignInOutcome signIn(SecretStore &secrets, const Clock &clock, const ServerProfile &profile,
                            const QString &email, const QString &password = QString::fromLatin1(kDemoPassword))
{
    SignInFlow flow(secrets, clock);
    QSignalSpy ok(&flow, &SignInFlow::signedIn);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    flow.signIn(profile, email, password);
    (void)QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 20'000);
    SignInOutcome outcome;
    if (!ok.isEmpty()) {
        outcome.connection = flow.takeConnection();
    } else if (!failed.isEmpty()) {
        outcome.error = failed.at(0).at(0).toString();
    } else {
        outcome.error = QStringLiteral("no answer within 20 s");
    }
    return outcome;
}

// Runs one REST call and waits for its answer.
inline Result<RestResponse> rest(ServerConnection &connection, const QueryBuilder &query)
{
    std::optional<Result<RestResponse>> answer;
    QObject context;
    connection.rest().execute(query, &context, [&](Result<RestResponse> r) { answer = std::move(r); });
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, 20'000);
    if (!answer) {
        return Error::timeout(QStringLiteral("no REST answer within 20 s"));
    }
    return std::move(*answer);
}

// A signed-in user with a desk over a fresh cache, synced until live.
struct LiveDesk
{
    InMemorySecretStore secrets;
    SystemClock clock;
    QTemporaryDir dir;
    std::unique_ptr<ServerConnection> connection;
    std::unique_ptr<UserWorkspace> workspace;
    std::unique_ptr<Theme> theme;
    IconSet icons;
    std::unique_ptr<Desk> desk;
    QString error;

    explicit LiveDesk(const QString &email, const ServerProfile &profile = ServerProfile::localDemoServer())
    {
        auto outcome = signIn(secrets, clock, profile, email);
        if (!outcome.connection) {
            error = outcome.error;
            return;
        }
        connection = std::move(outcome.connection);
        workspace = std::make_unique<UserWorkspace>(*connection, clock, dir.filePath(QStringLiteral("cache.sqlite")));
        bool opened = false;
        workspace->open([&](Result<void> r) {
            opened = true;
            if (!r.ok()) {
                error = r.error().toString();
            }
        });
        (void)QTest::qWaitFor([&] { return opened; }, 20'000);
        if (!opened || !error.isEmpty()) {
            error = error.isEmpty() ? QStringLiteral("workspace did not open") : error;
            return;
        }
        theme = std::make_unique<Theme>(*qobject_cast<QApplication *>(QCoreApplication::instance()));
        desk = std::make_unique<Desk>(*workspace, *theme, icons);
        desk->window().show();
        workspace->start();
        if (!QTest::qWaitFor([&] { return workspace->sync().state() == SyncEngine::State::Live; }, 90'000)) {
            error = QStringLiteral("sync did not go live");
        }
    }

    bool waitForQueue()
    {
        return QTest::qWaitFor([&] { return !desk->queueModel().isLoading(); }, 10'000);
    }

    bool waitForNoPendingWrites(int timeout = 20'000)
    {
        return QTest::qWaitFor([&] { return workspace->sync().pendingWrites() == 0; }, timeout);
    }

    template <typename T>
    T *find(const char *name)
    {
        return desk->window().findChild<T *>(QString::fromLatin1(name));
    }
};

} // namespace helpdesk::testing
