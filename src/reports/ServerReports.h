#pragma once

#include "core/Json.h"
#include "core/Result.h"
#include "reports/ReportFilter.h"
#include "reports/ReportRows.h"
#include "supabase/RequestHandle.h"

#include <QObject>

#include <functional>
#include <vector>

namespace helpdesk {

class RestClient;

// The dashboard reports from the server RPCs (report_ticket_volume, report_agent_performance,
// report_sla_compliance, report_backlog, report_response_times) through RestClient. Each call returns at once;
// the callback runs on the context's thread with the parsed rows or the Error (42501 for customers).
class ServerReports
{
public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit ServerReports(RestClient& rest);

    RequestHandle ticketVolume(const ReportFilter& filter, QObject* context, Callback<std::vector<VolumePoint>> callback);
    RequestHandle agentPerformance(const ReportFilter& filter, QObject* context,
                                   Callback<std::vector<AgentPerformanceRow>> callback);
    RequestHandle slaCompliance(const ReportFilter& filter, QObject* context,
                                Callback<std::vector<SlaCompliancePoint>> callback);
    RequestHandle backlog(const ReportFilter& filter, QObject* context, Callback<std::vector<BacklogRow>> callback);
    RequestHandle responseTimes(const ReportFilter& filter, QObject* context, Callback<ResponseTimes> callback);
    RequestHandle csat(const ReportFilter& filter, QObject* context, Callback<std::vector<CsatRow>> callback);
    // report_ai_acceptance takes only the window (suggestions are not filtered by team or channel).
    RequestHandle aiAcceptance(const ReportFilter& filter, QObject* context,
                               Callback<std::vector<AiAcceptanceRow>> callback);

    // The RPC arguments for a filter (p_from, p_to, and p_bucket, p_team, p_channel where the RPC takes them).
    static Json arguments(const ReportFilter& filter, bool withWindow, bool withBucket);

    // Row parsers (public for tests): PostgREST JSON rows → typed rows; bigint and numeric accepted as JSON
    // numbers or strings.
    static Result<std::vector<VolumePoint>> parseVolume(const Json& rows);
    static Result<std::vector<AgentPerformanceRow>> parseAgentPerformance(const Json& rows);
    static Result<std::vector<SlaCompliancePoint>> parseSlaCompliance(const Json& rows);
    static Result<std::vector<BacklogRow>> parseBacklog(const Json& rows);
    static Result<ResponseTimes> parseResponseTimes(const Json& rows);
    static Result<std::vector<AiAcceptanceRow>> parseAiAcceptance(const Json& rows);
    static Result<std::vector<CsatRow>> parseCsat(const Json& rows);

private:
    template <typename T>
    RequestHandle call(const QString& function, Json args, QObject* context, Result<T> (*parse)(const Json&),
                       Callback<T> callback);

    RestClient& m_rest;
};

} // namespace helpdesk
