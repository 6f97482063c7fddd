#pragma once

#include "core/Error.h"
#include "supabase/RequestHandle.h"
#include "sync/RetryPolicy.h"

#include <QObject>
#include <QTimer>

namespace helpdesk {

class RestClient;

// Whether the server can be reached, from what the sync jobs see: a network failure means offline; any
// HTTP answer (even a refusal) means online. While offline it probes the REST endpoint with backoff and
// says when the server is back, so queued writes and pulls resume without waiting for the user.
class ConnectivityMonitor : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Unknown,
        Online,
        Offline,
    };
    Q_ENUM(Status)

    ConnectivityMonitor(RestClient& rest, RetryPolicy retry = {}, QObject* parent = nullptr);
    ~ConnectivityMonitor() override;

    Status status() const { return m_status; }
    bool isOnline() const { return m_status == Status::Online; }

    void reportSuccess();
    // Only transport failures (network, timeout) and gateway errors count against connectivity.
    void reportFailure(const Error& error);
    void stop();

    static bool isConnectivityFailure(const Error& error);

signals:
    void statusChanged(helpdesk::ConnectivityMonitor::Status status);
    void wentOnline();
    void wentOffline();

private:
    void setStatus(Status status);
    void probe();

    RestClient& m_rest;
    RetryPolicy m_retry;
    QTimer m_probeTimer;
    RequestHandle m_probe;
    Status m_status = Status::Unknown;
    int m_attempts = 0;
    bool m_stopped = false;
};

} // namespace helpdesk
