#pragma once

// Integration-test helpers for the local Supabase stack (scripts/local-stack, started as the CTest fixture
// local_stack): its address and anon key, and a fresh signed-up user per test (as supabase-kt's
// IntegrationTestBase), so tests never share accounts.

#include "core/Clock.h"
#include "supabase/AuthClient.h"
#include "supabase/InMemorySecretStore.h"
#include "supabase/NetworkHttpTransport.h"
#include "supabase/RestClient.h"
#include "supabase/SupabaseConfig.h"
#include "support/Wait.h"

#include <QUuid>
#include <QtGlobal>
#include <memory>

namespace helpdesk::test {

inline SupabaseConfig localConfig()
{
    SupabaseConfig c;
    const QString url = qEnvironmentVariable("SUPABASE_URL");
    c.url = QUrl(url.isEmpty() ? QStringLiteral("http://127.0.0.1:54321") : url);
    c.anonKey = qEnvironmentVariable("SUPABASE_ANON_KEY");
    if (c.anonKey.isEmpty())
        c.anonKey = QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                                   "eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9."
                                   "CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0");
    c.timeout = std::chrono::milliseconds(15'000);
    return c;
}

// The service-role key (bypasses RLS): SUPABASE_SERVICE_ROLE_KEY, else the local CLI's well-known key.
inline QString serviceRoleKey()
{
    const QString key = qEnvironmentVariable("SUPABASE_SERVICE_ROLE_KEY");
    if (!key.isEmpty())
        return key;
    return QStringLiteral(
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIs"
        "ImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU");
}

// A fixed bearer token (the service-role key) for test set-up requests.
class StaticToken final : public AccessTokenSource
{
public:
    explicit StaticToken(QString token) : m_token(std::move(token)) {}
    QString accessToken() const override { return m_token; }
    RequestHandle refreshAfterUnauthorized(const QString&, QObject* context,
                                           std::function<void(Result<QString>)> callback) override
    {
        QMetaObject::invokeMethod(
            context, [callback] { callback(Error::api(401, QStringLiteral("no_refresh"), QStringLiteral("static"))); },
            Qt::QueuedConnection);
        return RequestHandle::finished();
    }

private:
    QString m_token;
};

inline QString randomEmail(const QString& prefix = QStringLiteral("cpp"))
{
    return QStringLiteral("%1-%2@example.test").arg(prefix, QUuid::createUuid().toString(QUuid::Id128).left(16));
}

inline const QString& testPassword()
{
    static const QString password = QStringLiteral("correct-horse-battery-1");
    return password;
}

// A user of its own: transport, in-memory secrets and an AuthClient, signed up (and so signed in).
class TestUser
{
public:
    TestUser() : config(localConfig()), auth(config, transport, secrets, clock) {}

    // Signs up a new random user; false (with a reason in error) if it did not work.
    bool signUp(const Json& metadata = Json::object())
    {
        email = randomEmail();
        Capture<SignUpResult> result;
        auth.signUp(email, testPassword(), metadata, &context, result.callback());
        if (!result.wait(20'000)) {
            error = QStringLiteral("sign-up timed out");
            return false;
        }
        if (!result.ok()) {
            error = result.result().error().toString();
            return false;
        }
        if (!result.result()->session) {
            error = QStringLiteral("sign-up returned no session (autoconfirm off?)");
            return false;
        }
        id = result.result()->user.id;
        return true;
    }

    // Gives this user another helpdesk role (as an admin would), through the service-role key.
    bool promote(UserRole role)
    {
        StaticToken service(serviceRoleKey());
        RestClient rest(config, transport, &service);
        QueryBuilder q(QStringLiteral("profiles"));
        q.update(Json{{"role", role}}).eq(QStringLiteral("id"), id).select(QStringLiteral("id"));
        Capture<RestResponse> r;
        rest.execute(q, &context, r.callback());
        if (!r.wait(20'000) || !r.ok()) {
            error = r.done() ? r.result().error().toString() : QStringLiteral("promote timed out");
            return false;
        }
        if (r.result()->data.size() != 1) {
            error = QStringLiteral("promote changed no row");
            return false;
        }
        return true;
    }

    SupabaseConfig config;
    NetworkHttpTransport transport;
    InMemorySecretStore secrets;
    SystemClock clock;
    AuthClient auth;
    QObject context;
    QString email;
    QUuid id;
    QString error;
};

} // namespace helpdesk::test
