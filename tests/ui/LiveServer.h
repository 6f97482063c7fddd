#pragma once

// Signing in to the local server (scripts/local-stack, a CTest fixture) from UI tests, and small REST
// helpers acting as "another client". Everything waits on signals with a deadline; nothing sleeps.
#include "ui/ServerConnection.h"
#include "ui/ServerProfile.h"
#include "ui/SignInFlow.h"

#include "core/Clock.h"
#include "supabase/InMemorySecretStore.h"

#include <QSignalSpy>
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

} // namespace helpdesk::testing
