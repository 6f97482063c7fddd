#include "reports/ServerReports.h"

#include "supabase/RestClient.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <stdexcept>

namespace helpdesk {

namespace {

const Json& field(const Json& row, const char* key)
{
    const auto it = row.find(key);
    if (it == row.end())
        throw JsonError(std::string("missing key \"") + key + "\"");
    return *it;
}

std::optional<double> optionalNumber(const Json& row, const char* key)
{
    const Json& v = field(row, key);
    if (v.is_null())
        return std::nullopt;
    if (v.is_number())
        return v.get<double>();
    if (v.is_string()) {
        bool ok = false;
        const double d = QString::fromStdString(v.get<std::string>()).toDouble(&ok);
        if (ok)
            return d;
    }
    throw JsonError(std::string("key \"") + key + "\": expected a number");
}

qint64 integer(const Json& row, const char* key)
{
    const Json& v = field(row, key);
    if (v.is_number_integer())
        return v.get<qint64>();
    if (v.is_string()) {
        bool ok = false;
        const qint64 n = QString::fromStdString(v.get<std::string>()).toLongLong(&ok);
        if (ok)
            return n;
    }
    throw JsonError(std::string("key \"") + key + "\": expected an integer");
}

QString text(const Json& row, const char* key)
{
    const Json& v = field(row, key);
    if (v.is_null())
        return {};
    return v.get<QString>();
}

Timestamp timestamp(const Json& row, const char* key)
{
    return field(row, key).get<Timestamp>();
}

// A Postgres date ("2003-03-01") as its 00:00 UTC.
Timestamp date(const Json& row, const char* key)
{
    const QString s = text(row, key);
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        throw JsonError(std::string("key \"") + key + "\": expected a date");
    return Timestamp::fromSecs(QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
}

template <typename T, typename F>
Result<std::vector<T>> eachRow(const Json& rows, F&& read)
{
    if (!rows.is_array())
        return Error::parse(QStringLiteral("Expected an array of report rows"));
    std::vector<T> out;
    out.reserve(rows.size());
    try {
        for (const Json& row : rows)
            out.push_back(read(row));
    } catch (const std::exception& e) {
        return Error::parse(QStringLiteral("Bad report row: %1").arg(QString::fromUtf8(e.what())));
    }
    return out;
}

} // namespace

ServerReports::ServerReports(RestClient& rest) : m_rest(rest) {}

Json ServerReports::arguments(const ReportFilter& filter, bool withWindow, bool withBucket)
{
    Json args = Json::object();
    if (withWindow) {
        args["p_from"] = filter.from.toIsoString();
        args["p_to"] = filter.to.toIsoString();
    }
    if (withBucket)
        args["p_bucket"] = reportBucketName(filter.bucket).toStdString();
    args["p_team"] = filter.team ? Json(filter.team->toString(QUuid::WithoutBraces).toStdString()) : Json(nullptr);
    args["p_channel"] = filter.channel ? Json(filter.channel->toStdString()) : Json(nullptr);
    return args;
}

template <typename T>
RequestHandle ServerReports::call(const QString& function, Json args, QObject* context,
                                  Result<T> (*parse)(const Json&), Callback<T> callback)
{
    return m_rest.execute(QueryBuilder::rpc(function, std::move(args)), context,
                          [parse, callback = std::move(callback)](Result<RestResponse> r) {
                              if (!r.ok())
                                  callback(r.error());
                              else
                                  callback(parse(r->data));
                          });
}

RequestHandle ServerReports::ticketVolume(const ReportFilter& filter, QObject* context,
                                          Callback<std::vector<VolumePoint>> callback)
{
    return call<std::vector<VolumePoint>>(QStringLiteral("report_ticket_volume"), arguments(filter, true, true),
                                          context, &ServerReports::parseVolume, std::move(callback));
}

RequestHandle ServerReports::agentPerformance(const ReportFilter& filter, QObject* context,
                                              Callback<std::vector<AgentPerformanceRow>> callback)
{
    return call<std::vector<AgentPerformanceRow>>(QStringLiteral("report_agent_performance"),
                                                  arguments(filter, true, false), context,
                                                  &ServerReports::parseAgentPerformance, std::move(callback));
}

RequestHandle ServerReports::slaCompliance(const ReportFilter& filter, QObject* context,
                                           Callback<std::vector<SlaCompliancePoint>> callback)
{
    return call<std::vector<SlaCompliancePoint>>(QStringLiteral("report_sla_compliance"),
                                                 arguments(filter, true, true), context,
                                                 &ServerReports::parseSlaCompliance, std::move(callback));
}

RequestHandle ServerReports::backlog(const ReportFilter& filter, QObject* context,
                                     Callback<std::vector<BacklogRow>> callback)
{
    return call<std::vector<BacklogRow>>(QStringLiteral("report_backlog"), arguments(filter, false, false), context,
                                         &ServerReports::parseBacklog, std::move(callback));
}

RequestHandle ServerReports::responseTimes(const ReportFilter& filter, QObject* context,
                                           Callback<ResponseTimes> callback)
{
    return call<ResponseTimes>(QStringLiteral("report_response_times"), arguments(filter, true, false), context,
                               &ServerReports::parseResponseTimes, std::move(callback));
}

RequestHandle ServerReports::csat(const ReportFilter& filter, QObject* context, Callback<std::vector<CsatRow>> callback)
{
    return call<std::vector<CsatRow>>(QStringLiteral("report_csat"), arguments(filter, true, false), context,
                                      &ServerReports::parseCsat, std::move(callback));
}

Result<std::vector<CsatRow>> ServerReports::parseCsat(const Json& rows)
{
    return eachRow<CsatRow>(rows, [](const Json& row) {
        CsatRow r;
        r.agentId = field(row, "agent_id").get<QUuid>();
        r.rated = integer(row, "rated");
        r.average = optionalNumber(row, "csat_avg").value_or(0);
        r.satisfiedPct = optionalNumber(row, "satisfied_pct").value_or(0);
        return r;
    });
}

RequestHandle ServerReports::aiAcceptance(const ReportFilter& filter, QObject* context,
                                          Callback<std::vector<AiAcceptanceRow>> callback)
{
    Json args = Json::object();
    args["p_from"] = filter.from.toIsoString();
    args["p_to"] = filter.to.toIsoString();
    return call<std::vector<AiAcceptanceRow>>(QStringLiteral("report_ai_acceptance"), std::move(args), context,
                                              &ServerReports::parseAiAcceptance, std::move(callback));
}

Result<std::vector<AiAcceptanceRow>> ServerReports::parseAiAcceptance(const Json& rows)
{
    return eachRow<AiAcceptanceRow>(rows, [](const Json& row) {
        AiAcceptanceRow r;
        r.action = text(row, "action");
        r.suggestions = integer(row, "suggestions");
        r.accepted = integer(row, "accepted");
        r.edited = integer(row, "edited");
        r.rejected = integer(row, "rejected");
        r.undecided = integer(row, "undecided");
        r.acceptedPct = optionalNumber(row, "accepted_pct");
        r.editedPct = optionalNumber(row, "edited_pct");
        r.rejectedPct = optionalNumber(row, "rejected_pct");
        return r;
    });
}

Result<std::vector<VolumePoint>> ServerReports::parseVolume(const Json& rows)
{
    return eachRow<VolumePoint>(rows, [](const Json& row) {
        return VolumePoint{timestamp(row, "bucket"), integer(row, "created"), integer(row, "solved")};
    });
}

Result<std::vector<AgentPerformanceRow>> ServerReports::parseAgentPerformance(const Json& rows)
{
    return eachRow<AgentPerformanceRow>(rows, [](const Json& row) {
        AgentPerformanceRow r;
        r.agentId = field(row, "agent_id").get<QUuid>();
        r.fullName = text(row, "full_name");
        r.assigned = integer(row, "assigned");
        r.solved = integer(row, "solved");
        r.medianFirstResponseMinutes = optionalNumber(row, "median_first_response_minutes");
        r.medianResolutionMinutes = optionalNumber(row, "median_resolution_minutes");
        r.slaMetPct = optionalNumber(row, "sla_met_pct");
        return r;
    });
}

Result<std::vector<SlaCompliancePoint>> ServerReports::parseSlaCompliance(const Json& rows)
{
    return eachRow<SlaCompliancePoint>(rows, [](const Json& row) {
        SlaCompliancePoint p;
        p.bucketStart = date(row, "day");
        p.total = integer(row, "total");
        p.met = integer(row, "met");
        p.breached = integer(row, "breached");
        p.compliancePct = optionalNumber(row, "compliance_pct");
        p.firstResponseBreached = integer(row, "first_response_breached");
        p.resolutionBreached = integer(row, "resolution_breached");
        return p;
    });
}

Result<std::vector<BacklogRow>> ServerReports::parseBacklog(const Json& rows)
{
    return eachRow<BacklogRow>(rows, [](const Json& row) {
        BacklogRow r;
        r.dimension = text(row, "dimension");
        r.key = text(row, "key");
        r.tickets = integer(row, "tickets");
        r.overdue = integer(row, "overdue");
        if (!field(row, "oldest_created_at").is_null())
            r.oldestCreatedAt = timestamp(row, "oldest_created_at");
        return r;
    });
}

Result<ResponseTimes> ServerReports::parseResponseTimes(const Json& rows)
{
    struct Raw
    {
        QString metric;
        QString bucket;
        qint64 tickets;
        qint64 measured;
        std::optional<double> median;
        std::optional<double> p90;
    };
    auto parsed = eachRow<Raw>(rows, [](const Json& row) {
        return Raw{text(row, "metric"), text(row, "bucket"), integer(row, "tickets"), integer(row, "measured"),
                   optionalNumber(row, "median_minutes"), optionalNumber(row, "p90_minutes")};
    });
    if (!parsed.ok())
        return parsed.error();
    ResponseTimes times;
    for (const Raw& raw : parsed.value()) {
        ResponseTimeMetric* metric = nullptr;
        if (raw.metric == QLatin1String("first_response"))
            metric = &times.firstResponse;
        else if (raw.metric == QLatin1String("resolution"))
            metric = &times.resolution;
        else
            return Error::parse(QStringLiteral("Unknown response-time metric \"%1\"").arg(raw.metric));
        int index = -1;
        for (int i = 0; i < ResponseTimeMetric::bucketCount; ++i)
            if (ResponseTimes::bucketLabel(i) == raw.bucket)
                index = i;
        if (index < 0)
            return Error::parse(QStringLiteral("Unknown response-time bucket \"%1\"").arg(raw.bucket));
        metric->histogram[static_cast<std::size_t>(index)] = raw.tickets;
        metric->measured = raw.measured;
        metric->median = raw.median;
        metric->p90 = raw.p90;
    }
    return times;
}

} // namespace helpdesk
