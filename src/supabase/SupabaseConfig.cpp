#include "supabase/SupabaseConfig.h"

namespace helpdesk {

QUrl SupabaseConfig::serviceUrl(const QString& servicePath) const
{
    QUrl u = url;
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    u.setPath(path + servicePath);
    u.setQuery(QString());
    return u;
}

QUrl SupabaseConfig::realtimeUrl() const
{
    QUrl u = serviceUrl(QStringLiteral("/realtime/v1/websocket"));
    u.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    return u;
}

HttpRequest SupabaseConfig::request(const QByteArray& method, const QUrl& target, const QString& bearer) const
{
    HttpRequest r;
    r.method = method;
    r.url = target;
    r.timeout = timeout;
    r.setHeader("apikey", anonKey.toUtf8());
    r.setHeader("Authorization", "Bearer " + (bearer.isEmpty() ? anonKey : bearer).toUtf8());
    r.setHeader("X-Client-Info", clientInfo);
    return r;
}

} // namespace helpdesk
