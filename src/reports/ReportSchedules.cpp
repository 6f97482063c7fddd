#include "reports/ReportSchedules.h"

#include "supabase/Deliver.h"
#include "supabase/FunctionsClient.h"
#include "supabase/RestClient.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {

const QString kTable = QStringLiteral("report_schedules");

Result<std::vector<ReportSchedule>> parseRows(const Json& data)
{
    std::vector<ReportSchedule> out;
    if (data.is_null())
        return out;
    if (!data.is_array())
        return Error::parse(QStringLiteral("Expected an array of report schedules"));
    for (const Json& row : data) {
        auto parsed = ReportSchedule::fromRow(row);
        if (!parsed.ok())
            return parsed.error();
        out.push_back(std::move(parsed).value());
    }
    return out;
}

Result<ReportSchedule> parseOne(const Result<RestResponse>& r)
{
    if (!r.ok())
        return r.error();
    auto rows = parseRows(r->data);
    if (!rows.ok())
        return rows.error();
    if (rows.value().size() != 1)
        return Error::api(404, QStringLiteral("PGRST116"),
                          QCoreApplication::translate("helpdesk::ReportSchedules",
                                                      "The schedule no longer exists or you may not change it."));
    return std::move(rows.value().front());
}

} // namespace

ReportSchedules::ReportSchedules(RestClient& rest, FunctionsClient* functions) : m_rest(rest), m_functions(functions)
{}

RequestHandle ReportSchedules::list(QObject* context, Callback<std::vector<ReportSchedule>> callback)
{
    auto q = m_rest.from(kTable);
    q.select().order(QStringLiteral("name")).order(QStringLiteral("id"));
    return m_rest.execute(q, context, [callback = std::move(callback)](Result<RestResponse> r) {
        if (!r.ok())
            callback(r.error());
        else
            callback(parseRows(r->data));
    });
}

RequestHandle ReportSchedules::create(const ReportSchedule& schedule, QObject* context,
                                      Callback<ReportSchedule> callback)
{
    auto q = m_rest.from(kTable);
    q.insert(schedule.toRow()).select();
    return m_rest.execute(q, context,
                          [callback = std::move(callback)](Result<RestResponse> r) { callback(parseOne(r)); });
}

RequestHandle ReportSchedules::update(const ReportSchedule& schedule, QObject* context,
                                      Callback<ReportSchedule> callback)
{
    auto q = m_rest.from(kTable);
    q.update(schedule.toRow()).eq(QStringLiteral("id"), schedule.id.toString(QUuid::WithoutBraces)).select();
    return m_rest.execute(q, context,
                          [callback = std::move(callback)](Result<RestResponse> r) { callback(parseOne(r)); });
}

RequestHandle ReportSchedules::remove(const QUuid& id, QObject* context, Callback<void> callback)
{
    auto q = m_rest.from(kTable);
    q.remove().eq(QStringLiteral("id"), id.toString(QUuid::WithoutBraces)).select(QStringLiteral("id"));
    return m_rest.execute(q, context, [callback = std::move(callback)](Result<RestResponse> r) {
        if (!r.ok())
            callback(r.error());
        else if (!r->data.is_array() || r->data.empty())
            callback(
                Error::api(404, QStringLiteral("PGRST116"),
                           QCoreApplication::translate("helpdesk::ReportSchedules",
                                                       "The schedule no longer exists or you may not delete it.")));
        else
            callback(Result<void>());
    });
}

RequestHandle ReportSchedules::sendNow(const QUuid& id, QObject* context, Callback<QString> callback)
{
    if (!m_functions) {
        detail::post(context, [callback] {
            callback(Error::validation(
                QCoreApplication::translate("helpdesk::ReportSchedules", "Sending now is not available here.")));
        });
        return {};
    }
    Json body = Json::object();
    body["schedule_id"] = id.toString(QUuid::WithoutBraces).toStdString();
    return m_functions->invoke(
        QStringLiteral("report-delivery"), body, context,
        [callback = std::move(callback)](Result<Json> r) {
            if (!r.ok()) {
                callback(r.error());
                return;
            }
            const Json& ran = r.value().contains("ran") ? r.value().at("ran") : Json();
            if (!ran.is_array() || ran.empty()) {
                callback(Error::parse(QStringLiteral("report-delivery answered without a delivery")));
                return;
            }
            const Json& first = ran.front();
            const std::string status = first.value("status", std::string());
            if (status == "sent")
                callback(QStringLiteral("sent"));
            else
                callback(QString::fromStdString(first.value("error", status)));
        },
        std::chrono::milliseconds(60'000));
}

} // namespace helpdesk
