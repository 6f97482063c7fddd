#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstdint>
#include <optional>

namespace helpdesk {

// A canned reply with actions an agent applies to a ticket. Row of public.macros; JSON keys are the column names
// as PostgREST returns them.
struct Macro
{
    QUuid id;
    QString title;
    QString body;
    Json actions = Json::array(); // array of {"type":..., ...}
    std::optional<QUuid> teamId;  // null: available to every team
    bool isActive = true;
    std::optional<QUuid> createdBy;
    Timestamp createdAt;
    Timestamp updatedAt;
    std::optional<Timestamp> deletedAt;

    bool operator==(const Macro&) const = default;
};

void to_json(Json& j, const Macro& value);
void from_json(const Json& j, Macro& value);

} // namespace helpdesk
