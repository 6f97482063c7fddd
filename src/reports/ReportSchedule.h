#pragma once

#include "core/Json.h"
#include "core/Result.h"
#include "core/Timestamp.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace helpdesk {

// One row of report_schedules (supabase/migrations/20261121020400_report_schedules.sql): which dashboard is
// e-mailed, over which range and filters, daily or weekly at an hour (UTC), to whom and as what.
struct ReportSchedule
{
    QUuid id; // null until the server has it
    QString name;
    QString dashboard = QStringLiteral("ticket_volume"); // ticket_volume, agent_performance, sla_compliance,
                                                         // backlog, response_times, ai_acceptance
    QString range = QStringLiteral("7d");                // 7d, 30d, quarter, custom
    std::optional<Timestamp> from;                       // custom only
    std::optional<Timestamp> to;                         // custom only, exclusive
    std::optional<QUuid> team;
    std::optional<QString> channel;
    QString frequency = QStringLiteral("weekly"); // daily, weekly
    std::optional<int> weekday = 1;               // ISO 1 = Monday .. 7 = Sunday; weekly only
    int hourUtc = 7;
    QStringList recipients;
    QString format = QStringLiteral("both"); // pdf, csv, both
    bool enabled = true;
    std::optional<Timestamp> lastRunAt; // read only
    std::optional<Timestamp> nextRunAt; // read only

    static QStringList dashboards();
    static QStringList ranges();

    // The problems the server's checks would refuse, as sentences (empty: valid). Checked before sending so
    // the editor can say what is wrong next to the field.
    QStringList problems() const;
    static bool isEmailAddress(const QString& address);
    // Recipients typed as one text: separated by commas, semicolons, spaces or line breaks.
    static QStringList splitRecipients(const QString& text);

    // The writable columns (insert/update body) and a row read back.
    Json toRow() const;
    static Result<ReportSchedule> fromRow(const Json& row);

    friend bool operator==(const ReportSchedule&, const ReportSchedule&) = default;
};

} // namespace helpdesk
