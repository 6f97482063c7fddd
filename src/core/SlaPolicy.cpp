#include "core/SlaPolicy.h"

namespace helpdesk {

void to_json(Json& j, const SlaPolicy& value)
{
    j = Json::object();
    writeField(j, "id", value.id);
    writeField(j, "name", value.name);
    writeField(j, "priority", value.priority);
    writeField(j, "first_response_minutes", value.firstResponseMinutes);
    writeField(j, "resolution_minutes", value.resolutionMinutes);
    writeField(j, "business_hours", value.businessHours);
    writeField(j, "time_zone", value.timeZone);
    writeField(j, "is_active", value.isActive);
    writeField(j, "created_at", value.createdAt);
    writeField(j, "updated_at", value.updatedAt);
}

void from_json(const Json& j, SlaPolicy& value)
{
    if (!j.is_object())
        throw JsonError(std::string("sla_policies: expected an object, got ") + j.type_name());
    readField(j, "id", value.id);
    readField(j, "name", value.name);
    readField(j, "priority", value.priority);
    readField(j, "first_response_minutes", value.firstResponseMinutes);
    readField(j, "resolution_minutes", value.resolutionMinutes);
    readField(j, "business_hours", value.businessHours);
    readField(j, "time_zone", value.timeZone);
    readField(j, "is_active", value.isActive);
    readField(j, "created_at", value.createdAt);
    readField(j, "updated_at", value.updatedAt);
}

} // namespace helpdesk
