#pragma once

#include "core/Timestamp.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace helpdesk {

// The tickets behind a clicked bar or point of a dashboard, as a queue filter: every field that is set narrows
// the queue (statuses: any of these wire names; created and solved windows: [from, to) in UTC). The dashboard
// emits it; the window opens the queue with it.
struct QueueDrillDown
{
    QStringList statuses;            // new, open, pending, on_hold, solved, closed; empty: any
    std::optional<QString> priority; // low, normal, high, urgent
    std::optional<QString> channel;  // desktop, email, web, api, chat
    std::optional<QUuid> team;
    std::optional<QUuid> assignee;
    std::optional<Timestamp> createdFrom;
    std::optional<Timestamp> createdTo;
    std::optional<Timestamp> solvedFrom;
    std::optional<Timestamp> solvedTo;

    // The statuses that count as open work in report_backlog.
    static QStringList openStatuses()
    {
        return {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending"), QStringLiteral("on_hold")};
    }

    friend bool operator==(const QueueDrillDown&, const QueueDrillDown&) = default;
};

} // namespace helpdesk
