#include "supabase/AuthClient.h"

#include "supabase/Deliver.h"
#include "supabase/ServiceErrors.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcAuth, "helpdesk.auth")

namespace helpdesk {

namespace {

bool endsSession(const Error& e)
{
    // Only the server saying no ends a session; being offline, timeouts, 5xx and rate limits do not.
    if (e.kind != Error::Kind::Api && e.kind != Error::Kind::Http)
        return false;
    return e.httpStatus >= 400 && e.httpStatus < 500 && e.httpStatus != 408 && e.httpStatus != 429;
}

std::int64_t randomMarginSecs()
{
    // Spread refreshes of many clients over the 60-90 s window before expiry.
    return static_cast<std::int64_t>(QRandomGenerator::global()->bounded(
        static_cast<int>(AuthClient::kRefreshMarginMinSecs), static_cast<int>(AuthClient::kRefreshMarginMaxSecs) + 1));
}

Error notSignedIn()
{
    return Error::api(401, QStringLiteral("session_not_found"), QStringLiteral("Not signed in"));
}

} // namespace

AuthClient::AuthClient(SupabaseConfig config, HttpTransport& transport, SecretStore& secrets, const Clock& clock,
                       QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_transport(transport)
    , m_secrets(secrets)
    , m_clock(clock)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        m_refreshAt.reset();
        if (m_session)
            startRefresh();
    });
}

AuthClient::~AuthClient()
{
    m_refreshRequest.cancel();
}

QString AuthClient::storageKey() const
{
    QString host = m_config.url.host();
    if (m_config.url.port() > 0)
        host += QLatin1Char(':') + QString::number(m_config.url.port());
    return QStringLiteral("sb-%1-auth-token").arg(host);
}

QString AuthClient::accessToken() const
{
    return m_session ? m_session->accessToken : QString();
}

