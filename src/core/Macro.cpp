#include "core/Macro.h"

namespace helpdesk {

void to_json(Json& j, const Macro& value)
{
    j = Json::object();
    writeField(j, "id", value.id);
    writeField(j, "title", value.title);
    writeField(j, "body", value.body);
    writeField(j, "actions", value.actions);
    writeField(j, "team_id", value.teamId);
    writeField(j, "is_active", value.isActive);
    writeField(j, "created_by", value.createdBy);
    writeField(j, "created_at", value.createdAt);
    writeField(j, "updated_at", value.updatedAt);
    writeField(j, "deleted_at", value.deletedAt);
}

void from_json(const Json& j, Macro& value)
{
    if (!j.is_object())
        throw JsonError(std::string("macros: expected an object, got ") + j.type_name());
    readField(j, "id", value.id);
    readField(j, "title", value.title);
    readField(j, "body", value.body);
    readField(j, "actions", value.actions);
    readField(j, "team_id", value.teamId);
    readField(j, "is_active", value.isActive);
    readField(j, "created_by", value.createdBy);
    readField(j, "created_at", value.createdAt);
    readField(j, "updated_at", value.updatedAt);
    readField(j, "deleted_at", value.deletedAt);
}

} // namespace helpdesk
