#include "supabase/StorageClient.h"

#include "supabase/ServiceErrors.h"

#include <QPointer>

namespace helpdesk {

void from_json(const Json& j, StorageObjectInfo& info)
{
    if (!j.is_object())
        throw JsonError("storage object: expected an object");
    readField(j, "name", info.name);
    readField(j, "id", info.id);
    readField(j, "created_at", info.createdAt);
    readField(j, "updated_at", info.updatedAt);
    const auto it = j.find("metadata");
    info.metadata = it == j.end() ? Json() : *it;
}

StorageClient::StorageClient(SupabaseConfig config, HttpTransport& transport, AccessTokenSource* tokens,
                             QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_transport(transport)
    , m_tokens(tokens)
{}

QUrl StorageClient::objectUrl(const QString& route, const QString& bucket, const QString& path) const
{
    const QUrl base = m_config.storageUrl();
    QByteArray encoded = base.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    encoded += '/' + QUrl::toPercentEncoding(route, "/") + '/' + QUrl::toPercentEncoding(bucket);
    if (!path.isEmpty()) {
        for (const QString& segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            encoded += '/' + QUrl::toPercentEncoding(segment);
    }
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

HttpRequest StorageClient::makeRequest(const QByteArray& method, const QUrl& url) const
{
    return m_config.request(method, url, m_tokens ? m_tokens->accessToken() : QString());
}

RequestHandle StorageClient::send(HttpRequest request, QObject* context,
                                  std::function<void(Result<HttpResponse>)> callback)
{
    // Storage answers 400 InvalidJWT / 403 for an expired token (not a clean 401), so retry once after a
    // refresh when the token was rejected.
    auto state = std::make_shared<detail::RequestState>();
    const QString token = m_tokens ? m_tokens->accessToken() : QString();
    QPointer<StorageClient> self(this);
    RequestHandle inner = m_transport.send(
        request, context, [self, request, state, context, token, callback](Result<HttpResponse> r) mutable {
            if (r.ok() && self && self->m_tokens && !token.isEmpty() && !state->cancelled) {
                const HttpResponse& response = r.value();
                const Error e = response.isSuccess() ? Error() : storageError(response);
                const bool expired = response.status == 401 || e.code == QLatin1String("InvalidJWT") ||
                                     e.message.contains(QLatin1String("exp"), Qt::CaseInsensitive);
                if (!response.isSuccess() && expired) {
                    RequestHandle refresh = self->m_tokens->refreshAfterUnauthorized(
                        token, context, [self, request, state, context, callback, r](Result<QString> t) mutable {
                            if (!self || !t.ok() || state->cancelled) {
                                state->finished = true;
                                callback(state->cancelled ? Result<HttpResponse>(Error::cancelled()) : r);
                                return;
                            }
                            request.setHeader("Authorization", "Bearer " + t.value().toUtf8());
                            RequestHandle retry =
                                self->m_transport.send(request, context, [state, callback](Result<HttpResponse> again) {
                                    state->finished = true;
                                    callback(again);
                                });
                            state->onCancel = [retry]() mutable { retry.cancel(); };
                        });
                    state->onCancel = [refresh]() mutable { refresh.cancel(); };
                    return;
                }
            }
            state->finished = true;
            callback(r);
        });
    state->onCancel = [inner]() mutable { inner.cancel(); };
    return RequestHandle(state);
}

HttpRequest StorageClient::uploadRequest(const QString& bucket, const QString& path, const QByteArray& data,
                                         const QString& contentType, bool upsert) const
{
    HttpRequest r = makeRequest("POST", objectUrl(QStringLiteral("object"), bucket, path));
    r.setHeader("Content-Type", contentType.isEmpty() ? "application/octet-stream" : contentType.toUtf8());
    r.setHeader("cache-control", "max-age=3600");
    r.setHeader("x-upsert", upsert ? "true" : "false");
    r.body = data;
    return r;
}

RequestHandle StorageClient::upload(const QString& bucket, const QString& path, const QByteArray& data,
                                    const QString& contentType, bool upsert, QObject* context,
                                    std::function<void(Result<QString>)> callback)
{
    HttpRequest r = uploadRequest(bucket, path, data, contentType, upsert);
    QPointer<StorageClient> self(this);
    r.onUploadProgress = [self, bucket, path](qint64 sent, qint64 total) {
        if (self)
            emit self->uploadProgress(bucket, path, sent, total);
    };
    return send(std::move(r), context, [callback = std::move(callback)](Result<HttpResponse> resp) {
        if (!resp.ok())
            return callback(resp.error());
        if (!resp.value().isSuccess())
            return callback(storageError(resp.value()));
        auto json = parseJsonDocument(resp.value().body);
        if (!json.ok())
            return callback(json.error());
        const Json& j = json.value();
        if (!j.is_object() || !j.contains("Key") || !j["Key"].is_string())
            return callback(Error::parse(QStringLiteral("upload: the answer has no Key")));
        callback(j["Key"].get<QString>());
    });
}

RequestHandle StorageClient::download(const QString& bucket, const QString& path, QObject* context,
                                      std::function<void(Result<QByteArray>)> callback)
{
    HttpRequest r = makeRequest("GET", objectUrl(QStringLiteral("object/authenticated"), bucket, path));
    QPointer<StorageClient> self(this);
    r.onDownloadProgress = [self, bucket, path](qint64 received, qint64 total) {
        if (self)
            emit self->downloadProgress(bucket, path, received, total);
    };
    return send(std::move(r), context, [callback = std::move(callback)](Result<HttpResponse> resp) {
        if (!resp.ok())
            return callback(resp.error());
        if (!resp.value().isSuccess())
            return callback(storageError(resp.value()));
        callback(resp.value().body);
    });
}

RequestHandle StorageClient::remove(const QString& bucket, const QStringList& paths, QObject* context,
                                    std::function<void(Result<QStringList>)> callback)
{
    HttpRequest r = makeRequest("DELETE", objectUrl(QStringLiteral("object"), bucket));
    r.setHeader("Content-Type", "application/json");
    r.body = QByteArray::fromStdString(Json{{"prefixes", Json(paths)}}.dump());
    return send(std::move(r), context, [callback = std::move(callback)](Result<HttpResponse> resp) {
        if (!resp.ok())
            return callback(resp.error());
        if (!resp.value().isSuccess())
            return callback(storageError(resp.value()));
        auto json = parseJsonDocument(resp.value().body);
        if (!json.ok())
            return callback(json.error());
        QStringList names;
        if (json.value().is_array())
            for (const auto& row : json.value())
                if (row.is_object() && row.contains("name") && row["name"].is_string())
                    names << row["name"].get<QString>();
        callback(names);
    });
}

RequestHandle StorageClient::list(const QString& bucket, const QString& prefix, const StorageListOptions& options,
                                  QObject* context,
                                  std::function<void(Result<std::vector<StorageObjectInfo>>)> callback)
{
    HttpRequest r = makeRequest("POST", objectUrl(QStringLiteral("object/list"), bucket));
    r.setHeader("Content-Type", "application/json");
    Json body = {
        {"prefix", prefix.toStdString()},
        {"limit", options.limit},
        {"offset", options.offset},
        {"sortBy", {{"column", options.sortColumn.toStdString()}, {"order", options.ascending ? "asc" : "desc"}}}};
    if (!options.search.isEmpty())
        body["search"] = options.search.toStdString();
    r.body = QByteArray::fromStdString(body.dump());
    return send(std::move(r), context, [callback = std::move(callback)](Result<HttpResponse> resp) {
        if (!resp.ok())
            return callback(resp.error());
        if (!resp.value().isSuccess())
            return callback(storageError(resp.value()));
        callback(parseJson<std::vector<StorageObjectInfo>>(resp.value().body));
    });
}

RequestHandle StorageClient::createSignedUrl(const QString& bucket, const QString& path, int expiresInSecs,
                                             QObject* context, std::function<void(Result<QUrl>)> callback)
{
    HttpRequest r = makeRequest("POST", objectUrl(QStringLiteral("object/sign"), bucket, path));
    r.setHeader("Content-Type", "application/json");
    r.body = QByteArray::fromStdString(Json{{"expiresIn", expiresInSecs}}.dump());
    const QUrl storageBase = m_config.storageUrl();
    return send(std::move(r), context, [callback = std::move(callback), storageBase](Result<HttpResponse> resp) {
        if (!resp.ok())
            return callback(resp.error());
        if (!resp.value().isSuccess())
            return callback(storageError(resp.value()));
        auto json = parseJsonDocument(resp.value().body);
        if (!json.ok())
            return callback(json.error());
        const Json& j = json.value();
        const auto it = j.is_object() ? j.find("signedURL") : j.end();
        if (!j.is_object() || it == j.end() || !it->is_string())
            return callback(Error::parse(QStringLiteral("sign: the answer has no signedURL")));
        const QByteArray relative = QByteArray::fromStdString(it->get<std::string>());
        if (relative.startsWith("http://") || relative.startsWith("https://"))
            return callback(QUrl::fromEncoded(relative));
        callback(QUrl::fromEncoded(storageBase.toEncoded() + (relative.startsWith('/') ? "" : "/") + relative));
    });
}

} // namespace helpdesk
