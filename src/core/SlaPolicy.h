#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstdint>
#include <optional>

namespace helpdesk {

// Response and resolution targets for one priority, in business minutes. Row of public.sla_policies; JSON keys are
// the column names as PostgREST returns them.
struct SlaPolicy
{
    QUuid id;
    QString name;
    TicketPriority priority = TicketPriority::Normal; // unique: one policy per priority
    int firstResponseMinutes = 0;
    int resolutionMinutes = 0;
    Json businessHours = Json::object(); // {"mon":[["09:00","17:00"]],...}; {} = around the clock
    QString timeZone = QStringLiteral("UTC");
    bool isActive = true;
    Timestamp createdAt;
    Timestamp updatedAt;

    bool operator==(const SlaPolicy&) const = default;
};

void to_json(Json& j, const SlaPolicy& value);
void from_json(const Json& j, SlaPolicy& value);

} // namespace helpdesk
