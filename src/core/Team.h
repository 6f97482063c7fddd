#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstdint>
#include <optional>

namespace helpdesk {

// A team (queue) of agents. Row of public.teams; JSON keys are the column names as PostgREST returns them.
struct Team
{
    QUuid id;
    QString name;
    QString description;
    Timestamp createdAt;
    Timestamp updatedAt;

    bool operator==(const Team&) const = default;
};

void to_json(Json& j, const Team& value);
void from_json(const Json& j, Team& value);

} // namespace helpdesk
