#pragma once

#include "supabase/HttpTransport.h"

#include <QNetworkAccessManager>

namespace helpdesk {

// HttpTransport over QNetworkAccessManager (lives on the thread that created it).
class NetworkHttpTransport final : public HttpTransport
{
public:
    explicit NetworkHttpTransport(QNetworkAccessManager* manager = nullptr);
    ~NetworkHttpTransport() override;

    RequestHandle send(HttpRequest request, QObject* context, HttpCallback callback) override;

    QNetworkAccessManager* manager() const { return m_manager; }

private:
    QNetworkAccessManager* m_manager;
    bool m_ownsManager;
};

} // namespace helpdesk
