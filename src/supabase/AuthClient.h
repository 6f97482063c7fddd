#pragma once

#include "core/Clock.h"
#include "core/Json.h"
#include "core/Result.h"
#include "supabase/AccessTokenSource.h"
#include "supabase/AuthSession.h"
#include "supabase/HttpTransport.h"
#include "supabase/SecretStore.h"
#include "supabase/SupabaseConfig.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>
#include <vector>

namespace helpdesk {

enum class SignOutScope
{
    Global,
    Local,
    Others
};

struct SignUpResult
{
    AuthUser user;
    std::optional<Session> session; // present when the server confirms sign-ups automatically
};

// GoTrue client (/auth/v1). Owns the session: keeps it in the SecretStore, refreshes it 60-90 s before
// expires_at (one refresh in flight; every caller asking meanwhile shares it), and once after a 401 from
// another service. Being offline never signs you out: only a 4xx answer to a refresh (other than 408/429)
// ends the session. Sends X-Supabase-Api-Version: 2024-01-01 and reads all three GoTrue error shapes.
class AuthClient : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    AuthClient(SupabaseConfig config, HttpTransport& transport, SecretStore& secrets, const Clock& clock,
               QObject* parent = nullptr);
    ~AuthClient() override;

    RequestHandle signUp(const QString& email, const QString& password, const Json& userMetadata, QObject* context,
                         std::function<void(Result<SignUpResult>)> callback);
    RequestHandle signInWithPassword(const QString& email, const QString& password, QObject* context,
                                     std::function<void(Result<Session>)> callback);
    RequestHandle refreshSession(QObject* context, std::function<void(Result<Session>)> callback);
    // Local and global sign-outs end the session here at once (also when offline); the callback reports what
    // the server said. Others keeps this session.
    RequestHandle signOut(SignOutScope scope, QObject* context, std::function<void(Result<void>)> callback);
    RequestHandle fetchUser(QObject* context, std::function<void(Result<AuthUser>)> callback);
    // Reads the stored session. A session near or past expiry is restored at once and refreshed in the
    // background. nullopt: nothing stored (or unreadable).
    void restoreSession(QObject* context, std::function<void(Result<std::optional<Session>>)> callback);

    std::optional<Session> currentSession() const { return m_session; }
    bool isSignedIn() const { return m_session.has_value(); }

    QString accessToken() const override;
    RequestHandle refreshAfterUnauthorized(const QString& rejectedToken, QObject* context,
                                           std::function<void(Result<QString>)> callback) override;

    // When the next scheduled refresh is due (for tests and diagnostics).
    std::optional<Timestamp> scheduledRefreshAt() const { return m_refreshAt; }
    // The SecretStore key: "sb-<host>-auth-token" like supabase-js.
    QString storageKey() const;

    static constexpr std::int64_t kRefreshMarginMinSecs = 60;
    static constexpr std::int64_t kRefreshMarginMaxSecs = 90;

signals:
    void sessionChanged();                            // signed in, refreshed, restored, signed out or ended
    void sessionEnded(const helpdesk::Error& reason); // the server refused the refresh token

private:
    struct RefreshWaiter
    {
        quint64 id;
        QPointer<QObject> context;
        std::function<void(Result<Session>)> callback;
        std::shared_ptr<detail::RequestState> state;
    };

    HttpRequest authRequest(const QByteArray& method, const QString& path, const QString& query,
                            const std::optional<Json>& body, const QString& bearer = {}) const;
    RequestHandle sendJson(HttpRequest request, QObject* context, std::function<void(Result<Json>)> callback);
    void adoptSession(Session session);
    void endSession(const std::optional<Error>& reason);
    void scheduleRefresh(Timestamp at);
    void startRefresh();
    void finishRefresh(const Result<Session>& result);

    SupabaseConfig m_config;
    HttpTransport& m_transport;
    SecretStore& m_secrets;
    const Clock& m_clock;
    std::optional<Session> m_session;
    std::vector<RefreshWaiter> m_waiters;
    quint64 m_nextWaiterId = 1;
    bool m_refreshing = false;
    RequestHandle m_refreshRequest;
    QTimer m_refreshTimer;
    std::optional<Timestamp> m_refreshAt;
    int m_refreshFailures = 0;
};

} // namespace helpdesk
