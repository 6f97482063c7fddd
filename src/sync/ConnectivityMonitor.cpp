#include "sync/ConnectivityMonitor.h"

#include "supabase/RestClient.h"

namespace helpdesk {

ConnectivityMonitor::ConnectivityMonitor(RestClient& rest, RetryPolicy retry, QObject* parent)
    : QObject(parent)
    , m_rest(rest)
    , m_retry(retry)
{
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &ConnectivityMonitor::probe);
}

ConnectivityMonitor::~ConnectivityMonitor()
{
    stop();
}

bool ConnectivityMonitor::isConnectivityFailure(const Error& error)
{
    return error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout || error.httpStatus == 502 ||
           error.httpStatus == 503 || error.httpStatus == 504;
}

void ConnectivityMonitor::reportSuccess()
{
    m_attempts = 0;
    m_probeTimer.stop();
    setStatus(Status::Online);
}

void ConnectivityMonitor::reportFailure(const Error& error)
{
    if (!isConnectivityFailure(error))
        return;
    setStatus(Status::Offline);
    if (!m_stopped && !m_probeTimer.isActive() && !m_probe.isActive())
        m_probeTimer.start(m_retry.delay(m_attempts++));
}

void ConnectivityMonitor::stop()
{
    m_stopped = true;
    m_probeTimer.stop();
    m_probe.cancel();
}

void ConnectivityMonitor::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
    if (status == Status::Online)
        emit wentOnline();
    else if (status == Status::Offline)
        emit wentOffline();
}

void ConnectivityMonitor::probe()
{
    if (m_stopped)
        return;
    QueryBuilder query(QStringLiteral("teams"));
    query.select(QStringLiteral("id")).limit(1);
    m_probe = m_rest.execute(query, this, [this](Result<RestResponse> response) {
        if (m_stopped)
            return;
        if (response.ok() || !isConnectivityFailure(response.error())) {
            reportSuccess();
            return;
        }
        setStatus(Status::Offline);
        if (!m_stopped)
            m_probeTimer.start(m_retry.delay(m_attempts++));
    });
}

} // namespace helpdesk
