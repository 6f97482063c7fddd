#include "core/Team.h"

namespace helpdesk {

void to_json(Json& j, const Team& value)
{
    j = Json::object();
    writeField(j, "id", value.id);
    writeField(j, "name", value.name);
    writeField(j, "description", value.description);
    writeField(j, "created_at", value.createdAt);
    writeField(j, "updated_at", value.updatedAt);
}

void from_json(const Json& j, Team& value)
{
    if (!j.is_object())
        throw JsonError(std::string("teams: expected an object, got ") + j.type_name());
    readField(j, "id", value.id);
    readField(j, "name", value.name);
    readField(j, "description", value.description);
    readField(j, "created_at", value.createdAt);
    readField(j, "updated_at", value.updatedAt);
}

} // namespace helpdesk
