#include "core/TicketMessage.h"

namespace helpdesk {

void to_json(Json& j, const TicketMessage& value)
{
    j = Json::object();
    writeField(j, "id", value.id);
    writeField(j, "ticket_id", value.ticketId);
    writeField(j, "author_id", value.authorId);
    writeField(j, "body", value.body);
    writeField(j, "is_internal", value.isInternal);
    writeField(j, "source", value.source);
    writeField(j, "version", value.version);
    writeField(j, "created_at", value.createdAt);
    writeField(j, "updated_at", value.updatedAt);
    writeField(j, "deleted_at", value.deletedAt);
}

void from_json(const Json& j, TicketMessage& value)
{
    if (!j.is_object())
        throw JsonError(std::string("ticket_messages: expected an object, got ") + j.type_name());
    readField(j, "id", value.id);
    readField(j, "ticket_id", value.ticketId);
    readField(j, "author_id", value.authorId);
    readField(j, "body", value.body);
    readField(j, "is_internal", value.isInternal);
    readField(j, "source", value.source);
    readField(j, "version", value.version);
    readField(j, "created_at", value.createdAt);
    readField(j, "updated_at", value.updatedAt);
    readField(j, "deleted_at", value.deletedAt);
}

} // namespace helpdesk
