#include "core/TeamMember.h"

namespace helpdesk {

void to_json(Json& j, const TeamMember& value)
{
    j = Json::object();
    writeField(j, "team_id", value.teamId);
    writeField(j, "user_id", value.userId);
    writeField(j, "created_at", value.createdAt);
    writeField(j, "updated_at", value.updatedAt);
}

void from_json(const Json& j, TeamMember& value)
{
    if (!j.is_object())
        throw JsonError(std::string("team_members: expected an object, got ") + j.type_name());
    readField(j, "team_id", value.teamId);
    readField(j, "user_id", value.userId);
    readField(j, "created_at", value.createdAt);
    readField(j, "updated_at", value.updatedAt);
}

} // namespace helpdesk
