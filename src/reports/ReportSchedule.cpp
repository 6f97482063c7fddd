#include "reports/ReportSchedule.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace helpdesk {

namespace {

std::optional<Timestamp> optionalTimestamp(const Json& row, const char* key)
{
    const auto it = row.find(key);
    if (it == row.end() || it->is_null())
        return std::nullopt;
    return it->get<Timestamp>();
}

} // namespace

QStringList ReportSchedule::dashboards()
{
    return {QStringLiteral("ticket_volume"), QStringLiteral("agent_performance"), QStringLiteral("sla_compliance"),
            QStringLiteral("backlog"),       QStringLiteral("response_times"),    QStringLiteral("ai_acceptance")};
}

QStringList ReportSchedule::ranges()
{
    return {QStringLiteral("7d"), QStringLiteral("30d"), QStringLiteral("quarter"), QStringLiteral("custom")};
}

bool ReportSchedule::isEmailAddress(const QString& address)
{
    // The same pattern as public.are_email_addresses().
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s<>",;()\[\]]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$)"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

QStringList ReportSchedule::splitRecipients(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral(R"([,;\s]+)"));
    QStringList out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        if (!out.contains(part, Qt::CaseInsensitive))
            out.append(part);
    return out;
}

QStringList ReportSchedule::problems() const
{
    QStringList out;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        out << QCoreApplication::translate("helpdesk::ReportSchedule", "Give the schedule a name.");
    else if (trimmed.size() > 200)
        out << QCoreApplication::translate("helpdesk::ReportSchedule", "The name is longer than 200 characters.");
    if (!dashboards().contains(dashboard))
        out << QCoreApplication::translate("helpdesk::ReportSchedule", "Choose which dashboard to send.");
    if (!ranges().contains(range))
        out << QCoreApplication::translate("helpdesk::ReportSchedule", "Choose a date range.");
    if (range == QLatin1String("custom")) {
        if (!from || !to)
            out << QCoreApplication::translate("helpdesk::ReportSchedule",
                                               "A custom range needs a start and an end date.");
        else if (!(*from < *to))
            out << QCoreApplication::translate("helpdesk::ReportSchedule",
                                               "The end date must be after the start date.");
        else if (to->micros() - from->micros() > qint64(731) * 86400 * 1000000)
            out << QCoreApplication::translate("helpdesk::ReportSchedule",
                                               "A custom range may span at most two years.");
    }
    if (channel && !QStringList{QStringLiteral("desktop"), QStringLiteral("email"), QStringLiteral("web"),
                                QStringLiteral("api"), QStringLiteral("chat")}
                        .contains(*channel))
        out << QCoreApplication::translate("helpdesk::ReportSchedule", "Unknown channel.");
    if (frequency != QLatin1String("daily") && frequency != QLatin1String("weekly"))
        out << QCoreApplication::translate("helpdesk::ReportSchedule", "Choose daily or weekly.");
    if (frequency == QLatin1String("weekly") && (!weekday || *weekday < 1 || *weekday > 7))
        out << QCoreApplication::translate("helpdesk::ReportSchedule", "Choose the weekday of a weekly report.");
    if (hourUtc < 0 || hourUtc > 23)
        out << QCoreApplication::translate("helpdesk::ReportSchedule", "The hour must be between 0 and 23.");
    if (recipients.isEmpty())
        out << QCoreApplication::translate("helpdesk::ReportSchedule", "Add at least one recipient.");
    else if (recipients.size() > 50)
        out << QCoreApplication::translate("helpdesk::ReportSchedule", "At most 50 recipients.");
    QStringList invalid;
    for (const QString& r : recipients)
        if (!isEmailAddress(r))
            invalid << r;
    if (!invalid.isEmpty())
        out << QCoreApplication::translate("helpdesk::ReportSchedule", "Not an e-mail address: %1")
                   .arg(invalid.join(QStringLiteral(", ")));
    if (format != QLatin1String("pdf") && format != QLatin1String("csv") && format != QLatin1String("both"))
        out << QCoreApplication::translate("helpdesk::ReportSchedule", "Choose PDF, CSV or both.");
    return out;
}

Json ReportSchedule::toRow() const
{
    Json filters = Json::object();
    filters["range"] = range.toStdString();
    if (range == QLatin1String("custom")) {
        filters["from"] = from ? Json(from->toIsoString()) : Json(nullptr);
        filters["to"] = to ? Json(to->toIsoString()) : Json(nullptr);
    }
    filters["team_id"] = team ? Json(team->toString(QUuid::WithoutBraces).toStdString()) : Json(nullptr);
    filters["channel"] = channel ? Json(channel->toStdString()) : Json(nullptr);
    Json row = Json::object();
    row["name"] = name.trimmed().toStdString();
    row["dashboard"] = dashboard.toStdString();
    row["filters"] = filters;
    row["frequency"] = frequency.toStdString();
    row["weekday"] = frequency == QLatin1String("weekly") && weekday ? Json(*weekday) : Json(nullptr);
    row["hour_utc"] = hourUtc;
    Json list = Json::array();
    for (const QString& r : recipients)
        list.push_back(r.toStdString());
    row["recipients"] = list;
    row["format"] = format.toStdString();
    row["enabled"] = enabled;
    return row;
}

Result<ReportSchedule> ReportSchedule::fromRow(const Json& row)
{
    try {
        ReportSchedule s;
        s.id = row.at("id").get<QUuid>();
        s.name = row.at("name").get<QString>();
        s.dashboard = row.at("dashboard").get<QString>();
        const Json& filters = row.at("filters");
        s.range = filters.at("range").get<QString>();
        s.from = optionalTimestamp(filters, "from");
        s.to = optionalTimestamp(filters, "to");
        if (const auto it = filters.find("team_id"); it != filters.end() && !it->is_null())
            s.team = it->get<QUuid>();
        if (const auto it = filters.find("channel"); it != filters.end() && !it->is_null())
            s.channel = it->get<QString>();
        s.frequency = row.at("frequency").get<QString>();
        s.weekday = row.at("weekday").is_null() ? std::nullopt : std::optional<int>(row.at("weekday").get<int>());
        s.hourUtc = row.at("hour_utc").get<int>();
        s.recipients.clear();
        for (const Json& r : row.at("recipients"))
            s.recipients.append(r.get<QString>());
        s.format = row.at("format").get<QString>();
        s.enabled = row.at("enabled").get<bool>();
        s.lastRunAt = optionalTimestamp(row, "last_run_at");
        s.nextRunAt = optionalTimestamp(row, "next_run_at");
        return s;
    } catch (const std::exception& e) {
        return Error::parse(QStringLiteral("Bad report schedule row: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace helpdesk