HttpRequest AuthClient::authRequest(const QByteArray& method, const QString& path, const QString& query,
                                    const std::optional<Json>& body, const QString& bearer) const
{
    QUrl url = m_config.authUrl();
    url.setPath(url.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    HttpRequest r = m_config.request(method, url, bearer);
    r.setHeader("X-Supabase-Api-Version", "2024-01-01");
    if (body) {
        r.setHeader("Content-Type", "application/json;charset=UTF-8");
        r.body = QByteArray::fromStdString(body->dump());
    }
    return r;
}

RequestHandle AuthClient::sendJson(HttpRequest request, QObject* context, std::function<void(Result<Json>)> callback)
{
    return m_transport.send(std::move(request), context, [callback = std::move(callback)](Result<HttpResponse> r) {
        if (!r.ok())
            return callback(r.error());
        const HttpResponse& response = r.value();
        if (!response.isSuccess())
            return callback(goTrueError(response));
        if (response.body.trimmed().isEmpty())
            return callback(Json());
        callback(parseJsonDocument(response.body));
    });
}

RequestHandle AuthClient::signUp(const QString& email, const QString& password, const Json& userMetadata,
                                 QObject* context, std::function<void(Result<SignUpResult>)> callback)
{
    Json body = {{"email", email.toStdString()}, {"password", password.toStdString()}};
    body["data"] = userMetadata.is_object() ? userMetadata : Json::object();
    body["gotrue_meta_security"] = Json::object();
    QPointer<AuthClient> self(this);
    return sendJson(authRequest("POST", QStringLiteral("/signup"), {}, body), context,
                    [self, callback = std::move(callback)](Result<Json> r) {
                        if (!r.ok())
                            return callback(r.error());
                        const Json& j = r.value();
                        SignUpResult out;
                        if (j.is_object() && j.contains("access_token")) {
                            auto session = Session::fromResponse(j, self ? self->m_clock.now() : Timestamp());
                            if (!session.ok())
                                return callback(session.error());
                            out.user = session.value().user;
                            out.session = session.value();
                            if (self)
                                self->adoptSession(session.value());
                        } else {
                            auto user = parseJson<AuthUser>(j.is_object() && j.contains("user") ? j["user"] : j);
                            if (!user.ok())
                                return callback(user.error());
                            out.user = user.value();
                        }
                        callback(std::move(out));
                    });
}

RequestHandle AuthClient::signInWithPassword(const QString& email, const QString& password, QObject* context,
                                             std::function<void(Result<Session>)> callback)
{
    const Json body = {
        {"email", email.toStdString()}, {"password", password.toStdString()}, {"gotrue_meta_security", Json::object()}};
    QPointer<AuthClient> self(this);
    return sendJson(authRequest("POST", QStringLiteral("/token"), QStringLiteral("grant_type=password"), body), context,
                    [self, callback = std::move(callback)](Result<Json> r) {
                        if (!r.ok())
                            return callback(r.error());
                        auto session = Session::fromResponse(r.value(), self ? self->m_clock.now() : Timestamp());
                        if (session.ok() && self)
                            self->adoptSession(session.value());
                        callback(session);
                    });
}

RequestHandle AuthClient::fetchUser(QObject* context, std::function<void(Result<AuthUser>)> callback)
{
    if (!m_session) {
        detail::post(context, [callback = std::move(callback)] { callback(notSignedIn()); });
        return RequestHandle::finished();
    }
    return sendJson(authRequest("GET", QStringLiteral("/user"), {}, std::nullopt, m_session->accessToken), context,
                    [callback = std::move(callback)](Result<Json> r) {
                        if (!r.ok())
                            return callback(r.error());
                        callback(parseJson<AuthUser>(r.value()));
                    });
}

RequestHandle AuthClient::signOut(SignOutScope scope, QObject* context, std::function<void(Result<void>)> callback)
{
    if (!m_session) {
        detail::post(context, [callback = std::move(callback)] { callback(Result<void>()); });
        return RequestHandle::finished();
    }
    const QString token = m_session->accessToken;
    QString scopeText = QStringLiteral("global");
    if (scope == SignOutScope::Local)
        scopeText = QStringLiteral("local");
    else if (scope == SignOutScope::Others)
        scopeText = QStringLiteral("others");
    HttpRequest request =
        authRequest("POST", QStringLiteral("/logout"), QStringLiteral("scope=") + scopeText, std::nullopt, token);
    if (scope != SignOutScope::Others)
        endSession(std::nullopt);
    return sendJson(std::move(request), context, [callback = std::move(callback)](Result<Json> r) {
        if (!r.ok()) {
            // The session is already gone on the server: nothing left to sign out of.
            const QString& code = r.error().code;
            if (code == QLatin1String("session_not_found") || code == QLatin1String("user_not_found"))
                return callback(Result<void>());
            return callback(r.error());
        }
        callback(Result<void>());
    });
}

void AuthClient::restoreSession(QObject* context, std::function<void(Result<std::optional<Session>>)> callback)
{
    QPointer<AuthClient> self(this);
    QPointer<QObject> ctx(context);
    m_secrets.read(
        storageKey(), this, [self, ctx, callback = std::move(callback)](Result<std::optional<QByteArray>> r) {
            if (!self)
                return;
            std::optional<Session> restored;
            if (!r.ok()) {
                qCWarning(lcAuth) << "Could not read the stored session:" << r.error().toString();
            } else if (r.value()) {
                auto session = parseJson<Session>(*r.value());
                if (session.ok())
                    restored = session.value();
                else
                    qCWarning(lcAuth) << "Ignoring an unreadable stored session:" << session.error().toString();
            }
            if (restored) {
                self->m_session = restored;
                self->m_refreshFailures = 0;
                const Timestamp due = restored->expiresAt.addSecs(-kRefreshMarginMaxSecs);
                if (due <= self->m_clock.now())
                    self->startRefresh();
                else
                    self->scheduleRefresh(restored->expiresAt.addSecs(-randomMarginSecs()));
                emit self->sessionChanged();
            }
            detail::deliver(ctx, [callback, restored] { callback(restored); });
        });
}

void AuthClient::adoptSession(Session session)
{
    m_session = std::move(session);
    m_refreshFailures = 0;
    const std::int64_t margin = randomMarginSecs();
    scheduleRefresh(m_session->expiresAt.addSecs(-margin));
    const QByteArray stored = QByteArray::fromStdString(Json(*m_session).dump());
    m_secrets.write(storageKey(), stored, this, [](Result<void> r) {
        if (!r.ok())
            qCWarning(lcAuth) << "Could not store the session:" << r.error().toString();
    });
    emit sessionChanged();
}

void AuthClient::endSession(const std::optional<Error>& reason)
{
    const bool hadSession = m_session.has_value();
    m_session.reset();
    m_refreshTimer.stop();
    m_refreshAt.reset();
    m_refreshRequest.cancel();
    m_secrets.remove(storageKey(), this, [](Result<void> r) {
        if (!r.ok())
            qCWarning(lcAuth) << "Could not remove the stored session:" << r.error().toString();
    });
    if (hadSession) {
        emit sessionChanged();
        if (reason)
            emit sessionEnded(*reason);
    }
}

void AuthClient::scheduleRefresh(Timestamp at)
{
    m_refreshAt = at;
    const std::int64_t ms = std::max<std::int64_t>(0, m_clock.now().microsTo(at) / 1000);
    m_refreshTimer.start(static_cast<int>(std::min<std::int64_t>(ms, std::numeric_limits<int>::max())));
}

RequestHandle AuthClient::refreshSession(QObject* context, std::function<void(Result<Session>)> callback)
{
    auto state = std::make_shared<detail::RequestState>();
    if (!m_session) {
        state->finished = true;
        detail::post(context, [callback = std::move(callback)] { callback(notSignedIn()); });
        return RequestHandle(state);
    }
    const quint64 id = m_nextWaiterId++;
    m_waiters.push_back({id, QPointer<QObject>(context), std::move(callback), state});
    QPointer<AuthClient> self(this);
    state->onCancel = [self, id] {
        if (!self)
            return;
        auto it = std::find_if(self->m_waiters.begin(), self->m_waiters.end(),
                               [id](const RefreshWaiter& w) { return w.id == id; });
        if (it == self->m_waiters.end())
            return;
        RefreshWaiter waiter = std::move(*it);
        self->m_waiters.erase(it);
        waiter.state->finished = true;
        if (waiter.context)
            detail::post(waiter.context.data(), [cb = waiter.callback] { cb(Error::cancelled()); });
    };
    startRefresh();
    return RequestHandle(state);
}

RequestHandle AuthClient::refreshAfterUnauthorized(const QString& rejectedToken, QObject* context,
                                                   std::function<void(Result<QString>)> callback)
{
    if (m_session && m_session->accessToken != rejectedToken) {
        // Someone refreshed meanwhile: use the new token.
        detail::post(context, [callback = std::move(callback), token = m_session->accessToken] { callback(token); });
        return RequestHandle::finished();
    }
    return refreshSession(context, [callback = std::move(callback)](Result<Session> r) {
        if (!r.ok())
            return callback(r.error());
        callback(r.value().accessToken);
    });
}

void AuthClient::startRefresh()
{
    if (m_refreshing || !m_session)
        return;
    m_refreshing = true;
    m_refreshTimer.stop();
    m_refreshAt.reset();
    const Json body = {{"refresh_token", m_session->refreshToken.toStdString()}};
    m_refreshRequest =
        sendJson(authRequest("POST", QStringLiteral("/token"), QStringLiteral("grant_type=refresh_token"), body), this,
                 [this](Result<Json> r) {
                     if (!r.ok())
                         return finishRefresh(r.error());
                     finishRefresh(Session::fromResponse(r.value(), m_clock.now()));
                 });
}

void AuthClient::finishRefresh(const Result<Session>& result)
{
    m_refreshing = false;
    m_refreshRequest = RequestHandle();
    if (result.ok()) {
        adoptSession(result.value());
    } else if (result.error().kind == Error::Kind::Cancelled) {
        // Sign-out or destruction: the waiters hear it below.
    } else if (endsSession(result.error())) {
        qCInfo(lcAuth) << "The server refused the refresh token; signing out:" << result.error().toString();
        endSession(result.error());
    } else if (m_session) {
        // Offline or server trouble: stay signed in and try again with backoff (5 s, 10 s, … 60 s).
        ++m_refreshFailures;
        const std::int64_t delay = std::min<std::int64_t>(60, std::int64_t(5) << std::min(m_refreshFailures - 1, 4));
        qCInfo(lcAuth) << "Refresh failed, retrying in" << delay << "s:" << result.error().toString();
        scheduleRefresh(m_clock.now().addSecs(delay));
    }
    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    for (auto& waiter : waiters) {
        waiter.state->finished = true;
        waiter.state->onCancel = nullptr;
        detail::deliver(waiter.context, [cb = std::move(waiter.callback), result] { cb(result); });
    }
}

} // namespace helpdesk
