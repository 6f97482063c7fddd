#include "core/TicketEvent.h"

namespace helpdesk {

void to_json(Json& j, const TicketEvent& value)
{
    j = Json::object();
    writeField(j, "id", value.id);
    writeField(j, "ticket_id", value.ticketId);
    writeField(j, "actor_id", value.actorId);
    writeField(j, "event_type", value.eventType);
    writeField(j, "field", value.field);
    writeField(j, "old_value", value.oldValue);
    writeField(j, "new_value", value.newValue);
    writeField(j, "created_at", value.createdAt);
}

void from_json(const Json& j, TicketEvent& value)
{
    if (!j.is_object())
        throw JsonError(std::string("ticket_events: expected an object, got ") + j.type_name());
    readField(j, "id", value.id);
    readField(j, "ticket_id", value.ticketId);
    readField(j, "actor_id", value.actorId);
    readField(j, "event_type", value.eventType);
    readField(j, "field", value.field);
    readField(j, "old_value", value.oldValue);
    readField(j, "new_value", value.newValue);
    readField(j, "created_at", value.createdAt);
}

} // namespace helpdesk
