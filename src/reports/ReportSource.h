#pragma once

#include "core/Result.h"
#include "reports/LocalReports.h"
#include "reports/ServerReports.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace helpdesk {

// Where a report's figures came from.
enum class ReportOrigin
{
    Server, // the RPCs: every ticket the user may see
    Local,  // the SQLite cache: what has been synced
};

// Report figures with their origin, so the dashboard can say which it shows.
template <typename T>
struct SourcedReport
{
    T value;
    ReportOrigin origin = ReportOrigin::Server;
};

// Chooses the server when online and the local cache when offline (or when the server cannot be reached:
// a retryable failure falls back to the cache; a refusal such as 42501 is passed on). The callback runs on
// the context's thread, never before the call returns.
class ReportSource
{
public:
    template <typename T>
    using Callback = std::function<void(Result<SourcedReport<T>>)>;

    // server may be null (local only); online() is asked at each call.
    ReportSource(LocalReports& local, ServerReports* server, std::function<bool()> online);

    static QString originLabel(ReportOrigin origin); // "Server" / "Local cache (offline)", translatable

    void ticketVolume(const ReportFilter& filter, QObject* context, Callback<std::vector<VolumePoint>> callback);
    void agentPerformance(const ReportFilter& filter, QObject* context,
                          Callback<std::vector<AgentPerformanceRow>> callback);
    void slaCompliance(const ReportFilter& filter, QObject* context,
                       Callback<std::vector<SlaCompliancePoint>> callback);
    void backlog(const ReportFilter& filter, QObject* context, Callback<std::vector<BacklogRow>> callback);
    void responseTimes(const ReportFilter& filter, QObject* context, Callback<ResponseTimes> callback);
    void csat(const ReportFilter& filter, QObject* context, Callback<std::vector<CsatRow>> callback);
    // AI suggestions are not kept in the local cache: offline this answers Error{Validation} saying so.
    void aiAcceptance(const ReportFilter& filter, QObject* context, Callback<std::vector<AiAcceptanceRow>> callback);

private:
    template <typename T>
    void choose(QObject* context, Callback<T> callback,
                std::function<RequestHandle(ServerReports&, QObject*, ServerReports::Callback<T>)> fromServer,
                std::function<Result<T>(LocalReports&)> fromLocal);

    LocalReports& m_local;
    ServerReports* m_server;
    std::function<bool()> m_online;
};

} // namespace helpdesk
