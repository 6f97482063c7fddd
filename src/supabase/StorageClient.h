#pragma once

#include "core/Json.h"
#include "core/Result.h"
#include "supabase/AccessTokenSource.h"
#include "supabase/HttpTransport.h"
#include "supabase/SupabaseConfig.h"

#include <QObject>
#include <functional>
#include <optional>
#include <vector>

namespace helpdesk {

// One entry of POST /object/list (folders have no id).
struct StorageObjectInfo
{
    QString name;
    std::optional<QString> id;
    std::optional<Timestamp> createdAt;
    std::optional<Timestamp> updatedAt;
    Json metadata; // {"size","mimetype","eTag",...}; null for folders

    bool isFolder() const { return !id.has_value(); }
};

void from_json(const Json& j, StorageObjectInfo& info);

struct StorageListOptions
{
    int limit = 100;
    int offset = 0;
    QString sortColumn = QStringLiteral("name");
    bool ascending = true;
    QString search;
};

// Storage client (/storage/v1, protocol reference §5). Object paths are "folder/file.ext" inside a bucket;
// each segment is percent-encoded on the wire. Progress is reported through signals.
class StorageClient : public QObject
{
    Q_OBJECT

public:
    StorageClient(SupabaseConfig config, HttpTransport& transport, AccessTokenSource* tokens = nullptr,
                  QObject* parent = nullptr);

    // POST /object/{bucket}/{path} with the raw bytes; answers the object's key "bucket/path".
    RequestHandle upload(const QString& bucket, const QString& path, const QByteArray& data, const QString& contentType,
                         bool upsert, QObject* context, std::function<void(Result<QString>)> callback);
    RequestHandle download(const QString& bucket, const QString& path, QObject* context,
                           std::function<void(Result<QByteArray>)> callback);
    // DELETE /object/{bucket} {"prefixes":[…]}: answers the names actually deleted.
    RequestHandle remove(const QString& bucket, const QStringList& paths, QObject* context,
                         std::function<void(Result<QStringList>)> callback);
    RequestHandle list(const QString& bucket, const QString& prefix, const StorageListOptions& options,
                       QObject* context, std::function<void(Result<std::vector<StorageObjectInfo>>)> callback);
    // An absolute URL anyone holding it can download from until it expires.
    RequestHandle createSignedUrl(const QString& bucket, const QString& path, int expiresInSecs, QObject* context,
                                  std::function<void(Result<QUrl>)> callback);

    // The request upload() sends (for golden tests).
    HttpRequest uploadRequest(const QString& bucket, const QString& path, const QByteArray& data,
                              const QString& contentType, bool upsert) const;
    QUrl objectUrl(const QString& route, const QString& bucket, const QString& path = {}) const;

signals:
    void uploadProgress(const QString& bucket, const QString& path, qint64 sent, qint64 total);
    void downloadProgress(const QString& bucket, const QString& path, qint64 received, qint64 total);

private:
    HttpRequest makeRequest(const QByteArray& method, const QUrl& url) const;
    RequestHandle send(HttpRequest request, QObject* context, std::function<void(Result<HttpResponse>)> callback);

    SupabaseConfig m_config;
    HttpTransport& m_transport;
    AccessTokenSource* m_tokens;
};

} // namespace helpdesk
