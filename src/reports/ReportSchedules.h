#pragma once

#include "core/Result.h"
#include "reports/ReportSchedule.h"
#include "supabase/RequestHandle.h"

#include <QObject>
#include <functional>
#include <vector>

namespace helpdesk {

class FunctionsClient;
class RestClient;

// The report_schedules rows through REST (admins write, agents read; RLS decides) and "send now" through the
// report-delivery function ({"schedule_id"}). Each call returns at once; the callback runs on the context's
// thread with the rows or the Error.
class ReportSchedules
{
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    // functions may be null: sendNow() then answers Error{Validation}.
    ReportSchedules(RestClient& rest, FunctionsClient* functions);

    bool canSendNow() const { return m_functions != nullptr; }

    RequestHandle list(QObject* context, Callback<std::vector<ReportSchedule>> callback);
    RequestHandle create(const ReportSchedule& schedule, QObject* context, Callback<ReportSchedule> callback);
    RequestHandle update(const ReportSchedule& schedule, QObject* context, Callback<ReportSchedule> callback);
    RequestHandle remove(const QUuid& id, QObject* context, Callback<void> callback);
    // The delivery's outcome: "sent" or the readable reason it failed.
    RequestHandle sendNow(const QUuid& id, QObject* context, Callback<QString> callback);

private:
    RestClient& m_rest;
    FunctionsClient* m_functions;
};

} // namespace helpdesk
