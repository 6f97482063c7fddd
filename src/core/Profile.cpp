#include "core/Profile.h"

namespace helpdesk {

void to_json(Json& j, const Profile& value)
{
    j = Json::object();
    writeField(j, "id", value.id);
    writeField(j, "email", value.email);
    writeField(j, "full_name", value.fullName);
    writeField(j, "role", value.role);
    writeField(j, "avatar_url", value.avatarUrl);
    writeField(j, "timezone", value.timezone);
    writeField(j, "is_active", value.isActive);
    writeField(j, "created_at", value.createdAt);
    writeField(j, "updated_at", value.updatedAt);
}

void from_json(const Json& j, Profile& value)
{
    if (!j.is_object())
        throw JsonError(std::string("profiles: expected an object, got ") + j.type_name());
    readField(j, "id", value.id);
    readField(j, "email", value.email);
    readField(j, "full_name", value.fullName);
    readField(j, "role", value.role);
    readField(j, "avatar_url", value.avatarUrl);
    readField(j, "timezone", value.timezone);
    readField(j, "is_active", value.isActive);
    readField(j, "created_at", value.createdAt);
    readField(j, "updated_at", value.updatedAt);
}

} // namespace helpdesk
