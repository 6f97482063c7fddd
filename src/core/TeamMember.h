#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstdint>
#include <optional>

namespace helpdesk {

// Membership of a profile in a team (primary key team_id, user_id). Row of public.team_members; JSON keys are the
// column names as PostgREST returns them.
struct TeamMember
{
    QUuid teamId;
    QUuid userId;
    Timestamp createdAt;
    Timestamp updatedAt;

    bool operator==(const TeamMember&) const = default;
};

void to_json(Json& j, const TeamMember& value);
void from_json(const Json& j, TeamMember& value);

} // namespace helpdesk
