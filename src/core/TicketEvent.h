#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstdint>
#include <optional>

namespace helpdesk {

// An audit entry written by the database: eventType "created" or "updated" (one per changed field). Row of
// public.ticket_events; JSON keys are the column names as PostgREST returns them.
struct TicketEvent
{
    std::int64_t id = 0;
    QUuid ticketId;
    std::optional<QUuid> actorId;
    QString eventType;
    std::optional<QString> field;
    Json oldValue = nullptr; // any JSON, null when absent
    Json newValue = nullptr;
    Timestamp createdAt;

    bool operator==(const TicketEvent&) const = default;
};

void to_json(Json& j, const TicketEvent& value);
void from_json(const Json& j, TicketEvent& value);

} // namespace helpdesk
