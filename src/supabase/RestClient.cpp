#include "supabase/RestClient.h"

#include "supabase/ServiceErrors.h"

#include <QPointer>

namespace helpdesk {

RestClient::RestClient(SupabaseConfig config, HttpTransport& transport, AccessTokenSource* tokens, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_transport(transport)
    , m_tokens(tokens)
{}

Result<RestResponse> RestClient::interpret(const HttpResponse& response)
{
    if (!response.isSuccess())
        return postgrestError(response);
    RestResponse out;
    out.status = response.status;
    out.headers = response.headers;
    const QByteArray range = response.header("Content-Range");
    if (!range.isEmpty()) {
        auto parsed = ContentRange::parse(range);
        if (!parsed.ok())
            return parsed.error();
        out.contentRange = parsed.value();
    }
    if (!response.body.trimmed().isEmpty()) {
        auto json = parseJsonDocument(response.body);
        if (!json.ok())
            return json.error();
        out.data = std::move(json).value();
    }
    return out;
}

RequestHandle RestClient::execute(const QueryBuilder& query, QObject* context, RestCallback callback)
{
    auto state = std::make_shared<detail::RequestState>();
    send(query, m_tokens != nullptr, state, context, std::move(callback));
    return RequestHandle(state);
}

void RestClient::send(const QueryBuilder& query, bool mayRetry, const std::shared_ptr<detail::RequestState>& state,
                      QObject* context, RestCallback callback)
{
    const QString token = m_tokens ? m_tokens->accessToken() : QString();
    HttpRequest request = query.toRequest(m_config, token);
    QPointer<RestClient> self(this);
    RequestHandle inner = m_transport.send(
        std::move(request), context,
        [self, query, mayRetry, state, context, token, callback = std::move(callback)](Result<HttpResponse> r) mutable {
            if (!r.ok()) {
                state->finished = true;
                callback(r.error());
                return;
            }
            const HttpResponse& response = r.value();
            if (response.status == 401 && mayRetry && self && self->m_tokens && !token.isEmpty() && !state->cancelled) {
                // Expired or revoked token: refresh once (shared with any refresh in flight), then repeat.
                RequestHandle refresh = self->m_tokens->refreshAfterUnauthorized(
                    token, context,
                    [self, query, state, context, callback, response](Result<QString> refreshed) mutable {
                        if (!self || state->cancelled) {
                            state->finished = true;
                            callback(state->cancelled ? Error::cancelled() : postgrestError(response));
                            return;
                        }
                        if (!refreshed.ok()) {
                            state->finished = true;
                            callback(postgrestError(response));
                            return;
                        }
                        self->send(query, false, state, context, std::move(callback));
                    });
                state->onCancel = [refresh]() mutable { refresh.cancel(); };
                return;
            }
            state->finished = true;
            callback(interpret(response));
        });
    state->onCancel = [inner]() mutable { inner.cancel(); };
}

} // namespace helpdesk
