#include "supabase/FunctionsClient.h"

#include "supabase/ServiceErrors.h"

namespace helpdesk {

FunctionsClient::FunctionsClient(SupabaseConfig config, HttpTransport& transport, AccessTokenSource* tokens,
                                 QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_transport(transport)
    , m_tokens(tokens)
{}

HttpRequest FunctionsClient::invokeRequest(const QString& name, const Json& body) const
{
    QByteArray encoded = m_config.functionsUrl().toEncoded() + '/' + QUrl::toPercentEncoding(name);
    HttpRequest r = m_config.request("POST", QUrl::fromEncoded(encoded, QUrl::StrictMode),
                                     m_tokens ? m_tokens->accessToken() : QString());
    r.setHeader("Content-Type", "application/json");
    r.body = QByteArray::fromStdString(body.is_null() ? std::string("{}") : body.dump());
    return r;
}

RequestHandle FunctionsClient::invoke(const QString& name, const Json& body, QObject* context,
                                      std::function<void(Result<Json>)> callback, std::chrono::milliseconds timeout)
{
    HttpRequest r = invokeRequest(name, body);
    if (timeout.count() > 0)
        r.timeout = timeout;
    return m_transport.send(std::move(r), context, [callback = std::move(callback)](Result<HttpResponse> resp) {
        if (!resp.ok())
            return callback(resp.error());
        const HttpResponse& response = resp.value();
        if (!response.isSuccess() || response.header("x-relay-error") == "true")
            return callback(functionsError(response));
        if (response.body.trimmed().isEmpty())
            return callback(Json());
        if (response.header("Content-Type").contains("json"))
            return callback(parseJsonDocument(response.body));
        callback(Json(response.body.toStdString()));
    });
}

} // namespace helpdesk
