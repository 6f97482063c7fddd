#include "reports/ReportSource.h"

#include "supabase/Deliver.h"

#include <QCoreApplication>

namespace helpdesk {

ReportSource::ReportSource(LocalReports& local, ServerReports* server, std::function<bool()> online)
    : m_local(local), m_server(server), m_online(std::move(online))
{
}

QString ReportSource::originLabel(ReportOrigin origin)
{
    return origin == ReportOrigin::Server
               ? QCoreApplication::translate("helpdesk::ReportSource", "Server")
               : QCoreApplication::translate("helpdesk::ReportSource", "Local cache (offline)");
}

template <typename T>
void ReportSource::choose(QObject* context, Callback<T> callback,
                          std::function<RequestHandle(ServerReports&, QObject*, ServerReports::Callback<T>)> fromServer,
                          std::function<Result<T>(LocalReports&)> fromLocal)
{
    LocalReports* local = &m_local;
    const auto answerLocally = [local, context, callback, fromLocal]() {
        detail::post(context, [local, callback, fromLocal]() {
            Result<T> r = fromLocal(*local);
            if (!r.ok())
                callback(r.error());
            else
                callback(SourcedReport<T>{std::move(r).value(), ReportOrigin::Local});
        });
    };
    if (!m_server || !m_online || !m_online()) {
        answerLocally();
        return;
    }
    fromServer(*m_server, context, [callback, answerLocally](Result<T> r) {
        if (r.ok())
            callback(SourcedReport<T>{std::move(r).value(), ReportOrigin::Server});
        else if (r.error().retryable() && r.error().kind != Error::Kind::Http && r.error().kind != Error::Kind::Api)
            answerLocally();
        else
            callback(r.error());
    });
}

void ReportSource::ticketVolume(const ReportFilter& filter, QObject* context,
                                Callback<std::vector<VolumePoint>> callback)
{
    choose<std::vector<VolumePoint>>(
        context, std::move(callback),
        [filter](ServerReports& s, QObject* c, auto cb) { return s.ticketVolume(filter, c, std::move(cb)); },
        [filter](LocalReports& l) { return l.ticketVolume(filter); });
}

void ReportSource::agentPerformance(const ReportFilter& filter, QObject* context,
                                    Callback<std::vector<AgentPerformanceRow>> callback)
{
    choose<std::vector<AgentPerformanceRow>>(
        context, std::move(callback),
        [filter](ServerReports& s, QObject* c, auto cb) { return s.agentPerformance(filter, c, std::move(cb)); },
        [filter](LocalReports& l) { return l.agentPerformance(filter); });
}

void ReportSource::slaCompliance(const ReportFilter& filter, QObject* context,
                                 Callback<std::vector<SlaCompliancePoint>> callback)
{
    choose<std::vector<SlaCompliancePoint>>(
        context, std::move(callback),
        [filter](ServerReports& s, QObject* c, auto cb) { return s.slaCompliance(filter, c, std::move(cb)); },
        [filter](LocalReports& l) { return l.slaCompliance(filter); });
}

void ReportSource::backlog(const ReportFilter& filter, QObject* context, Callback<std::vector<BacklogRow>> callback)
{
    choose<std::vector<BacklogRow>>(
        context, std::move(callback),
        [filter](ServerReports& s, QObject* c, auto cb) { return s.backlog(filter, c, std::move(cb)); },
        [filter](LocalReports& l) { return l.backlog(filter); });
}

void ReportSource::responseTimes(const ReportFilter& filter, QObject* context, Callback<ResponseTimes> callback)
{
    choose<ResponseTimes>(
        context, std::move(callback),
        [filter](ServerReports& s, QObject* c, auto cb) { return s.responseTimes(filter, c, std::move(cb)); },
        [filter](LocalReports& l) { return l.responseTimes(filter); });
}

void ReportSource::csat(const ReportFilter& filter, QObject* context, Callback<std::vector<CsatRow>> callback)
{
    choose<std::vector<CsatRow>>(
        context, std::move(callback),
        [filter](ServerReports& s, QObject* c, auto cb) { return s.csat(filter, c, std::move(cb)); },
        [filter](LocalReports& l) { return l.csat(filter); });
}

void ReportSource::aiAcceptance(const ReportFilter& filter, QObject* context,
                                Callback<std::vector<AiAcceptanceRow>> callback)
{
    choose<std::vector<AiAcceptanceRow>>(
        context, std::move(callback),
        [filter](ServerReports& s, QObject* c, auto cb) { return s.aiAcceptance(filter, c, std::move(cb)); },
        [](LocalReports&) -> Result<std::vector<AiAcceptanceRow>> {
            return Error::validation(QCoreApplication::translate(
                "helpdesk::ReportSource", "AI acceptance figures come from the server; they are not kept offline."));
        });
}

} // namespace helpdesk
