#pragma once

#include "supabase/HttpRequest.h"

#include <QString>
#include <QUrl>
#include <chrono>

namespace helpdesk {

// Where the project is and the public (anon / publishable) key. Services are found under the one origin
// the gateway exposes: /auth/v1, /rest/v1, /storage/v1, /functions/v1, ws(s)://…/realtime/v1.
struct SupabaseConfig
{
    QUrl url;        // e.g. http://127.0.0.1:54321 or https://<ref>.supabase.co
    QString anonKey; // sent as apikey on every request; the Bearer fallback when signed out
    std::chrono::milliseconds timeout{30'000};
    QByteArray clientInfo = "helpdesk-qt/0.1.0";

    QUrl serviceUrl(const QString& servicePath) const; // serviceUrl("/rest/v1") → <url>/rest/v1
    QUrl authUrl() const { return serviceUrl(QStringLiteral("/auth/v1")); }
    QUrl restUrl() const { return serviceUrl(QStringLiteral("/rest/v1")); }
    QUrl storageUrl() const { return serviceUrl(QStringLiteral("/storage/v1")); }
    QUrl functionsUrl() const { return serviceUrl(QStringLiteral("/functions/v1")); }
    QUrl realtimeUrl() const; // ws(s)://host/realtime/v1/websocket

    // A request with the headers every service expects: apikey, Authorization: Bearer <token or anon key>,
    // X-Client-Info; and the configured timeout.
    HttpRequest request(const QByteArray& method, const QUrl& url, const QString& bearer = {}) const;
};

} // namespace helpdesk
